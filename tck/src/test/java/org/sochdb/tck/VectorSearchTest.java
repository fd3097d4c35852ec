package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.jdbc.errors.DimensionMismatchException;

/**
 * VECTOR columns, HNSW indexes and vector_search through JDBC: values in and out, the index on an
 * empty and on a loaded table, exact small answers, filters, and errors.
 */
class VectorSearchTest {
  private String url;
  private Connection c;

  @BeforeEach
  void open() throws Exception {
    url = Tck.memUrl("vec");
    c = Tck.open(url);
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  private void insert(Connection conn, String table, String id, float[] v, String source) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + table + " (id, v, source) VALUES (?, ?, ?)")) {
      ps.setString(1, id);
      ps.setObject(2, v);
      ps.setString(3, source);
      ps.executeUpdate();
    }
  }

  /** Four points on the plane and the nearest to (1, 0) by cosine: a, b (45°), c (90°), d (180°). */
  private void points(String using) throws SQLException {
    exec(c, "CREATE TABLE p (id VARCHAR(10) PRIMARY KEY, v VECTOR(2), source VARCHAR(10))");
    if (using != null) {
      exec(c, "CREATE INDEX p_v ON p USING HNSW (v) WITH (metric = '" + using + "', m = 8, ef_construction = 50)");
    }
    insert(c, "p", "a", new float[] {2, 0}, "web");
    insert(c, "p", "b", new float[] {1, 1}, "pdf");
    insert(c, "p", "c", new float[] {0, 3}, "web");
    insert(c, "p", "d", new float[] {-1, 0}, "web");
  }

  private List<String> search(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return strings(rs);
      }
    }
  }

  @Test
  void vectorsGoInAndComeOutAsFloatArrays() throws Exception {
    exec(c, "CREATE TABLE t (id INT PRIMARY KEY, v VECTOR(3))");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
      ps.setInt(1, 1);
      ps.setObject(2, new float[] {0.5f, -1f, 2f});
      ps.executeUpdate();
    }
    exec(c, "INSERT INTO t VALUES (2, '[1, 2.5, -3]')");
    try (ResultSet rs = c.createStatement().executeQuery("SELECT v, vector_dims(v) FROM t ORDER BY id")) {
      assertTrue(rs.next());
      assertArrayEquals(new float[] {0.5f, -1f, 2f}, (float[]) rs.getObject(1));
      assertEquals(3, rs.getInt(2));
      assertTrue(rs.next());
      assertArrayEquals(new float[] {1f, 2.5f, -3f}, (float[]) rs.getObject(1));
    }
  }

  @Test
  void textCastsToAVector() throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery("SELECT CAST('[1, 2.5]' AS VECTOR(2)), "
        + "CAST(NULL AS VECTOR(3)), vector_dims(CAST('[0, 0, 0]' AS VECTOR(3)))")) {
      assertTrue(rs.next());
      assertArrayEquals(new float[] {1f, 2.5f}, (float[]) rs.getObject(1));
      assertEquals(null, rs.getObject(2));
      assertEquals(3, rs.getInt(3));
    }
    DimensionMismatchException e = expect(DimensionMismatchException.class, "22000",
        () -> strings(c, "SELECT CAST('[1, 2, 3]' AS VECTOR(2))"));
    assertEquals(2, e.getExpected());
    assertEquals(3, e.getActual());
    expect(SQLException.class, "22018", () -> strings(c, "SELECT CAST('one, two' AS VECTOR(2))"));
    exec(c, "CREATE TABLE t (id INT PRIMARY KEY, v VECTOR(2))", "INSERT INTO t VALUES (1, CAST('[3, 4]' AS VECTOR(2)))");
    assertEquals(list("[3.0, 4.0]"), strings(c, "SELECT v FROM t"));
  }

  @Test
  void aWrongDimensionNamesBothNumbers() throws Exception {
    exec(c, "CREATE TABLE t (id INT PRIMARY KEY, v VECTOR(3))");
    DimensionMismatchException e = expect(DimensionMismatchException.class, "22000",
        () -> exec(c, "INSERT INTO t VALUES (1, '[1, 2]')"));
    assertEquals(3, e.getExpected());
    assertEquals(2, e.getActual());
    assertEquals(0, Tck.count(c, "t"));
  }

  @Test
  void nanAndInfinityAreRefused() throws Exception {
    exec(c, "CREATE TABLE t (id INT PRIMARY KEY, v VECTOR(2))");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (1, ?)")) {
      ps.setObject(1, new float[] {1f, Float.NaN});
      SQLException e = expect(SQLDataException.class, "22000", ps::executeUpdate);
      assertTrue(e.getMessage().contains("component 1 is NaN"), e.getMessage());
      ps.setObject(1, new float[] {Float.NEGATIVE_INFINITY, 1f});
      e = expect(SQLDataException.class, "22000", ps::executeUpdate);
      assertTrue(e.getMessage().contains("component 0 is -Infinity"), e.getMessage());
    }
  }

  @Test
  void distanceFunctions() throws Exception {
    assertEquals(list("0.0|5.0|11.0|2"), strings(c, "SELECT cosine_distance('[1, 0]', '[2, 0]'), "
        + "l2_distance('[0, 0]', '[3, 4]'), inner_product('[1, 2]', '[3, 4]'), vector_dims('[7, 8]')"));
    assertEquals(list("1.0|null"), strings(c, "SELECT cosine_distance('[1, 0]', '[0, 5]'), "
        + "l2_distance(CAST(NULL AS VARCHAR), '[1]')"));
    DimensionMismatchException e = expect(DimensionMismatchException.class, "22000",
        () -> strings(c, "SELECT l2_distance('[1, 2]', '[1, 2, 3]')"));
    assertEquals(2, e.getExpected());
    assertEquals(3, e.getActual());
  }

  @Test
  void vectorSearchOnAnIndexBuiltBeforeTheRows() throws Exception {
    points("cosine");
    assertEquals(list("a|web|1.0|0.0", "b|pdf|0.707|0.293", "c|web|0.0|1.0"),
        rounded(search("SELECT id, source, score, distance FROM TABLE(vector_search('p', ?, 3))", new float[] {1, 0})));
  }

  @Test
  void vectorSearchOnAnIndexBuiltOverLoadedRows() throws Exception {
    exec(c, "CREATE TABLE p (id VARCHAR(10) PRIMARY KEY, v VECTOR(2), source VARCHAR(10))");
    insert(c, "p", "a", new float[] {2, 0}, "web");
    insert(c, "p", "b", new float[] {1, 1}, "pdf");
    insert(c, "p", "c", new float[] {0, 3}, "web");
    exec(c, "CREATE INDEX p_v ON p USING HNSW (v) WITH (metric = 'euclidean')");
    assertEquals(list("b|1.0", "c|1.414", "a|2.236"),
        rounded(search("SELECT id, distance FROM TABLE(vector_search('p', ?, ?))", new float[] {1, 2}, 5)));
  }

  @Test
  void dotProductScoresAreInnerProducts() throws Exception {
    points("dot");
    assertEquals(list("c|3.0|-3.0", "b|1.0|-1.0"),
        rounded(search("SELECT id, score, distance FROM TABLE(vector_search('p', '[0, 1]', 2))")));
  }

  @Test
  void filtersApplyDuringTheSearch() throws Exception {
    points("cosine");
    assertEquals(list("a", "c", "d"),
        search("SELECT id FROM TABLE(vector_search('p', ?, 10, ?))", new float[] {1, 0}, "{\"source\": \"web\"}"));
    assertEquals(list("b"),
        search("SELECT id FROM TABLE(vector_search('p', ?, 10, '{\"source\": [\"pdf\", \"txt\"]}'))", new float[] {1, 0}));
    assertEquals(list(),
        search("SELECT id FROM TABLE(vector_search('p', ?, 10, '{\"source\": \"none\"}'))", new float[] {1, 0}));
    assertEquals(list("a", "b"),
        search("SELECT id FROM TABLE(vector_search('p', ?, 2, NULL, 10))", new float[] {1, 0}));
  }

  @Test
  void searchArgumentsAreChecked() throws Exception {
    points("cosine");
    expect(SQLException.class, "22023",
        () -> search("SELECT id FROM TABLE(vector_search('p', ?, 3, '{\"source\": {\"a\": 1}}'))", new float[] {1, 0}));
    expect(SQLException.class, "22023",
        () -> search("SELECT id FROM TABLE(vector_search('p', ?, -1))", new float[] {1, 0}));
    DimensionMismatchException e = expect(DimensionMismatchException.class, "22000",
        () -> search("SELECT id FROM TABLE(vector_search('p', ?, 3))", new float[] {1, 0, 0}));
    assertEquals(2, e.getExpected());
    assertEquals(3, e.getActual());
    expect(SQLSyntaxErrorException.class, "42S02",
        () -> search("SELECT id FROM TABLE(vector_search('nope', ?, 3))", new float[] {1, 0}));
  }

  @Test
  void indexOptionsAreChecked() throws Exception {
    exec(c, "CREATE TABLE t (id INT PRIMARY KEY, v VECTOR(2), s VARCHAR(5))");
    expect(SQLException.class, "22023", () -> exec(c, "CREATE INDEX i ON t USING HNSW (v) WITH (metric = 'manhattan')"));
    expect(SQLException.class, "22023", () -> exec(c, "CREATE INDEX i ON t USING HNSW (v) WITH (m = 1)"));
    expect(SQLSyntaxErrorException.class, "42000", () -> exec(c, "CREATE INDEX i ON t USING HNSW (v) WITH (x = 1)"));
    expect(SQLSyntaxErrorException.class, "42000", () -> exec(c, "CREATE INDEX i ON t USING HNSW (s)"));
    expect(SQLSyntaxErrorException.class, "42000", () -> exec(c, "CREATE INDEX i ON t USING FULLTEXT (v)"));
    exec(c, "INSERT INTO t VALUES (7, '[0, 0]', 'z')");
    SQLException e = expect(SQLDataException.class, "22000", () -> exec(c, "CREATE INDEX i ON t USING HNSW (v)"));
    assertTrue(e.getMessage().contains("all-zero vector has no direction for: row (7)"), e.getMessage());
    exec(c, "CREATE INDEX i ON t USING HNSW (v) WITH (metric = 'euclidean')");
  }

  @Test
  void orderByDistanceLimitUsesTheIndexWhenThereIsOne() throws Exception {
    points("cosine");
    String sql = "SELECT id FROM p ORDER BY cosine_distance(v, ?) LIMIT 2";
    String plan = String.join("\n", search("EXPLAIN PLAN FOR " + sql, new float[] {1, 0}));
    assertTrue(plan.contains("HnswSearchScan(table=[PUBLIC.p], index=[p_v], metric=[cosine], k=[2]"), plan);
    assertEquals(list("a", "b"), search(sql, new float[] {1, 0}));
    assertEquals(list("c", "b", "a"), search("SELECT id FROM p ORDER BY cosine_distance(v, '[0, 1]') LIMIT 3"));
    assertEquals(list("c", "b"), search("SELECT id FROM p ORDER BY cosine_distance(v, ?) LIMIT ?", new float[] {0, 1}, 2));
    // another metric than the index's, or no LIMIT: the exact plan
    String l2 = String.join("\n", search("EXPLAIN PLAN FOR SELECT id FROM p ORDER BY l2_distance(v, ?) LIMIT 2",
        new float[] {1, 0}));
    assertTrue(l2.contains("SochTableScan") && l2.contains("HnswSearchScan") == false, l2);
    assertEquals(list("b", "a"), search("SELECT id FROM p ORDER BY l2_distance(v, ?) LIMIT 2", new float[] {1, 1}));
  }

  @Test
  void orderByDistanceOnAnUnindexedColumnIsExact() throws Exception {
    points(null);
    assertEquals(list("d", "c", "b"),
        search("SELECT id FROM p ORDER BY cosine_distance(v, ?) DESC, id LIMIT 3", new float[] {1, 0}));
    assertEquals(list("c|3.0", "b|1.0"),
        rounded(search("SELECT id, inner_product(v, ?) AS ip FROM p ORDER BY ip DESC LIMIT 2", new float[] {0, 1})));
  }

  /** Rows with doubles cut to three decimals, so expected values can be written exactly. */
  private static List<String> rounded(List<String> rows) {
    return rows.stream().map(r -> {
      StringBuilder sb = new StringBuilder();
      for (String part : r.split("\\|", -1)) {
        if (sb.length() > 0) {
          sb.append('|');
        }
        sb.append(part.matches("-?\\d+\\.\\d+(E-?\\d+)?") ? Double.toString(
            Math.round(Double.parseDouble(part) * 1000) / 1000.0) : part);
      }
      return sb.toString();
    }).toList();
  }
}
