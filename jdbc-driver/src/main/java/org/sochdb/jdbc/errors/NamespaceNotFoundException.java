package org.sochdb.jdbc.errors;

import java.sql.SQLSyntaxErrorException;

/**
 * Thrown when a statement names a namespace (schema) that does not exist.
 * SQLSTATE {@value #SQL_STATE} (invalid schema name).
 */
public class NamespaceNotFoundException extends SQLSyntaxErrorException implements NamedSqlException {

  /** The SQLSTATE of every instance: 3F000, invalid schema name. */
  public static final String SQL_STATE = SqlStates.INVALID_SCHEMA_NAME;

  private static final long serialVersionUID = 1L;

  /** Creates the exception with SQLSTATE {@value #SQL_STATE}. */
  public NamespaceNotFoundException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  NamespaceNotFoundException(String message, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
  }
}
