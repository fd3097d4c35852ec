package org.sochdb.jdbc.errors;

import org.sochdb.adapter.error.SqlStateCarrier;

/** A test stand-in for SochDB's engine RuntimeExceptions that carry a SQLSTATE. */
public class StateCarryingException extends RuntimeException implements SqlStateCarrier {

  private static final long serialVersionUID = 1L;
  private final String sqlState;

  public StateCarryingException(String sqlState, String message) {
    super(message);
    this.sqlState = sqlState;
  }

  @Override
  public String getSqlState() {
    return sqlState;
  }
}
