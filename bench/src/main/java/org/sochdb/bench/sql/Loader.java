package org.sochdb.bench.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Bulk loads: batched prepared inserts, committed every {@value #TX_ROWS} rows. Each method
 * returns the elapsed milliseconds.
 */
final class Loader {
  static final int TX_ROWS = 10_000;
  /** Added to an order's id to draw its amount, so that orders and t differ. */
  static final long ORDER_AMOUNT_SEED = 1_000_000_000L;

  private Loader() {}

  /** Rows {@code 1..n} of {@code t}. */
  static double loadT(Connection c, int n) throws SQLException {
    return load(c, "INSERT INTO t VALUES (?, ?, ?)", n, (ps, id) -> {
      ps.setInt(1, id);
      ps.setString(2, Data.name(id));
      ps.setDouble(3, Data.amount(id));
    }, Long.MAX_VALUE, n).millis;
  }

  static double loadCustomers(Connection c, int n) throws SQLException {
    return load(c, "INSERT INTO customers VALUES (?, ?, ?)", n, (ps, id) -> {
      ps.setInt(1, id);
      ps.setString(2, Data.name(id));
      ps.setString(3, Data.country(id));
    }, Long.MAX_VALUE, n).millis;
  }

  /** The outcome of a load that may stop early. */
  record Loaded(int rows, double millis) {}

  /**
   * Orders {@code 1..n}; if, after the first 50,000 rows, the whole load is projected to take
   * longer than {@code budgetMs}, stops at {@code fallbackRows} (or at the next commit past it).
   */
  static Loaded loadOrders(Connection c, int n, int customers, long budgetMs, int fallbackRows) throws SQLException {
    return load(c, "INSERT INTO orders VALUES (?, ?, ?)", n, (ps, id) -> {
      ps.setInt(1, id);
      ps.setInt(2, Data.customerOf(id, customers));
      ps.setDouble(3, Data.amount(id + ORDER_AMOUNT_SEED));
    }, budgetMs, fallbackRows);
  }

  interface Binder {
    void bind(PreparedStatement ps, int id) throws SQLException;
  }

  private static Loaded load(Connection c, String sql, int n, Binder binder, long budgetMs, int fallbackRows)
      throws SQLException {
    int target = n;
    long start = System.nanoTime();
    c.setAutoCommit(false);
    int id = 1;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      while (id <= target) {
        int end = Math.min(target, id + TX_ROWS - 1);
        for (; id <= end; id++) {
          binder.bind(ps, id);
          ps.addBatch();
        }
        ps.executeBatch();
        c.commit();
        int loaded = id - 1;
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        if (target > fallbackRows && loaded >= 50_000 && loaded < fallbackRows
            && elapsedMs / loaded * target > budgetMs) {
          System.out.printf("  load projected at %.0f s for %,d rows (budget %d s): stopping at %,d rows%n",
              elapsedMs / loaded * target / 1000, target, budgetMs / 1000, fallbackRows);
          target = fallbackRows;
        }
      }
    } finally {
      c.setAutoCommit(true);
    }
    return new Loaded(target, (System.nanoTime() - start) / 1e6);
  }
}
