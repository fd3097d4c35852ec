package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Helpers shared by the compatibility tests: JDBC only, nothing of the driver's internals. */
final class Tck {
  private static final AtomicInteger SEQ = new AtomicInteger();

  private Tck() {}

  /** A fresh in-memory database URL, unique in this JVM. */
  static String memUrl(String name) {
    return "jdbc:sochdb:mem:tck_" + name + "_" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet();
  }

  static Connection open(String url) throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** Runs statements one by one (autocommit as the connection has it). */
  static void exec(Connection c, String... sqls) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : sqls) {
        s.execute(sql);
      }
    }
  }

  static int update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  /** Every row of a query, each as the list of its {@code getObject} values. */
  static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }

  static List<List<Object>> rows(ResultSet rs) throws SQLException {
    int n = rs.getMetaData().getColumnCount();
    List<List<Object>> out = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(rs.getObject(i));
      }
      out.add(row);
    }
    return out;
  }

  /** Every row of a query as {@code getString} values joined by {@code |}: easy to compare exactly. */
  static List<String> strings(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return strings(rs);
    }
  }

  static List<String> strings(ResultSet rs) throws SQLException {
    int n = rs.getMetaData().getColumnCount();
    List<String> out = new ArrayList<>();
    while (rs.next()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        sb.append(i == 1 ? "" : "|").append(rs.getString(i));
      }
      out.add(sb.toString());
    }
    return out;
  }

  static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  static List<String> labels(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      out.add(md.getColumnLabel(i));
    }
    return out;
  }

  static List<String> list(String... values) {
    return Arrays.asList(values);
  }

  /** Asserts a REAL/DOUBLE value shows as {@code expected} at the precision {@code expected} is written in. */
  static void assertShown(String expected, double actual) {
    BigDecimal want = new BigDecimal(expected);
    BigDecimal got = new BigDecimal(actual).setScale(want.scale(), RoundingMode.HALF_UP);
    assertEquals(want, got, "value " + actual + " shown with " + want.scale() + " decimals");
  }

  @FunctionalInterface
  interface SqlAction {
    void run() throws Exception;
  }

  /**
   * Runs {@code action}, which must throw an SQLException that is an instance of {@code type} with
   * SQLSTATE {@code state}; anything else (no exception, a RuntimeException, another class or state)
   * fails the test.
   */
  static <T extends SQLException> T expect(Class<T> type, String state, SqlAction action) {
    SQLException e = expectSql(action);
    if (type.isInstance(e) == false) {
      fail("expected " + type.getName() + " (" + state + ") but got " + e.getClass().getName() + " ("
          + e.getSQLState() + "): " + e.getMessage(), e);
    }
    if (state != null) {
      assertEquals(state, e.getSQLState(), "SQLSTATE of " + e.getClass().getName() + ": " + e.getMessage());
    }
    return type.cast(e);
  }

  /** Runs {@code action}, which must throw an SQLException (and nothing else). */
  static SQLException expectSql(SqlAction action) {
    try {
      action.run();
    } catch (SQLException e) {
      return e;
    } catch (Throwable t) {
      fail("expected an SQLException but got " + t, t);
    }
    fail("expected an SQLException, but the call succeeded");
    return null;
  }

  /** Runs {@code action}; fails the test if it throws anything but an SQLException. */
  static SQLException sqlOnly(SqlAction action) {
    try {
      action.run();
      return null;
    } catch (SQLException e) {
      return e;
    } catch (Throwable t) {
      fail("a non-SQLException escaped the driver: " + t, t);
      return null;
    }
  }

  /** Starts {@code main} in a child JVM with this test's class path, its output discarded. */
  static Process child(Class<?> main, String... args) throws java.io.IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /**
   * Waits (up to a minute) until {@code child} has written its first line to {@code report},
   * lets it run {@code delayMs} more, then kills it with SIGKILL and waits for it to be gone.
   */
  static void killAfterFirstReport(Process child, Path report, long delayMs, String ctx)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (Files.size(report) == 0 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(delayMs);
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), ctx + ": the child did not end");
  }

  static String stackless(SQLException e) {
    return e.getClass().getSimpleName() + "(" + e.getSQLState() + "): " + e.getMessage();
  }
}
