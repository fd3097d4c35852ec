package org.sochdb.bench.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Measurement 3: a plain {@code Statement} whose text is re-executed, with a different literal
 * each time (every text new to a plan cache keyed by SQL) or with the same literal.
 */
final class LiteralStatements {
  static final String SQL = "SELECT name FROM t WHERE id = ";

  private LiteralStatements() {}

  /**
   * {@code ops} lookups, each with a literal not used in any other run of this process as long
   * as (seq + 1) x ops stays below {@code rows}; returns microseconds per op.
   */
  static double varyingMicrosPerOp(Connection c, int ops, int rows, int seq) throws SQLException {
    long found = 0;
    try (Statement s = c.createStatement()) {
      long start = System.nanoTime();
      for (int i = 0; i < ops; i++) {
        long k = (long) seq * ops + i;
        int id = 1 + (int) Math.floorMod(k * 7919L, (long) rows); // 7919 is prime: distinct ids for k < rows
        found += one(s, SQL + id);
      }
      long elapsed = System.nanoTime() - start;
      Checks.expect("rows found (varying literal)", (long) ops, found);
      return elapsed / 1e3 / ops;
    }
  }

  /** {@code ops} executions of one text, {@code SELECT name FROM t WHERE id = 123}; microseconds per op. */
  static double identicalMicrosPerOp(Connection c, int ops, int rows) throws SQLException {
    String sql = SQL + Math.min(123, rows);
    long found = 0;
    try (Statement s = c.createStatement()) {
      long start = System.nanoTime();
      for (int i = 0; i < ops; i++) {
        found += one(s, sql);
      }
      long elapsed = System.nanoTime() - start;
      Checks.expect("rows found (identical literal)", (long) ops, found);
      return elapsed / 1e3 / ops;
    }
  }

  private static int one(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() && rs.getString(1) != null ? 1 : 0;
    }
  }
}
