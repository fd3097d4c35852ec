package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search indexes follow transactions: own uncommitted writes are searched by their transaction
 * only, rollbacks (whole or to a savepoint) leave no trace, deletes and updates never return a
 * stale row, and writers and searchers run at once.
 */
class SearchTransactionsTest {
  private String url;
  private Connection a;
  private Connection b;

  @BeforeEach
  void open() throws Exception {
    url = Tck.memUrl("searchtx");
    a = Tck.open(url);
    b = Tck.open(url);
    exec(a, "CREATE TABLE d (id INT PRIMARY KEY, v VECTOR(2), body VARCHAR(200))",
        "CREATE INDEX d_v ON d USING HNSW (v) WITH (metric = 'euclidean')",
        "CREATE INDEX d_body ON d USING FULLTEXT (body)",
        "INSERT INTO d VALUES (1, '[0, 0]', 'red apples'), (2, '[10, 10]', 'green pears')");
  }

  @AfterEach
  void close() throws Exception {
    a.close();
    b.close();
  }

  private static List<String> nearest(Connection c, String vector, int k) throws SQLException {
    return strings(c, "SELECT id FROM TABLE(vector_search('d', '" + vector + "', " + k + "))");
  }

  private static List<String> words(Connection c, String text) throws SQLException {
    return strings(c, "SELECT id FROM TABLE(keyword_search('d', '" + text + "', 10))");
  }

  @Test
  void ownInsertsAreSearchedByTheirTransactionOnly() throws Exception {
    a.setAutoCommit(false);
    exec(a, "INSERT INTO d VALUES (3, '[1, 1]', 'red cherries')");
    assertEquals(list("1", "3"), nearest(a, "[0, 0]", 2));
    assertEquals(list("1", "3"), words(a, "red"));
    assertEquals(list("1", "2"), nearest(b, "[0, 0]", 2));
    assertEquals(list("1"), words(b, "red"));
    a.commit();
    assertEquals(list("1", "3"), nearest(b, "[0, 0]", 2));
    assertEquals(list("1", "3"), words(b, "red"));
  }

  @Test
  void aRollbackLeavesNoTrace() throws Exception {
    a.setAutoCommit(false);
    exec(a, "INSERT INTO d VALUES (3, '[1, 1]', 'red cherries')", "DELETE FROM d WHERE id = 1");
    assertEquals(list("3", "2"), nearest(a, "[0, 0]", 5));
    a.rollback();
    assertEquals(list("1", "2"), nearest(a, "[0, 0]", 5));
    assertEquals(list("1"), words(a, "red"));
    assertEquals(list("1", "2"), nearest(b, "[0, 0]", 5));
  }

  @Test
  void aSavepointRollbackTakesBackOnlyTheLaterWrites() throws Exception {
    a.setAutoCommit(false);
    exec(a, "INSERT INTO d VALUES (3, '[1, 1]', 'red cherries')");
    var sp = a.setSavepoint();
    exec(a, "INSERT INTO d VALUES (4, '[2, 2]', 'red plums')", "DELETE FROM d WHERE id = 1");
    assertEquals(list("3", "4", "2"), nearest(a, "[0, 0]", 5));
    a.rollback(sp);
    assertEquals(list("1", "3", "2"), nearest(a, "[0, 0]", 5));
    assertEquals(list("1", "3"), words(a, "red"));
    a.commit();
    assertEquals(list("1", "3", "2"), nearest(b, "[0, 0]", 5));
  }

  @Test
  void aFailedStatementLeavesNoNode() throws Exception {
    a.setAutoCommit(false);
    Tck.expectSql(() -> exec(a, "INSERT INTO d VALUES (5, '[0, 1]', 'x'), (1, '[0, 0]', 'dup')"));
    assertEquals(list("1", "2"), nearest(a, "[0, 1]", 5));
    a.commit();
    assertEquals(list("1", "2"), nearest(b, "[0, 1]", 5));
  }

