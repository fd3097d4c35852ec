package org.sochdb.bench.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Measurement 2: single-row prepared inserts in auto-commit, one statement prepared per run. */
final class SingleInsert {
  static final String SQL = "INSERT INTO t2 VALUES (?, ?, ?)";

  private SingleInsert() {}

  /** Inserts ids {@code seq*ops+1 .. (seq+1)*ops}, each committed; returns microseconds per row. */
  static double microsPerOp(Connection c, int ops, int seq) throws SQLException {
    c.setAutoCommit(true);
    long inserted = 0;
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      long start = System.nanoTime();
      for (int i = 1; i <= ops; i++) {
        int id = seq * ops + i;
        ps.setInt(1, id);
        ps.setString(2, Data.name(id));
        ps.setDouble(3, Data.amount(id));
        inserted += ps.executeUpdate();
      }
      long elapsed = System.nanoTime() - start;
      Checks.expect("rows inserted", (long) ops, inserted);
      return elapsed / 1e3 / ops;
    }
  }
}
