package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;
import static org.sochdb.tck.Tck.update;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver as tools and pools use it: registration, URLs, metadata, prepared statements, batches, pooling. */
class DriverTest {
  @TempDir
  Path tmp;

  @Test
  void registeredThroughServiceLoader() throws Exception {
    Driver d = DriverManager.getDriver("jdbc:sochdb:mem:x");
    assertNotNull(d);
    assertTrue(d.acceptsURL("jdbc:sochdb:mem:x"));
    assertTrue(d.acceptsURL("jdbc:sochdb:./some/dir"));
    assertFalse(d.acceptsURL("jdbc:h2:mem:x"));
    assertEquals(null, d.connect("jdbc:h2:mem:x", new Properties()), "other URLs are not this driver's");
    boolean found = false;
    for (Driver each : java.util.ServiceLoader.load(Driver.class)) {
      found |= each.acceptsURL("jdbc:sochdb:mem:x");
    }
    assertTrue(found, "META-INF/services/java.sql.Driver names the driver");
  }

  @Test
  void metadata() throws Exception {
    String url = Tck.memUrl("meta");
    try (Connection c = DriverManager.getConnection(url)) {
      DatabaseMetaData md = c.getMetaData();
      assertAll(
          () -> assertEquals(url, md.getURL(), "getURL"),
          () -> assertEquals("SochDB", md.getDatabaseProductName(), "product name"),
          () -> assertNotNull(md.getDatabaseProductVersion(), "product version"),
          () -> assertNotNull(md.getDriverName(), "driver name"),
          () -> assertTrue(md.supportsTransactions(), "supportsTransactions"),
          () -> assertEquals(Connection.TRANSACTION_REPEATABLE_READ, md.getDefaultTransactionIsolation(),
              "getDefaultTransactionIsolation"),
          () -> assertTrue(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ),
              "supportsTransactionIsolationLevel(REPEATABLE_READ)"),
          () -> assertFalse(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE),
              "supportsTransactionIsolationLevel(SERIALIZABLE)"),
          () -> assertTrue(md.supportsSavepoints(), "supportsSavepoints"),
          () -> assertTrue(md.supportsBatchUpdates(), "supportsBatchUpdates"),
          () -> assertTrue(md.supportsGetGeneratedKeys(), "supportsGetGeneratedKeys"),
          () -> assertTrue(c.isValid(1), "isValid"),
          () -> assertFalse(c.isClosed(), "isClosed"));
    }
  }

  @Test
  void metadataListsTablesAndIsValidFollowsClose() throws Exception {
    try (Connection c = DriverManager.getConnection(Tck.memUrl("meta"))) {
      DatabaseMetaData md = c.getMetaData();
      assertTrue(c.isValid(1));
      exec(c, "CREATE TABLE things (id INTEGER PRIMARY KEY, label TEXT)");
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = md.getTables(null, null, "things", null)) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      assertEquals(list("things"), tables);
      c.close();
      assertFalse(c.isValid(1));
    }
  }

  @Test
  void relativePathUrl() throws Exception {
    Path dir = Path.of("target", "tck-relative-" + System.nanoTime());
    String url = "jdbc:sochdb:./" + dir.toString().replace('\\', '/');
    try (Connection c = DriverManager.getConnection(url)) {
      assertEquals(url, c.getMetaData().getURL());
      exec(c, "CREATE TABLE r (id INTEGER PRIMARY KEY)", "INSERT INTO r VALUES (1)");
    }
    assertTrue(Files.isDirectory(dir), "created relative to the working directory: " + dir.toAbsolutePath());
    try (Connection c = DriverManager.getConnection(url)) {
      assertEquals(list("1"), strings(c, "SELECT id FROM r"));
    }
  }

  @Test
  void fileUrlWithOptionsAndProperties() throws Exception {
    Path dir = tmp.resolve("abs");
    String url = "jdbc:sochdb:file:" + dir.toAbsolutePath() + ";sync_mode=full";
    try (Connection c = DriverManager.getConnection(url)) {
      exec(c, "CREATE TABLE f (id INTEGER PRIMARY KEY, v TEXT)", "INSERT INTO f VALUES (1, 'one')");
    }
    assertTrue(Files.isDirectory(dir));
    Properties p = new Properties();
    p.setProperty("sync_mode", "normal");
    p.setProperty("cache_mb", "16");
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:file:" + dir.toAbsolutePath(), p)) {
      assertEquals(list("1|one"), strings(c, "SELECT id, v FROM f"));
    }
    Properties ro = new Properties();
    ro.setProperty("read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:file:" + dir.toAbsolutePath(), ro)) {
      assertEquals(list("1|one"), strings(c, "SELECT id, v FROM f"));
      Tck.expect(java.sql.SQLException.class, "25006", () -> update(c, "INSERT INTO f VALUES (2, 'two')"));
    }
    Properties missing = new Properties();
    missing.setProperty("create_if_missing", "false");
    Path nowhere = tmp.resolve("nowhere");
    Tck.expectSql(() -> DriverManager.getConnection("jdbc:sochdb:" + nowhere.toAbsolutePath(), missing).close());
    assertFalse(Files.exists(nowhere), "create_if_missing=false creates nothing");
  }

  private Connection events() throws Exception {
    Connection c = Tck.open(Tck.memUrl("ps"));
    exec(c, "CREATE TABLE ev (id INTEGER PRIMARY KEY, qty INTEGER, happened DATE, name TEXT)",
        "INSERT INTO ev VALUES (1, 42, DATE '2024-01-15', 'first')");
    return c;
  }

  @Test
  void preparedShortForIntegerParameter() throws Exception {
    try (Connection c = events()) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ev (id, qty) VALUES (?, ?)")) {
        ps.setObject(1, (short) 2);
        ps.setObject(2, Short.valueOf((short) 7));
        assertEquals(1, ps.executeUpdate());
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT id, qty FROM ev WHERE id = ?")) {
        ps.setObject(1, (short) 2);
        assertEquals(list("2|7"), strings(ps.executeQuery()));
        ps.setObject(1, (byte) 1);
        assertEquals(list("1|42"), strings(ps.executeQuery()));
        ps.setObject(1, 1L);
        assertEquals(list("1|42"), strings(ps.executeQuery()));
      }
    }
  }

  @Test
  void preparedStringForDateParameter() throws Exception {
    try (Connection c = events()) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ev (id, happened) VALUES (?, ?)")) {
        ps.setInt(1, 2);
        ps.setObject(2, "2024-02-29");
        assertEquals(1, ps.executeUpdate());
        ps.setInt(1, 3);
        ps.setObject(2, LocalDate.of(2023, 12, 31));
        assertEquals(1, ps.executeUpdate());
        ps.setInt(1, 4);
        ps.setDate(2, Date.valueOf("2022-06-01"));
        assertEquals(1, ps.executeUpdate());
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ev WHERE happened = ?")) {
        ps.setObject(1, "2024-01-15");
        assertEquals(list("1"), strings(ps.executeQuery()));
        ps.setString(1, "2024-02-29");
        assertEquals(list("2"), strings(ps.executeQuery()));
      }
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, happened FROM ev ORDER BY id")) {
        List<String> got = new ArrayList<>();
        while (rs.next()) {
          got.add(rs.getInt(1) + "|" + rs.getDate(2) + "|" + rs.getObject(2, LocalDate.class));
        }
        assertEquals(list("1|2024-01-15|2024-01-15", "2|2024-02-29|2024-02-29", "3|2023-12-31|2023-12-31",
            "4|2022-06-01|2022-06-01"), got);
      }
    }
  }

  @Test
  void preparedStringForIntegerParameter() throws Exception {
    try (Connection c = events()) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ev (id, qty, name) VALUES (?, ?, ?)")) {
        ps.setString(1, "2");
        ps.setString(2, "17");
        ps.setString(3, "second");
        assertEquals(1, ps.executeUpdate());
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT name FROM ev WHERE qty = ?")) {
        ps.setString(1, "42");
        assertEquals(list("first"), strings(ps.executeQuery()));
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT name FROM ev WHERE id = ?")) {
        ps.setString(1, "2");
        assertEquals(list("second"), strings(ps.executeQuery()));
        ps.setString(1, "x");
        Tck.expect(java.sql.SQLDataException.class, null, () -> strings(ps.executeQuery()));
      }
    }
  }

  @Test
  void preparedNullsAndTypedSetters() throws Exception {
    try (Connection c = events()) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ev (id, qty, happened, name) VALUES (?, ?, ?, ?)")) {
        ps.setInt(1, 2);
        ps.setNull(2, java.sql.Types.INTEGER);
        ps.setNull(3, java.sql.Types.DATE);
        ps.setObject(4, null);
        assertEquals(1, ps.executeUpdate());
        ps.setLong(1, 3L);
        ps.setInt(2, -5);
        ps.setObject(3, Date.valueOf("2000-01-01"));
        ps.setString(4, "it's");
        assertEquals(1, ps.executeUpdate());
      }
      assertEquals(list("1|42|2024-01-15|first", "2|null|null|null", "3|-5|2000-01-01|it's"),
          strings(c, "SELECT id, qty, happened, name FROM ev ORDER BY id"));
    }
  }

  @Test
  void batches() throws Exception {
    try (Connection c = Tck.open(Tck.memUrl("batch"))) {
      exec(c, "CREATE TABLE b (id INTEGER PRIMARY KEY, v INTEGER)");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO b VALUES (?, ?)")) {
        for (int i = 1; i <= 5; i++) {
          ps.setInt(1, i);
          ps.setInt(2, i * 10);
          ps.addBatch();
        }
        assertArrayEquals(new int[] {1, 1, 1, 1, 1}, ps.executeBatch());
        assertArrayEquals(new int[0], ps.executeBatch(), "the batch is cleared after it ran");
      }
      try (Statement s = c.createStatement()) {
        s.addBatch("INSERT INTO b VALUES (6, 60), (7, 70)");
        s.addBatch("UPDATE b SET v = v + 1 WHERE id <= 3");
        s.addBatch("DELETE FROM b WHERE id > 6");
        s.addBatch("UPDATE b SET v = 0 WHERE id = 100");
        assertArrayEquals(new int[] {2, 3, 1, 0}, s.executeBatch());
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE b SET v = ? WHERE id = ?")) {
        ps.setInt(1, -1);
        ps.setInt(2, 1);
        ps.addBatch();
        ps.setInt(1, -2);
        ps.setInt(2, 99);
        ps.addBatch();
        assertArrayEquals(new int[] {1, 0}, ps.executeBatch());
      }
      assertEquals(list("1|-1", "2|21", "3|31", "4|40", "5|50", "6|60"), strings(c, "SELECT id, v FROM b ORDER BY id"));
    }
  }

  @Test
  void ddlThroughPreparedStatement() throws Exception {
    try (Connection c = Tck.open(Tck.memUrl("ddlps"))) {
      try (PreparedStatement ps = c.prepareStatement("CREATE TABLE p (id INTEGER PRIMARY KEY, v TEXT)")) {
        assertEquals(0, ps.executeUpdate());
      }
      try (PreparedStatement ps = c.prepareStatement("CREATE INDEX p_v ON p (v)")) {
        assertEquals(0, ps.executeUpdate());
      }
      assertEquals(1, update(c, "INSERT INTO p VALUES (1, 'x')"));
      try (PreparedStatement ps = c.prepareStatement("ALTER TABLE p ADD COLUMN w INTEGER DEFAULT 5")) {
        assertEquals(0, ps.executeUpdate());
      }
      assertEquals(list("1|x|5"), strings(c, "SELECT id, v, w FROM p"));
      try (PreparedStatement ps = c.prepareStatement("DROP TABLE p")) {
        assertEquals(0, ps.executeUpdate());
      }
      Tck.expectSql(() -> strings(c, "SELECT * FROM p"));
    }
  }

  @Test
  void hikariPool() throws Exception {
    String url = Tck.memUrl("hikari");
    try (Connection keep = Tck.open(url)) {
      exec(keep, "CREATE TABLE pool_kv (id INTEGER PRIMARY KEY, v TEXT)");
      HikariConfig cfg = new HikariConfig();
      cfg.setJdbcUrl(url);
      cfg.setMaximumPoolSize(4);
      cfg.setMinimumIdle(4);
      cfg.setConnectionTimeout(10_000);
      cfg.setPoolName("tck-" + System.nanoTime());
      try (HikariDataSource ds = new HikariDataSource(cfg)) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
          List<Future<Integer>> done = new ArrayList<>();
          for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
              int found = 0;
              for (int i = 0; i < 50; i++) {
                int id = thread * 1000 + i;
                try (Connection c = ds.getConnection()) {
                  try (PreparedStatement ins = c.prepareStatement("INSERT INTO pool_kv VALUES (?, ?)")) {
                    ins.setInt(1, id);
                    ins.setString(2, "v" + id);
                    assertEquals(1, ins.executeUpdate());
                  }
                  try (PreparedStatement sel = c.prepareStatement("SELECT v FROM pool_kv WHERE id = ?")) {
                    sel.setInt(1, id);
                    try (ResultSet rs = sel.executeQuery()) {
                      assertTrue(rs.next());
                      assertEquals("v" + id, rs.getString(1));
                      found++;
                    }
                  }
                }
              }
              return found;
            }));
          }
          int total = 0;
          for (Future<Integer> f : done) {
            total += f.get(60, TimeUnit.SECONDS);
          }
          assertEquals(200, total);
        } finally {
          pool.shutdownNow();
        }
        // Hikari tops the pool up to minimumIdle in the background: wait for it, bounded.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ds.getHikariPoolMXBean().getTotalConnections() < 4 && System.nanoTime() < until) {
          Thread.sleep(20);
        }
        assertEquals(4, ds.getHikariPoolMXBean().getTotalConnections());
      }
      assertEquals(200L, Tck.count(keep, "pool_kv"));
    }
  }

  @Test
  void fetchSizeStreamsAllRowsInKeyOrder() throws Exception {
    try (Connection c = Tck.open(Tck.memUrl("fetch"))) {
      exec(c, "CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT)");
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO big VALUES (?, ?)")) {
        // inserted out of order: the scan must return key order
        for (int i = 0; i < 10_000; i++) {
          int id = (int) ((i * 7919L) % 10_000);
          ps.setInt(1, id);
          ps.setString(2, "r" + id);
          ps.addBatch();
          if (i % 1000 == 999) {
            ps.executeBatch();
          }
        }
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.setFetchSize(10);
        assertEquals(10, s.getFetchSize());
        try (ResultSet rs = s.executeQuery("SELECT id, v FROM big")) {
          int expected = 0;
          while (rs.next()) {
            assertEquals(expected, rs.getInt(1));
            assertEquals("r" + expected, rs.getString(2));
            expected++;
          }
          assertEquals(10_000, expected);
        }
      }
    }
  }

  @Test
  void fileDatabaseSurvivesCloseAndReopen() throws Exception {
    Path dir = tmp.resolve("durable");
    String url = "jdbc:sochdb:" + dir.toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url)) {
      exec(c, "CREATE TABLE d (id INTEGER PRIMARY KEY, v TEXT NOT NULL, n DOUBLE)",
          "CREATE INDEX d_v ON d (v)");
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO d VALUES (?, ?, ?)")) {
        for (int i = 1; i <= 500; i++) {
          ps.setInt(1, i);
          ps.setString(2, "v" + (i % 10));
          ps.setDouble(3, i / 4.0);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      assertEquals(1, update(c, "DELETE FROM d WHERE id = 500"));
      c.commit();
      assertEquals(1, update(c, "UPDATE d SET v = 'lost' WHERE id = 1"));
      c.rollback();
      c.setAutoCommit(true);
      assertEquals(1, update(c, "UPDATE d SET v = 'kept' WHERE id = 2"));
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertEquals(499L, Tck.count(c, "d"));
      assertEquals(list("1|v1|0.25", "2|kept|0.5", "499|v9|124.75"),
          strings(c, "SELECT id, v, n FROM d WHERE id IN (1, 2, 499) ORDER BY id"));
      assertEquals(list("50"), strings(c, "SELECT COUNT(*) FROM d WHERE v = 'v3'"));
      assertEquals(1, update(c, "INSERT INTO d VALUES (1000, 'again', 0)"));
      Tck.expect(java.sql.SQLIntegrityConstraintViolationException.class, "23505",
          () -> update(c, "INSERT INTO d VALUES (3, 'dup', 0)"));
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertEquals(500L, Tck.count(c, "d"));
    }
  }
}
