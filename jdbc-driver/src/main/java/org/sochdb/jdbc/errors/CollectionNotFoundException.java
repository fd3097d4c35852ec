package org.sochdb.jdbc.errors;

import java.sql.SQLSyntaxErrorException;

/**
 * Thrown when a statement or API call names a collection (table) that does not exist.
 * SQLSTATE {@value #SQL_STATE} (undefined table).
 */
public class CollectionNotFoundException extends SQLSyntaxErrorException implements NamedSqlException {

  /** The SQLSTATE of every instance: 42P01, undefined table. */
  public static final String SQL_STATE = SqlStates.UNDEFINED_TABLE;

  private static final long serialVersionUID = 1L;

  /** Creates the exception with SQLSTATE {@value #SQL_STATE}. */
  public CollectionNotFoundException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  CollectionNotFoundException(String message, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
  }
}
