package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search indexes after {@code kill -9}: a child JVM writes rows of a table with an HNSW and a
 * full-text index, closing and reopening the database between bursts (so a kill can land while
 * index files are written), and is killed at random moments. After each kill the reopened
 * indexes agree with the table: every row is found by its own vector and its own word, no
 * search returns a row the table does not hold, and a search for all rows returns exactly the
 * table's rows. Seed from {@code -Dsochdb.seed}.
 */
class SearchCrashTest {
  @TempDir
  Path dir;

  @Test
  void indexesAgreeWithTheTableAfterKillNine() throws Exception {
    long seed = Long.getLong("sochdb.seed", System.nanoTime());
    Random r = new Random(seed);
    long op = 0;
    for (int round = 0; round < 6; round++) {
      String ctx = "seed=" + seed + " round=" + round;
      Path report = Files.createTempFile(dir, "search-crash", ".txt");
      Process child = Tck.child(SearchCrashWriter.class, dir.resolve("db").toString(), Long.toString(op),
          Long.toString(r.nextLong()), report.toString());
      Tck.killAfterFirstReport(child, report, 200 + r.nextInt(800), ctx);
      List<String> lines = Files.readAllLines(report);
      assertTrue(lines.isEmpty() == false, ctx + ": the child did nothing");
      op = Long.parseLong(lines.get(lines.size() - 1)) + 1; // the in-flight one may have committed
      Files.delete(report);
      check(ctx);
    }
  }

  private void check(String ctx) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:" + dir.resolve("db"))) {
      List<Long> ids = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      List<String> words = new ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT id, v, body FROM docs ORDER BY id")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
          vectors.add((float[]) rs.getObject(2));
          words.add(rs.getString(3).split(" ")[0]);
        }
      }
      try (PreparedStatement all = c.prepareStatement("SELECT id FROM TABLE(vector_search('docs', ?, 100000)) "
          + "ORDER BY id")) {
        all.setObject(1, new float[] {0.5f, 0.5f, 0.5f, 0.5f});
        assertEquals(ids, longs(all.executeQuery()), ctx + ": a search for every row");
      }
      try (PreparedStatement common = c.prepareStatement(
          "SELECT COUNT(*) FROM TABLE(keyword_search('docs', 'common updated', 100000))")) {
        ResultSet rs = common.executeQuery();
        rs.next();
        assertEquals(ids.size(), rs.getLong(1), ctx + ": a keyword search for every row");
      }
      try (PreparedStatement nearest = c.prepareStatement("SELECT id, distance FROM TABLE(vector_search('docs', ?, 1))");
          PreparedStatement word = c.prepareStatement("SELECT id FROM TABLE(keyword_search('docs', ?, 5))")) {
        for (int i = 0; i < ids.size(); i++) {
          nearest.setObject(1, vectors.get(i));
          try (ResultSet rs = nearest.executeQuery()) {
            assertTrue(rs.next(), ctx + ": row " + ids.get(i) + " not found by its vector");
            assertEquals(0.0, rs.getDouble(2), 0.0, ctx + ": row " + ids.get(i) + "'s own vector is not nearest");
          }
          word.setString(1, words.get(i));
          assertEquals(List.of(ids.get(i)), longs(word.executeQuery()), ctx + ": row " + ids.get(i) + " by its word");
        }
      }
    }
  }

  private static List<Long> longs(ResultSet rs) throws Exception {
    List<Long> out = new ArrayList<>();
    while (rs.next()) {
      out.add(rs.getLong(1));
    }
    rs.close();
    return out;
  }
}
