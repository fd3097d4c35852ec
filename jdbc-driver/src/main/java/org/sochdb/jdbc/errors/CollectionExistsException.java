package org.sochdb.jdbc.errors;

import java.sql.SQLSyntaxErrorException;

/**
 * Thrown when creating a collection (table) whose name is already taken.
 * SQLSTATE {@value #SQL_STATE} (duplicate table).
 */
public class CollectionExistsException extends SQLSyntaxErrorException implements NamedSqlException {

  /** The SQLSTATE of every instance: 42P07, duplicate table. */
  public static final String SQL_STATE = SqlStates.DUPLICATE_TABLE;

  private static final long serialVersionUID = 1L;

  /** Creates the exception with SQLSTATE {@value #SQL_STATE}. */
  public CollectionExistsException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  CollectionExistsException(String message, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
  }
}
