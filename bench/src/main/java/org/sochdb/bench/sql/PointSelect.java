package org.sochdb.bench.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Measurement 1: a prepared point select by primary key, one statement prepared per run. */
final class PointSelect {
  static final String SQL = "SELECT name, amount FROM t WHERE id = ?";

  private PointSelect() {}

  /** Runs {@code ops} lookups of pseudo-random ids in {@code 1..rows}; returns microseconds per op. */
  static double microsPerOp(Connection c, int ops, int rows, int seq) throws SQLException {
    long found = 0;
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      long start = System.nanoTime();
      for (int i = 0; i < ops; i++) {
        int id = 1 + (int) Math.floorMod(Data.mix((long) seq * ops + i), (long) rows);
        ps.setInt(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && rs.getString(1) != null && rs.getDouble(2) >= 0) {
            found++;
          }
        }
      }
      long elapsed = System.nanoTime() - start;
      Checks.expect("point select rows found", (long) ops, found);
      return elapsed / 1e3 / ops;
    }
  }
}
