package org.sochdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.adapter.plan.fast.PointSelectFastPath;

/**
 * A primary-key point select prepared by the fast path answers exactly like the same query
 * planned by Calcite: rows, result-set metadata, parameter metadata, parameter coercion,
 * transactions and errors. The planned twin adds {@code AND 1 = 1}, which the fast path does
 * not take and Calcite's simplifier removes.
 */
class FastPathParityTest {
  private Connection c;

  @BeforeEach
  void setUp() throws SQLException {
    c = DriverManager.getConnection("jdbc:sochdb:mem:fastpath" + System.nanoTime());
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20), price DECIMAL(10,2), born DATE,"
          + " seen TIMESTAMP, flag BOOLEAN, data VARBINARY(8), big BIGINT NOT NULL, ratio DOUBLE, note TEXT,"
          + " v VECTOR(3), \"Mixed Case\" INTEGER)");
      s.execute("INSERT INTO t VALUES (1, 'one', 12.50, DATE '2020-02-29', TIMESTAMP '2021-03-04 05:06:07.089', TRUE,"
          + " X'CAFE', 9000000000, 0.25, 'a note', ARRAY[0.5, 1.5, 2.5], 7)");
      s.execute("INSERT INTO t (id, big) VALUES (2, 2)");
      s.execute("CREATE TABLE k (a VARCHAR(10), b INTEGER, c DOUBLE, PRIMARY KEY (a, b))");
      s.execute("INSERT INTO k VALUES ('x', 1, 1.5), ('x', 2, 2.5), ('y', 1, 3.5)");
      s.execute("CREATE TABLE nokey (a INTEGER, b VARCHAR(5))");
      s.execute("INSERT INTO nokey VALUES (1, 'one')");
    }
  }

  @AfterEach
  void tearDown() throws SQLException {
    c.close();
  }

  @Test
  void sameRowsAndMetadataAsThePlannedQuery() throws SQLException {
    assertParity("SELECT name FROM t WHERE id = ?", 1);
    assertParity("SELECT * FROM t WHERE id = ?", 1);
    assertParity("SELECT * FROM t WHERE id = ?", 2); // NULLs
    assertParity("SELECT * FROM t WHERE id = ?", 3); // no row
    assertParity("select NAME, Price, \"ID\", \"Mixed Case\" from T where Id = ?", 1);
    assertParity("SELECT v, data, born, seen FROM public.t WHERE id = ?", 1);
    assertParity("SELECT c, a FROM k WHERE b = ? AND a = ?", 2, "x");
    assertParity("SELECT * FROM k WHERE a = ? AND b = ?", "y", 1);
    assertParity("SELECT name FROM t WHERE id = ?", "1");      // a string for an INTEGER key
    assertParity("SELECT name FROM t WHERE id = ?", (short) 1);
    assertParity("SELECT name FROM t WHERE id = ?", (Object) null);
    assertParity("SELECT * FROM k WHERE a = ? AND b = ?", "x", 2L);
  }

  @Test
  void plainStatementsWithLiteralsTakeItToo() throws SQLException {
    long before = PointSelectFastPath.preparedCount();
    try (Statement s = c.createStatement()) {
      for (int id = 1; id <= 3; id++) {
        try (ResultSet rs = s.executeQuery("SELECT name, big FROM t WHERE id = " + id)) {
          assertEquals(id == 1 ? List.of(List.of("one", 9000000000L)) : id == 2 ? List.of(Arrays.asList(null, 2L))
              : List.of(), rows(rs));
        }
      }
    }
    assertEquals(before + 1, PointSelectFastPath.preparedCount(), "one fast prepare, then the plan cache");
  }

  @Test
  void otherShapesArePlannedAsBefore() throws SQLException {
    for (String sql : List.of("SELECT b FROM nokey WHERE a = ?", "SELECT c FROM k WHERE a = ?",
        "SELECT name FROM t WHERE id >= ?", "SELECT name AS n FROM t WHERE id = ?")) {
      long before = PointSelectFastPath.preparedCount();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setObject(1, sql.contains("k WHERE") ? "x" : 1);
        try (ResultSet rs = ps.executeQuery()) {
          assertEquals(false, rows(rs).isEmpty(), sql);
        }
      }
      assertEquals(before, PointSelectFastPath.preparedCount(), sql);
    }
  }

  @Test
  void errorsAreTheSameAsPlanned() throws SQLException {
    for (String sql : List.of("SELECT name FROM nosuch WHERE id = ?", "SELECT nosuch FROM t WHERE id = ?",
        "SELECT name FROM t WHERE nosuch = ?")) {
      SQLException fast = assertThrows(SQLException.class, () -> c.prepareStatement(sql));
      SQLException planned = assertThrows(SQLException.class, () -> c.prepareStatement(sql + " AND 1 = 1"));
      assertEquals(planned.getSQLState(), fast.getSQLState(), sql);
    }
    try (PreparedStatement fast = c.prepareStatement("SELECT name FROM t WHERE id = ?")) {
      fast.setString(1, "not a number");
      SQLException e = assertThrows(SQLException.class, fast::executeQuery);
      assertEquals("22018", e.getSQLState());
    }
  }

  @Test
  void seesItsTransactionAndForgetsARollback() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT name FROM t WHERE id = ?")) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO t (id, name, big) VALUES (10, 'ten', 10)");
      }
      ps.setInt(1, 10);
      try (ResultSet rs = ps.executeQuery()) {
        assertEquals(List.of(List.of("ten")), rows(rs));
      }
      c.rollback();
      try (ResultSet rs = ps.executeQuery()) {
        assertEquals(List.of(), rows(rs));
      }
      c.setAutoCommit(true);
    }
  }

  @Test
  void aStatementPreparedBeforeDropTableFailsLikeAPlannedOne() throws SQLException {
    try (PreparedStatement fast = c.prepareStatement("SELECT b FROM k WHERE a = ? AND b = ?");
        PreparedStatement planned = c.prepareStatement("SELECT b FROM k WHERE a = ? AND b = ? AND 1 = 1");
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE k");
      for (PreparedStatement ps : List.of(fast, planned)) {
        ps.setString(1, "x");
        ps.setInt(2, 1);
      }
      SQLException f = assertThrows(SQLException.class, fast::executeQuery);
      SQLException p = assertThrows(SQLException.class, planned::executeQuery);
      assertEquals(p.getSQLState(), f.getSQLState());
      assertEquals(p.getMessage(), f.getMessage());
    }
  }

  private void assertParity(String sql, Object... params) throws SQLException {
    long before = PointSelectFastPath.preparedCount();
    Observed fast = observe(sql, params);
    long after = PointSelectFastPath.preparedCount();
    Observed planned = observe(sql + " AND 1 = 1", params);
    assertEquals(true, after > before || fast.cached, sql + ": not taken by the fast path");
    assertEquals(after, PointSelectFastPath.preparedCount(), sql + ": the twin must be planned");
    assertEquals(planned.columns, fast.columns, sql);
    assertEquals(planned.parameters, fast.parameters, sql);
    assertEquals(planned.rows, fast.rows, sql);
  }

  private record Observed(List<String> columns, List<String> parameters, List<List<Object>> rows, boolean cached) {}

  private Observed observe(String sql, Object... params) throws SQLException {
    long before = PointSelectFastPath.preparedCount();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      boolean cached = PointSelectFastPath.preparedCount() == before;
      ParameterMetaData pm = ps.getParameterMetaData();
      List<String> parameters = new ArrayList<>();
      for (int i = 1; i <= pm.getParameterCount(); i++) {
        parameters.add(pm.getParameterType(i) + " " + pm.getParameterTypeName(i) + " " + pm.getPrecision(i) + " "
            + pm.getScale(i) + " " + pm.getParameterClassName(i) + " " + pm.isSigned(i) + " " + pm.isNullable(i)
            + " " + pm.getParameterMode(i));
      }
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          columns.add(String.join("|", md.getColumnLabel(i), md.getColumnName(i), md.getTableName(i),
              md.getSchemaName(i), md.getCatalogName(i), String.valueOf(md.getColumnType(i)), md.getColumnTypeName(i),
              String.valueOf(md.getPrecision(i)), String.valueOf(md.getScale(i)), String.valueOf(md.isNullable(i)),
              md.getColumnClassName(i), String.valueOf(md.isSigned(i)), String.valueOf(md.getColumnDisplaySize(i)),
              String.valueOf(md.isAutoIncrement(i)), String.valueOf(md.isCaseSensitive(i)),
              String.valueOf(md.isSearchable(i)), String.valueOf(md.isCurrency(i)), String.valueOf(md.isReadOnly(i)),
              String.valueOf(md.isWritable(i)), String.valueOf(md.isDefinitelyWritable(i))));
        }
        return new Observed(columns, parameters, rows(rs), cached);
      }
    }
  }

  /** Each row as getObject values (arrays as lists, so that equals compares contents). */
  private static List<List<Object>> rows(ResultSet rs) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        Object v = rs.getObject(i);
        if (v instanceof byte[] b) {
          v = java.util.HexFormat.of().formatHex(b);
        } else if (v instanceof float[] f) {
          v = Arrays.toString(f);
        }
        row.add(v);
      }
      out.add(row);
    }
    return out;
  }
}
