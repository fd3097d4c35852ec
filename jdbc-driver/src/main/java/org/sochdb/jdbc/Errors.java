package org.sochdb.jdbc;

import java.sql.SQLException;
import org.sochdb.adapter.error.SqlStateCarrier;

/** Turns a failure while connecting into an {@link SQLException} with its SQLSTATE. */
final class Errors {
  private Errors() {}

  static SQLException toSql(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SqlStateCarrier c) {
        return new SQLException(c.getMessage(), c.getSqlState(), e);
      }
    }
    return new SQLException(String.valueOf(e.getMessage()), "XX000", e);
  }
}
