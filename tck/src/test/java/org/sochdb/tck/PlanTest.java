package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which access path the planner takes, asserted on the EXPLAIN text, and the rows it gives. */
class PlanTest {
  private Connection c;

  @BeforeEach
  void setUp() throws SQLException {
    c = Tck.open(Tck.memUrl("plan"));
    Tck.exec(c, "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL, score INTEGER)",
        "CREATE INDEX t_name ON t (name)", "CREATE INDEX t_score ON t (score)",
        "INSERT INTO t VALUES (1, 'c', 5), (2, 'a', NULL), (3, 'b', 7), (4, 'd', 5)");
  }

  @AfterEach
  void tearDown() throws SQLException {
    c.close();
  }

  private String plan(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      rs.next();
      return rs.getString(1).trim();
    }
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  @Test
  void primaryKeyPointLookup() throws SQLException {
    assertTrue(plan("SELECT name FROM t WHERE id = 3").contains("index=[PRIMARY KEY], ranges=[[=3]]"),
        plan("SELECT name FROM t WHERE id = 3"));
    assertEquals(List.of("b"), rows("SELECT name FROM t WHERE id = 3"));
  }

  @Test
  void primaryKeyRange() throws SQLException {
    String p = plan("SELECT id FROM t WHERE id >= 2 AND id < 4");
    assertTrue(p.contains("index=[PRIMARY KEY], ranges=[[[2, 4)]]"), p);
    assertEquals(List.of("2", "3"), rows("SELECT id FROM t WHERE id >= 2 AND id < 4"));
  }

  @Test
  void secondaryIndexEqualityAndIn() throws SQLException {
    assertTrue(plan("SELECT id FROM t WHERE name = 'a'").contains("index=[t_name], ranges=[[='a']]"),
        plan("SELECT id FROM t WHERE name = 'a'"));
    assertEquals(List.of("2"), rows("SELECT id FROM t WHERE name = 'a'"));
    String in = plan("SELECT id FROM t WHERE score IN (5, 7)");
    assertTrue(in.contains("index=[t_score], ranges=[[=5, =7]]"), in);
    List<String> inRows = rows("SELECT id FROM t WHERE score IN (5, 7)");
    inRows.sort(null); // no ORDER BY: the rows, in any order
    assertEquals(List.of("1", "3", "4"), inRows);
  }

  @Test
  void insertAndUpsertWriteThroughTheTableModify() throws SQLException {
    assertEquals("""
        SochTableModify(table=[[PUBLIC, t]], operation=[INSERT], flattened=[false])
          EnumerableValues(tuples=[[{ 5, 'e', 9 }]])""".strip(), plan("INSERT INTO t VALUES (5, 'e', 9)"));
    assertEquals("""
        SochTableModify(table=[[PUBLIC, t]], operation=[INSERT], flattened=[false], upsert=[true])
          EnumerableValues(tuples=[[{ 1, 'z', 1 }]])""".strip(), plan("UPSERT INTO t VALUES (1, 'z', 1)"));
    Tck.exec(c, "UPSERT INTO t VALUES (1, 'z', 1)", "INSERT INTO t VALUES (5, 'e', 9)");
    assertEquals(List.of("1|z|1", "5|e|9"), rows("SELECT * FROM t WHERE id IN (1, 5) ORDER BY id"));
  }

  @Test
  void orderByKeyOrIndexNeedsNoSort() throws SQLException {
    String byId = plan("SELECT * FROM t ORDER BY id");
    assertFalse(byId.contains("Sort"), byId);
    String byName = plan("SELECT * FROM t ORDER BY name LIMIT 2");
    assertFalse(byName.contains("Sort"), byName);
    assertTrue(byName.contains("index=[t_name]"), byName);
    assertEquals(List.of("2|a|null", "3|b|7"), rows("SELECT * FROM t ORDER BY name LIMIT 2"));
    String nullsFirst = plan("SELECT * FROM t ORDER BY score NULLS FIRST");
    assertFalse(nullsFirst.contains("Sort"), nullsFirst);
    assertEquals(List.of("2|a|null", "1|c|5", "4|d|5", "3|b|7"), rows("SELECT * FROM t ORDER BY score NULLS FIRST"));
    assertEquals(List.of("1|c|5", "4|d|5", "3|b|7", "2|a|null"), rows("SELECT * FROM t ORDER BY score"));
  }

  @Test
  void parameterizedLookupUsesTheKey() throws SQLException {
    try (var ps = c.prepareStatement("EXPLAIN PLAN FOR SELECT name FROM t WHERE id = ?")) {
      ps.setInt(1, 3);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertTrue(rs.getString(1).contains("ranges=[[=?0]]"), rs.getString(1));
      }
    }
    try (var ps = c.prepareStatement("SELECT name FROM t WHERE id = ?")) {
      SQLException e = Tck.expectSql(() -> ps.executeQuery());
      assertEquals("07001", e.getSQLState(), e.getMessage()); // a parameter left unbound
    }
  }
}