  @Test
  void updatesAndDeletesNeverReturnStaleRows() throws Exception {
    exec(a, "UPDATE d SET v = '[20, 20]', body = 'blue plums' WHERE id = 1");
    assertEquals(list("2|[10.0, 10.0]", "1|[20.0, 20.0]"),
        strings(a, "SELECT id, v FROM TABLE(vector_search('d', '[0, 0]', 5))"));
    assertEquals(list(), words(a, "red"));
    assertEquals(list("1"), words(a, "plum"));
    exec(a, "DELETE FROM d WHERE id = 2");
    assertEquals(list("1"), nearest(b, "[0, 0]", 5));
    assertEquals(list(), words(b, "pears"));
  }

  @Test
  void aSnapshotKeepsSeeingWhatItSawWhileOthersCommit() throws Exception {
    b.setAutoCommit(false);
    assertEquals(list("1", "2"), nearest(b, "[0, 0]", 5)); // b's snapshot begins
    exec(a, "DELETE FROM d WHERE id = 1", "INSERT INTO d VALUES (3, '[0, 1]', 'red')");
    assertEquals(list("1", "2"), nearest(b, "[0, 0]", 5));
    assertEquals(list("1"), words(b, "red"));
    b.commit();
    assertEquals(list("3", "2"), nearest(b, "[0, 0]", 5));
  }

  @Test
  void aWriterRacingAnIndexCreationRetries() throws Exception {
    exec(a, "CREATE TABLE e (id INT PRIMARY KEY, v VECTOR(2))", "INSERT INTO e VALUES (1, '[0, 1]')");
    a.setAutoCommit(false);
    exec(a, "INSERT INTO e VALUES (2, '[1, 1]')");
    exec(b, "CREATE INDEX e_v ON e USING HNSW (v)");
    Tck.expect(org.sochdb.jdbc.errors.SerializationFailureException.class, "40001", a::commit);
    exec(a, "INSERT INTO e VALUES (2, '[1, 1]')");
    a.commit();
    assertEquals(list("1", "2"), strings(b, "SELECT id FROM TABLE(vector_search('e', '[1, 0]', 5)) ORDER BY id"));
  }

  @Test
  void writersAndSearchersRunAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> work = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      int writer = w;
      work.add(pool.submit(() -> {
        try (Connection c = Tck.open(url);
            PreparedStatement ps = c.prepareStatement("INSERT INTO d (id, v) VALUES (?, ?)")) {
          Random r = new Random(writer);
          for (int i = 0; i < 300; i++) {
            ps.setInt(1, 100 + writer * 1000 + i);
            ps.setObject(2, new float[] {r.nextFloat() * 10, r.nextFloat() * 10});
            ps.executeUpdate();
          }
        }
        return null;
      }));
    }
    for (int s = 0; s < 2; s++) {
      work.add(pool.submit(() -> {
        try (Connection c = Tck.open(url);
            PreparedStatement ps = c.prepareStatement("SELECT id FROM TABLE(vector_search('d', ?, 5))")) {
          for (int i = 0; i < 200; i++) {
            long before = Tck.count(c, "d"); // rows are only added: a later search sees at least these
            ps.setObject(1, new float[] {5, 5});
            try (ResultSet rs = ps.executeQuery()) {
              int n = 0;
              while (rs.next()) {
                n++;
              }
              assertEquals(Math.min(5, before), Math.min(n, before), "rows found of " + before);
              assertEquals(true, n <= 5);
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(602, Tck.count(a, "d"));
    // every row is found by a search for its own vector
    try (PreparedStatement ps = a.prepareStatement("SELECT id FROM TABLE(vector_search('d', ?, 1))");
        ResultSet all = a.createStatement().executeQuery("SELECT id, v FROM d")) {
      while (all.next()) {
        ps.setObject(1, all.getObject(2));
        assertEquals(list(all.getString(1)), strings(ps.executeQuery()), "row " + all.getInt(1));
      }
    }
  }
}
