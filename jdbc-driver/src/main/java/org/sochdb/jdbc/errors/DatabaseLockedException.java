package org.sochdb.jdbc.errors;

import java.sql.SQLNonTransientConnectionException;

/**
 * Thrown when a connection cannot be opened because another process holds the database's
 * exclusive file lock. SQLSTATE {@value #SQL_STATE} (object in use); a non-transient connection
 * failure, since retrying will not help until the holder exits.
 */
public class DatabaseLockedException extends SQLNonTransientConnectionException
    implements NamedSqlException {

  /** The SQLSTATE of every instance: 55006, object in use. */
  public static final String SQL_STATE = SqlStates.OBJECT_IN_USE;

  private static final long serialVersionUID = 1L;

  private final long holderPid;

  /** Creates the exception for a holder whose process id is unknown. */
  public DatabaseLockedException(String message, Throwable cause) {
    this(message, -1, 0, cause);
  }

  /** Creates the exception for a known lock holder ({@code holderPid} -1 if unknown). */
  public DatabaseLockedException(String message, long holderPid, Throwable cause) {
    this(message, holderPid, 0, cause);
  }

  DatabaseLockedException(String message, long holderPid, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
    this.holderPid = holderPid;
  }

  /** The process id holding the lock, or -1 if unknown. */
  public long getHolderPid() {
    return holderPid;
  }
}
