package org.sochdb.jdbc.errors;

import java.sql.SQLDataException;

/**
 * Thrown when an argument or parameter value is invalid (out of range, wrong shape, null where
 * a value is required). SQLSTATE {@value #SQL_STATE} (invalid parameter value).
 */
public class ValidationException extends SQLDataException implements NamedSqlException {

  /** The SQLSTATE of every instance: 22023, invalid parameter value. */
  public static final String SQL_STATE = SqlStates.INVALID_PARAMETER_VALUE;

  private static final long serialVersionUID = 1L;

  /** Creates the exception with SQLSTATE {@value #SQL_STATE}. */
  public ValidationException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  ValidationException(String message, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
  }
}
