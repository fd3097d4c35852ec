package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.exec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall floors of vector_search against exact answers computed here, on 20,000 clustered
 * 32-d vectors: unfiltered, and with filters matching half (searched in the graph), a tenth and
 * 1% of the rows (answered exactly from the matching rows at this size); recall@10 at least
 * 0.95 each, and k rows whenever k match. Floors, not timings.
 */
class SearchRecallTest {
  private static final int N = 20_000;
  private static final int DIM = 32;
  private static final int QUERIES = 100;
  private static Connection c;
  private static float[][] vectors;

  @BeforeAll
  static void load() throws Exception {
    c = Tck.open(Tck.memUrl("recall"));
    exec(c, "CREATE TABLE v (id INT PRIMARY KEY, e VECTOR(" + DIM + "), tenth INT, metadata VARCHAR(50))");
    Random r = new Random(42);
    float[][] centers = new float[50][DIM];
    for (float[] center : centers) {
      for (int j = 0; j < DIM; j++) {
        center[j] = (float) r.nextGaussian() * 3;
      }
    }
    vectors = new float[N][DIM];
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO v VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < N; i++) {
        float[] center = centers[r.nextInt(centers.length)];
        for (int j = 0; j < DIM; j++) {
          vectors[i][j] = center[j] + (float) r.nextGaussian();
        }
        ps.setInt(1, i);
        ps.setObject(2, vectors[i]);
        ps.setInt(3, i % 10);
        ps.setString(4, "{\"hundredth\": " + (i % 100) + "}");
        ps.addBatch();
      }
      ps.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
    exec(c, "CREATE INDEX v_e ON v USING HNSW (e) WITH (metric = 'euclidean', m = 16, ef_construction = 100)");
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  private static double recall(String filter, java.util.function.IntPredicate matches) throws Exception {
    Random r = new Random(7);
    double found = 0;
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM TABLE(vector_search('v', ?, 10, ?))")) {
      for (int q = 0; q < QUERIES; q++) {
        float[] query = vectors[r.nextInt(N)].clone();
        query[0] += 0.5f;
        ps.setObject(1, query);
        ps.setString(2, filter);
        Set<Integer> got = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            got.add(rs.getInt(1));
          }
        }
        assertEquals(10, got.size(), "k rows when k match (filter " + filter + ")");
        List<Integer> exact = IntStream.range(0, N).filter(matches).boxed()
            .sorted(Comparator.comparingDouble(i -> l2(vectors[i], query))).limit(10).toList();
        for (int id : exact) {
          found += got.contains(id) ? 1 : 0;
        }
      }
    }
    return found / (QUERIES * 10.0);
  }

  private static double l2(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return s;
  }

  @Test
  void unfiltered() throws Exception {
    double recall = recall(null, i -> true);
    assertTrue(recall >= 0.95, "recall@10 " + recall);
  }

  @Test
  void aFilterMatchingHalfIsAppliedDuringTheGraphWalk() throws Exception {
    double recall = recall("{\"tenth\": [0, 2, 4, 6, 8]}", i -> i % 2 == 0);
    assertTrue(recall >= 0.95, "recall@10 " + recall);
  }

  @Test
  void aFilterMatchingATenth() throws Exception {
    double recall = recall("{\"tenth\": 3}", i -> i % 10 == 3);
    assertTrue(recall >= 0.95, "recall@10 " + recall);
  }

  @Test
  void aFilterMatchingOnePercent() throws Exception {
    double recall = recall("{\"hundredth\": 42}", i -> i % 100 == 42);
    assertTrue(recall >= 0.95, "recall@10 " + recall);
  }

  @Test
  void aFilterMatchingFewerThanKReturnsThemAll() throws Exception {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM TABLE(vector_search('v', ?, 10, ?)) ORDER BY id")) {
      ps.setObject(1, vectors[0]);
      ps.setString(2, "{\"id\": [5, 77, 19999]}");
      List<Integer> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getInt(1));
        }
      }
      assertEquals(Arrays.asList(5, 77, 19999), ids);
    }
  }
}
