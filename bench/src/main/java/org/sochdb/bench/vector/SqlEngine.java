package org.sochdb.bench.vector;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntPredicate;

/**
 * SochDB through its JDBC surface: rows inserted in batches, then {@code CREATE INDEX ... USING
 * HNSW} (built on all cores), searched with {@code vector_search}; the ordinal is the row's id.
 * The graph is built on all the machine's cores whatever {@code threads} says.
 */
final class SqlEngine implements VectorEngine {
  private final Path dir;
  private final int m;
  private final int efConstruction;
  private Connection connection;
  private PreparedStatement search;
  long insertNanos;
  long indexNanos;

  SqlEngine(Path dir, int m, int efConstruction) {
    this.dir = dir;
    this.m = m;
    this.efConstruction = efConstruction;
  }

  @Override
  public String name() {
    return "SochDB SQL";
  }

  String url() {
    return "jdbc:sochdb:" + dir.resolve("db");
  }

  @Override
  public void build(float[][] data, int threads) throws SQLException {
    close();
    connection = DriverManager.getConnection(url());
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS v");
      s.execute("CREATE TABLE v (id INT PRIMARY KEY, e VECTOR(" + data[0].length + "))");
    }
    long start = System.nanoTime();
    connection.setAutoCommit(false);
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO v VALUES (?, ?)")) {
      for (int i = 0; i < data.length; i++) {
        ps.setInt(1, i);
        ps.setObject(2, data[i]);
        ps.addBatch();
        if (i % 10_000 == 9_999 || i == data.length - 1) {
          ps.executeBatch();
          connection.commit();
        }
      }
    }
    connection.setAutoCommit(true);
    insertNanos = System.nanoTime() - start;
    start = System.nanoTime();
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE INDEX v_e ON v USING HNSW (e) WITH (metric = 'cosine', m = " + m + ", ef_construction = "
          + efConstruction + ")");
    }
    indexNanos = System.nanoTime() - start;
    prepare();
  }

  /** Closes the database (its index files are written) and opens it again, timing it up to the first answer. */
  long reopenNanos(float[] query) throws SQLException {
    close();
    long start = System.nanoTime();
    connection = DriverManager.getConnection(url());
    prepare();
    search(query, 10, 64, null);
    return System.nanoTime() - start;
  }

  private void prepare() throws SQLException {
    search = connection.prepareStatement("SELECT id FROM TABLE(vector_search('v', ?, ?, NULL, ?))");
  }

  @Override
  public int[] search(float[] query, int k, int ef, IntPredicate accept) throws SQLException {
    search.setObject(1, query);
    search.setInt(2, k);
    search.setInt(3, ef);
    int[] out = new int[k];
    int n = 0;
    try (ResultSet rs = search.executeQuery()) {
      while (rs.next()) {
        out[n++] = rs.getInt(1);
      }
    }
    return n == k ? out : java.util.Arrays.copyOf(out, n);
  }

  @Override
  public long graphBytes() {
    return -1;
  }

  @Override
  public long totalBytes() {
    return -1;
  }

  void close() throws SQLException {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }
}
