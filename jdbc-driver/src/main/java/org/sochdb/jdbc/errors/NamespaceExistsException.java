package org.sochdb.jdbc.errors;

import java.sql.SQLSyntaxErrorException;

/**
 * Thrown when creating a namespace (schema) whose name is already taken.
 * SQLSTATE {@value #SQL_STATE} (duplicate schema).
 */
public class NamespaceExistsException extends SQLSyntaxErrorException implements NamedSqlException {

  /** The SQLSTATE of every instance: 42P06, duplicate schema. */
  public static final String SQL_STATE = SqlStates.DUPLICATE_SCHEMA;

  private static final long serialVersionUID = 1L;

  /** Creates the exception with SQLSTATE {@value #SQL_STATE}. */
  public NamespaceExistsException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  NamespaceExistsException(String message, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
  }
}
