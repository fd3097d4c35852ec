package org.sochdb.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs, once per JVM and on a daemon thread, a few representative statements against a
 * private in-memory database as soon as the driver loads: Calcite's first statement pays
 * for loading hundreds of classes and generating its metadata handlers with Janino (about a
 * second); doing that while the application opens its database can shorten its first query
 * on an idle multi-core machine, and costs CPU on a busy one. Opt-in with
 * {@code -Dsochdb.warmup=true}; failures are ignored (it is only a head start).
 */
final class WarmUp {
  private static volatile boolean started;

  private WarmUp() {}

  static void startOnce() {
    if (started || "true".equalsIgnoreCase(System.getProperty("sochdb.warmup")) == false) {
      return;
    }
    started = true;
    Thread t = new Thread(WarmUp::run, "sochdb-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.NORM_PRIORITY - 1);
    t.start();
  }

  private static void run() {
    String url = "jdbc:sochdb:mem:__sochdb_warmup_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE w (id INTEGER PRIMARY KEY, name VARCHAR(20), amount DOUBLE)");
      s.execute("CREATE TABLE v (id INTEGER PRIMARY KEY, w_id INTEGER, note VARCHAR(20))");
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO w VALUES (?, ?, ?)")) {
        ins.setInt(1, 1);
        ins.setString(2, "a");
        ins.setDouble(3, 1.5);
        ins.executeUpdate();
      }
      s.executeUpdate("INSERT INTO v VALUES (1, 1, 'x')");
      drain(s.executeQuery("SELECT name FROM w WHERE id = 1"));
      drain(s.executeQuery("SELECT w.name, COUNT(*), SUM(w.amount) FROM w JOIN v ON w.id = v.w_id "
          + "WHERE w.amount > 0 GROUP BY w.name ORDER BY 2 DESC"));
      s.executeUpdate("UPDATE w SET amount = amount + 1 WHERE id = 1");
      s.executeUpdate("DELETE FROM v WHERE id = 1");
    } catch (Exception | LinkageError ignored) {
      // only a head start: the application's own statements report any real problem
    }
  }

  private static void drain(ResultSet rs) throws java.sql.SQLException {
    try (rs) {
      while (rs.next()) {
        rs.getObject(1);
      }
    }
  }
}
