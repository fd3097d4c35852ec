package org.sochdb.jdbc.errors;

import java.sql.SQLTransientException;

/**
 * Thrown when a row, table or database lock could not be acquired within the lock timeout.
 * SQLSTATE {@value #SQL_STATE} (lock not available); transient, so retrying may succeed.
 */
public class LockTimeoutException extends SQLTransientException implements NamedSqlException {

  /** The SQLSTATE of every instance: 55P03, lock not available. */
  public static final String SQL_STATE = SqlStates.LOCK_NOT_AVAILABLE;

  private static final long serialVersionUID = 1L;

  /** Creates the exception with SQLSTATE {@value #SQL_STATE}. */
  public LockTimeoutException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  LockTimeoutException(String message, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
  }
}
