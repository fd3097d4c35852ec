package org.sochdb.jdbc.errors;

import java.sql.SQLTransactionRollbackException;

/**
 * Thrown when a transaction was rolled back because it conflicted with a concurrent transaction.
 * SQLSTATE {@value #SQL_STATE} (serialization failure); the transaction can be retried as a
 * whole.
 */
public class SerializationFailureException extends SQLTransactionRollbackException implements NamedSqlException {

  /** The SQLSTATE of every instance: 40001, serialization failure. */
  public static final String SQL_STATE = SqlStates.SERIALIZATION_FAILURE;

  private static final long serialVersionUID = 1L;

  /** Creates the exception with SQLSTATE {@value #SQL_STATE}. */
  public SerializationFailureException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  SerializationFailureException(String message, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
  }
}
