package org.sochdb.storage.error;

/**
 * The kinds of storage failure a caller may want to tell apart, each with the standard
 * SQLSTATE the JDBC layer reports for it.
 */
public enum ErrorKind {
  /** Another process holds the database; {@code 55006} (object in use). */
  DATABASE_LOCKED("55006"),
  /** The lock was not released within {@code lock_timeout_ms}; {@code 55P03} (lock not available). */
  LOCK_TIMEOUT("55P03"),
  /** First-committer-wins lost: another transaction committed a write to the same key. */
  SERIALIZATION_FAILURE("40001"),
  /** A write in a read-only transaction or on a read-only database. */
  READ_ONLY("25006"),
  /** A key or value larger than the engine accepts. */
  LIMIT_EXCEEDED("54000"),
  /** The files are not a SochDB database, or are damaged. */
  CORRUPT("XX001"),
  /** The files were written by a newer format version than this build reads. */
  FORMAT_VERSION("XX001"),
  /** The database does not exist and {@code create_if_missing} is false. */
  NOT_FOUND("08001"),
  /** An operating-system I/O failure (disk full, permissions). */
  IO("58030"),
  /** The database or transaction is closed. */
  CLOSED("08003"),
  /** A definition conflicts with the catalog (exists, not found, in use). */
  CATALOG("42000"),
  /** A caller passed an argument the engine cannot use. */
  INVALID_ARGUMENT("22023");

  private final String sqlState;

  ErrorKind(String sqlState) {
    this.sqlState = sqlState;
  }

  /** The SQLSTATE under which the JDBC layer reports this kind. */
  public String sqlState() {
    return sqlState;
  }
}
