package org.sochdb.storage.error;

/**
 * An unchecked failure of the storage engine, tagged with an {@link ErrorKind} so the
 * SQL and JDBC layers can map it to a standard SQLSTATE and a named exception.
 */
public class StorageException extends RuntimeException {
  private final ErrorKind kind;

  public StorageException(ErrorKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public StorageException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public ErrorKind kind() {
    return kind;
  }

  public String sqlState() {
    return kind.sqlState();
  }
}
