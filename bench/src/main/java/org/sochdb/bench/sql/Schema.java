package org.sochdb.bench.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The benchmark's tables: the same DDL for both engines. */
final class Schema {
  private Schema() {}

  /** {@code t} for point selects, {@code t2} for single-row inserts. */
  static final String[] OLTP = {
      "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(40), amount DOUBLE)",
      "CREATE TABLE t2 (id INTEGER PRIMARY KEY, name VARCHAR(40), amount DOUBLE)"};

  /** {@code orders} joined to {@code customers} for the analytical queries. */
  static final String[] OLAP = {
      "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(40), country VARCHAR(2))",
      "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, amount DOUBLE)"};

  static void create(Connection c, String[] ddl) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : ddl) {
        s.execute(sql);
      }
    }
  }
}
