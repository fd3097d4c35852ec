package org.sochdb.bench.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Measurement 5: a join with GROUP BY over {@code orders} and {@code customers}, and a full
 * scan filtered on a non-key column. Each run prepares, executes and reads every row (after
 * {@link #touchOrders}); the answer is kept so that the engines' answers can be compared.
 */
final class Analytics {
  static final String JOIN_GROUP_BY = "SELECT c.country, SUM(o.amount) AS total, COUNT(*) AS n "
      + "FROM orders o JOIN customers c ON o.customer_id = c.id GROUP BY c.country ORDER BY c.country";
  static final String FILTER_COUNT = "SELECT COUNT(*) FROM orders WHERE amount > 500";

  private Analytics() {}

  /** A timed query: milliseconds and a digest of its answer. */
  record Run(double millis, String answer) {}

  /**
   * Deletes order 1 and inserts it back, untimed, before each run. H2 by default
   * (OPTIMIZE_REUSE_RESULTS) hands back the previous result of a re-executed query whose
   * tables have not changed since; a run must execute the query, not read that cache. Both
   * engines get the same two statements. (Not an UPDATE: SochDB's UPDATE fails, see
   * docs/BENCHMARKS.md.)
   */
  static void touchOrders(Connection c, int customers) throws SQLException {
    try (Statement s = c.createStatement()) {
      Checks.expect("rows deleted", 1, s.executeUpdate("DELETE FROM orders WHERE id = 1"));
      Checks.expect("rows inserted", 1, s.executeUpdate("INSERT INTO orders VALUES (1, "
          + Data.customerOf(1, customers) + ", " + Data.amount(1 + Loader.ORDER_AMOUNT_SEED) + ")"));
    }
  }

  static Run run(Connection c, String sql) throws SQLException {
    long start = System.nanoTime();
    StringBuilder answer = new StringBuilder();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      int cols = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= cols; i++) {
          Object v = rs.getObject(i);
          // sums of doubles differ in the last bits with the order of addition: compare cents
          answer.append(v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal
              ? String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue())
              : v instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(v)).append(i < cols ? "," : ";");
        }
      }
    }
    return new Run((System.nanoTime() - start) / 1e6, answer.toString());
  }
}
