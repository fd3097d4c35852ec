package org.sochdb.adapter.error;

/**
 * A failure of the SQL layer that carries its SQLSTATE up through Calcite and Avatica, where
 * the driver turns it into the matching {@link java.sql.SQLException} subclass.
 */
public class SochSqlException extends RuntimeException implements SqlStateCarrier {
  private final String sqlState;

  public SochSqlException(String sqlState, String message) {
    super(message);
    this.sqlState = sqlState;
  }

  public SochSqlException(String sqlState, String message, Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
  }

  @Override
  public String getSqlState() {
    return sqlState;
  }

  /** 23502: a NULL for a NOT NULL column. */
  public static SochSqlException notNull(String table, String column) {
    return new SochSqlException("23502", "NULL value in column \"" + column + "\" of table \"" + table
        + "\" violates its NOT NULL constraint");
  }

  /** 42S02: an unknown table (SQLSTATE as ODBC and H2 report it). */
  public static SochSqlException noTable(String name) {
    return new SochSqlException("42S02", "table \"" + name + "\" does not exist");
  }
}
