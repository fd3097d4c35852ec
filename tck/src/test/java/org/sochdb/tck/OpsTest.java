package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sochdb.jdbc.errors.NamespaceNotFoundException;
import org.sochdb.jdbc.errors.ValidationException;

/**
 * Operations SQL: {@code checkpoint()}, {@code sys.stats} under
 * concurrent commits, the client's transaction facts, {@code kv_query}, {@code toon},
 * {@code from_toon}, function modules plugged in through the SPI, and connection options
 * refused by name.
 */
class OpsTest {
  private String url;
  private Connection c;

  @BeforeEach
  void open() throws Exception {
    url = Tck.memUrl("ops");
    c = Tck.open(url);
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  private static long longOf(Connection conn, String sql) throws SQLException {
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getLong(1);
    }
  }

  private static Map<String, Long> stats(Connection conn) throws SQLException {
    Map<String, Long> m = new LinkedHashMap<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM sys.stats")) {
      assertTrue(rs.next());
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        m.put(rs.getMetaData().getColumnLabel(i), rs.getLong(i));
      }
      assertFalse(rs.next(), "sys.stats has one row");
    }
    return m;
  }

  private static void put(Connection conn, String key, String json) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("UPSERT INTO kv VALUES (to_utf8(?), to_utf8(?))")) {
      ps.setString(1, key);
      ps.setString(2, json);
      ps.executeUpdate();
    }
  }

  // ------------------------------------------------------------------------------ checkpoint()

  @Test
  void checkpointReturnsTheLsnEveryTimeItRuns() throws Exception {
    exec(c, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
    try (PreparedStatement cp = c.prepareStatement("SELECT checkpoint()")) {
      ResultSet rs = cp.executeQuery();
      assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(1));
      assertTrue(rs.next());
      long first = rs.getLong(1);
      rs.close();
      assertEquals(longOf(c, "SELECT wal_lsn FROM sys.stats"), first, "everything committed is in");
      exec(c, "INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)");
      rs = cp.executeQuery();
      assertTrue(rs.next());
      assertEquals(first + 2, rs.getLong(1), "the same prepared statement runs the checkpoint again");
      rs.close();
    }
  }

  @Test
  void checkpointOfAFileDatabaseKeepsItsData(@TempDir Path dir) throws Exception {
    String file = "jdbc:sochdb:" + dir.resolve("db") + ";sync_mode=off";
    try (Connection f = Tck.open(file)) {
      exec(f, "CREATE TABLE t (id INTEGER PRIMARY KEY)", "INSERT INTO t VALUES (7)");
      assertTrue(longOf(f, "SELECT checkpoint()") > 0);
      assertEquals(longOf(f, "SELECT checkpoint()"), longOf(f, "SELECT wal_lsn FROM sys.stats"));
    }
    try (Connection f = Tck.open(file)) {
      assertEquals(list("7"), strings(f, "SELECT id FROM t"));
    }
  }

  // ------------------------------------------------------------------------------- sys.stats

  @Test
  void statsHasTheSurfaceColumns() throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM sys.stats")) {
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(list("keys_count", "bytes_written", "bytes_read", "transactions_committed",
          "transactions_aborted", "cache_hits", "cache_misses", "wal_lsn", "background_failures"),
          Tck.labels(rs));
      for (int i = 1; i <= md.getColumnCount(); i++) {
        assertEquals(Types.BIGINT, md.getColumnType(i), md.getColumnLabel(i));
      }
    }
    assertEquals(list("1"), strings(c, "SELECT COUNT(*) FROM SYS.STATS WHERE keys_count > 0"), "names ignore case");
  }

  /** 4 threads, each on its own connection, commit 50 times: the counters move by exactly 200. */
  @Test
  void statsCountConcurrentCommitsExactly() throws Exception {
    exec(c, "CREATE TABLE t (id INTEGER PRIMARY KEY, who INTEGER)");
    int threads = 4;
    int commits = 50;
    Map<String, Long> before = stats(c);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int who = t;
        done.add(pool.submit(() -> {
          try (Connection w = Tck.open(url);
              PreparedStatement ps = w.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
            for (int i = 0; i < commits; i++) {
              ps.setInt(1, who * 1000 + i);
              ps.setInt(2, who);
              assertEquals(1, ps.executeUpdate());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    Map<String, Long> after = stats(c);
    long n = (long) threads * commits;
    assertEquals(before.get("transactions_committed") + n, after.get("transactions_committed"));
    assertEquals(before.get("keys_count") + n, after.get("keys_count"));
    assertEquals(before.get("wal_lsn") + n, after.get("wal_lsn"), "one LSN per commit");
    assertEquals(before.get("transactions_aborted"), after.get("transactions_aborted"));

    c.setAutoCommit(false);
    exec(c, "INSERT INTO t VALUES (-1, -1)");
    c.rollback();
    c.setAutoCommit(true);
    assertEquals(before.get("transactions_aborted") + 1, stats(c).get("transactions_aborted"));
    assertEquals(list(String.valueOf(n)), strings(c, "SELECT COUNT(*) FROM t"));
  }

  // ------------------------------------------------------------------ txid(), last_commit_lsn()

  @Test
  void transactionIdAndCommitLsn() throws Exception {
    exec(c, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
    assertEquals(list("null"), strings(c, "SELECT txid()"), "no transaction under auto-commit");
    exec(c, "INSERT INTO t VALUES (1)");
    long autoLsn = longOf(c, "SELECT last_commit_lsn()");
    assertEquals(longOf(c, "SELECT wal_lsn FROM sys.stats"), autoLsn, "an auto-committed statement's commit");

    c.setAutoCommit(false);
    long id = longOf(c, "SELECT txid()");
    exec(c, "INSERT INTO t VALUES (2)");
    assertEquals(id, longOf(c, "SELECT txid()"), "one transaction until commit");
    c.commit();
    long lsn = longOf(c, "SELECT last_commit_lsn()");
    assertEquals(autoLsn + 1, lsn);
    assertNotEquals(id, longOf(c, "SELECT txid()"), "the next statement begins the next transaction");
    c.rollback();
    try (Connection fresh = Tck.open(url)) {
      assertEquals(list("null"), strings(fresh, "SELECT last_commit_lsn()"), "per connection");
    }
  }

  // -------------------------------------------------------------------------------- kv_query

  @Test
  void kvQueryReturnsJsonFieldsAsColumns() throws Exception {
    put(c, "products/laptop", "{\"name\":\"Laptop\",\"price\":999,\"stock\":5,\"dims\":{\"w\":30}}");
    put(c, "products/mouse", "{\"name\":\"Mouse\",\"price\":25.5,\"stock\":20,\"tags\":[\"usb\"]}");
    put(c, "products/raw", "not json");
    put(c, "productsX/other", "{\"name\":\"Other\"}");

    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM TABLE(kv_query('products/', 'name,price', 10))")) {
      assertEquals(list("key", "name", "price"), Tck.labels(rs));
      for (int i = 1; i <= 3; i++) {
        assertEquals(Types.VARCHAR, rs.getMetaData().getColumnType(i));
      }
      assertEquals(list("products/laptop|Laptop|999", "products/mouse|Mouse|25.5", "products/raw|null|null"),
          Tck.strings(rs));
    }
    assertEquals(list("products/laptop|Laptop|999"),
        strings(c, "SELECT * FROM TABLE(kv_query('products/', 'name, price', 1))"), "max_rows");
    assertEquals(list("products/laptop|30|null|5", "products/mouse|null|[\"usb\"]|20", "products/raw|null|null|null"),
        strings(c, "SELECT * FROM TABLE(kv_query('products/', 'dims.w, tags, stock BIGINT'))"),
        "nested members, arrays as JSON, typed columns; no limit");
    assertEquals(list("Laptop|1998"), strings(c, "SELECT name, price * 2 FROM TABLE(kv_query('products/', "
        + "'name, price INTEGER', 1))"), "declared types compute");
    expect(SQLDataException.class, "22018",
        () -> strings(c, "SELECT * FROM TABLE(kv_query('products/', 'price INTEGER'))"));
    expect(SQLException.class, "42000", () -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM TABLE(kv_query('products/', ?, 10))")) {
        ps.setString(1, "name");
        ps.executeQuery();
      }
    });
    try (PreparedStatement ps = c.prepareStatement("SELECT key FROM TABLE(kv_query(?, 'name', 10))")) {
      ps.setString(1, "productsX/");
      assertEquals(list("productsX/other"), Tck.strings(ps.executeQuery()), "the prefix may be a parameter");
    }
    exec(c, "CREATE SCHEMA shop");
    exec(c, "INSERT INTO shop.kv VALUES (to_utf8('products/p'), to_utf8('{\"name\":\"InShop\"}'))");
    assertEquals(list("products/p|InShop"), strings(c, "SELECT * FROM TABLE(kv_query('products/', 'name', 10, 'shop'))"));
    expect(NamespaceNotFoundException.class, "3F000",
        () -> strings(c, "SELECT * FROM TABLE(kv_query('products/', 'name', 10, 'nope'))"));
  }

  // ------------------------------------------------------------------------- toon, from_toon

  @Test
  void toonEncodesAQueryInTheCallersTransaction() throws Exception {
    exec(c, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT)",
        "INSERT INTO users VALUES (1, 'Alice', 'alice@example.com'), (2, 'Bob', 'bob@example.com')");
    String toon = "SELECT toon('users', 'SELECT name, email FROM users ORDER BY id')";
    assertEquals(list("users[2]{name,email}:Alice,alice@example.com;Bob,bob@example.com"), strings(c, toon));
    assertEquals(list("users[2]{name,email}:\n  Alice,alice@example.com\n  Bob,bob@example.com"),
        strings(c, "SELECT toon('users', 'SELECT name, email FROM users ORDER BY id', 'spec')"));

    c.setAutoCommit(false);
    exec(c, "INSERT INTO users VALUES (3, 'Carol', 'carol@example.com')");
    assertEquals(list("users[3]{name,email}:Alice,alice@example.com;Bob,bob@example.com;Carol,carol@example.com"),
        strings(c, toon), "sees its own uncommitted row");
    try (Connection other = Tck.open(url)) {
      assertEquals(list("users[2]{name,email}:Alice,alice@example.com;Bob,bob@example.com"), strings(other, toon));
    }
    c.rollback();
    c.setAutoCommit(true);

    put(c, "products/laptop", "{\"name\":\"Laptop\",\"price\":999}");
    put(c, "products/mouse", "{\"name\":\"Mouse\",\"price\":25}");
    assertEquals(list("result[2]{name,price}:Laptop,999;Mouse,25"), strings(c,
        "SELECT toon('result', 'SELECT name, price FROM TABLE(kv_query(''products/'', ''name, price INTEGER'', 10))')"));
    expect(SQLException.class, "42000", () -> strings(c, "SELECT toon('x', 'DELETE FROM users')"));
    expect(ValidationException.class, "22023", () -> strings(c, "SELECT toon('x', 'SELECT 1', 'yaml')"));
    expect(SQLSyntaxErrorException.class, "42S02", () -> strings(c, "SELECT toon('x', 'SELECT * FROM nosuch')"));
  }

  @Test
  void fromToonReadsRowsBack() throws Exception {
    String text = "users[2]{name,email}:Alice,alice@example.com;Bob,bob@example.com";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM TABLE(from_toon('" + text + "'))")) {
      assertEquals(list("name", "email"), Tck.labels(rs));
      assertEquals(Types.VARCHAR, rs.getMetaData().getColumnType(1));
      assertEquals(list("Alice|alice@example.com", "Bob|bob@example.com"), Tck.strings(rs));
    }
    assertEquals(list("Bob"), strings(c, "SELECT name FROM TABLE(from_toon('" + text + "')) WHERE email LIKE 'bob%'"));
    assertEquals(list("1|true|null|2.5"), strings(c,
        "SELECT * FROM TABLE(from_toon('t[1]{a,b,c,d}:1,true,null,2.5'))"));
    assertEquals(list("x|{\"name\":\"Ann\",\"country\":\"NO\"}"), strings(c,
        "SELECT * FROM TABLE(from_toon('orders[1]{id,customer{name,country}}:x,Ann,NO'))"));
    assertEquals(list("A", "B"), strings(c, "SELECT n FROM TABLE(from_toon('t[2]{n}:A;B'))"));
    assertEquals(list(text), strings(c, "SELECT toon('users', 'SELECT * FROM TABLE(from_toon(''" + text + "''))')"),
        "round trip");
    expect(SQLDataException.class, "22P02", () -> strings(c, "SELECT * FROM TABLE(from_toon('t[3]{a}:1;2'))"));
    expect(SQLException.class, "42000", () -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM TABLE(from_toon(?))")) {
        ps.setString(1, text);
        ps.executeQuery();
      }
    });
  }

  // ------------------------------------------------------------------------ sys.namespaces

  @Test
  void namespacesCarryDisplayNamesAndLabels() throws Exception {
    exec(c, "CREATE SCHEMA tenant_123");
    assertEquals(list("PUBLIC|PUBLIC|{}", "tenant_123|tenant_123|{}"),
        strings(c, "SELECT name, display_name, labels FROM sys.namespaces"));
    assertEquals(list("true"), strings(c,
        "SELECT namespace_set_info('tenant_123', 'Acme Corp', '{\"tier\":\"enterprise\"}')"));
    assertEquals(list("tenant_123|Acme Corp|{\"tier\":\"enterprise\"}"),
        strings(c, "SELECT name, display_name, labels FROM sys.namespaces WHERE name <> 'PUBLIC'"));
    assertNotNull(strings(c, "SELECT created_at FROM sys.namespaces").get(0));
    expect(NamespaceNotFoundException.class, "3F000", () -> strings(c, "SELECT namespace_set_info('nope', 'x', '{}')"));
    expect(ValidationException.class, "22023",
        () -> strings(c, "SELECT namespace_set_info('tenant_123', 'x', '[1, 2]')"));
  }

  // ---------------------------------------------------------------------- the function SPI

  @Test
  void functionModulesPlugInThroughTheSpi() throws Exception {
    assertEquals(list("cba|null"), strings(c, "SELECT tck_reverse('abc'), tck_reverse(CAST(NULL AS VARCHAR))"));
    assertEquals(list("1", "2", "3"), strings(c, "SELECT n FROM TABLE(tck_series(3))"));
    assertEquals(list("3", "2", "1"), strings(c, "SELECT n FROM TABLE(tck_series(3)) ORDER BY n DESC"));
    assertEquals(list("true"), strings(c, "SELECT tck_auto_commit()"));
    c.setAutoCommit(false);
    assertEquals(list("false"), strings(c, "SELECT tck_auto_commit()"), "the function sees its own connection");
    c.setAutoCommit(true);
    try (Connection other = Tck.open(Tck.memUrl("ops_other"))) {
      assertEquals(list("ZYX"), strings(other, "SELECT TCK_REVERSE('XYZ')"), "on every connection, any case");
    }
  }

  /** A module's functions read and write in the caller's transaction, through the session the SPI hands them. */
  @Test
  void functionModulesReadAndWriteInTheCallersTransaction() throws Exception {
    try (Connection other = Tck.open(url)) {
      c.setAutoCommit(false);
      assertEquals(list("true"), strings(c, "SELECT tck_put('a', '1')"));
      assertEquals(list("1"), strings(c, "SELECT tck_get('a')"), "the transaction sees its own write");
      assertEquals(list("a"), strings(c, "SELECT k FROM TABLE(tck_keys())"), "a table function too");
      assertEquals(list("null"), strings(other, "SELECT tck_get('a')"), "uncommitted: no one else sees it");
      c.rollback();
      assertEquals(list("null"), strings(c, "SELECT tck_get('a')"), "a rollback takes the write back");
      assertEquals(list(), strings(c, "SELECT k FROM TABLE(tck_keys())"));

      strings(c, "SELECT tck_put('b', '2')");
      c.commit();
      assertEquals(list("2"), strings(other, "SELECT tck_get('b')"), "committed with the transaction");
      c.setAutoCommit(true);
      strings(c, "SELECT tck_put('c', '3')");
      assertEquals(list("b", "c"), strings(other, "SELECT k FROM TABLE(tck_keys()) ORDER BY k"),
          "under auto-commit the statement commits it");
    }
  }

  // ------------------------------------------------------------------- connection options

  /** Each bad option value is refused naming the option, with 22023 (08001 for a bad name or place). */
  @Test
  void badOptionsAreRefusedByName(@TempDir Path dir) throws Exception {
    String mem = "jdbc:sochdb:mem:opts_" + ProcessHandle.current().pid();
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put(";sync_mode=fast", "sync_mode");
    bad.put(";create_if_missing=maybe", "create_if_missing");
    bad.put(";wal_enabled=perhaps", "wal_enabled");
    bad.put(";read_only=2", "read_only");
    bad.put(";cache_mb=0", "cache_mb");
    bad.put(";cache_mb=lots", "cache_mb");
    bad.put(";lock_timeout_ms=-1", "lock_timeout_ms");
    bad.put(";wal_enabled=false;sync_mode=full", "wal_enabled");
    for (Map.Entry<String, String> e : bad.entrySet()) {
      ValidationException v = expect(ValidationException.class, "22023", () -> Tck.open(mem + e.getKey()).close());
      assertTrue(v.getMessage().contains(e.getValue()), e.getKey() + ": " + v.getMessage());
    }
    SQLNonTransientConnectionException unknown = expect(SQLNonTransientConnectionException.class, "08001",
        () -> Tck.open(mem + ";memtable_size_bytes=1024").close());
    assertTrue(unknown.getMessage().contains("memtable_size_bytes") && unknown.getMessage().contains("cache_mb"),
        unknown.getMessage());
    SQLNonTransientConnectionException missing = expect(SQLNonTransientConnectionException.class, "08001",
        () -> Tck.open("jdbc:sochdb:" + dir.resolve("absent") + ";create_if_missing=false").close());
    assertTrue(missing.getMessage().contains("create_if_missing"), missing.getMessage());
    assertFalse(Files.exists(dir.resolve("absent")), "nothing was created");
    java.util.Properties props = new java.util.Properties();
    props.setProperty("sync_mode", "sideways");
    expect(ValidationException.class, "22023", () -> java.sql.DriverManager.getConnection(mem, props).close());

    String good = "jdbc:sochdb:" + dir.resolve("good") + ";create_if_missing=true;sync_mode=normal;cache_mb=8;"
        + "lock_timeout_ms=100";
    try (Connection g = Tck.open(good)) {
      exec(g, "CREATE TABLE t (id INTEGER PRIMARY KEY)", "INSERT INTO t VALUES (1)");
    }
    try (Connection g = Tck.open("jdbc:sochdb:" + dir.resolve("good") + ";read_only=true;create_if_missing=false")) {
      assertEquals(list("1"), strings(g, "SELECT id FROM t"));
      expect(SQLException.class, "25006", () -> exec(g, "INSERT INTO t VALUES (2)"));
    }
    try (Connection g = Tck.open("jdbc:sochdb:" + dir.resolve("nowal") + ";wal_enabled=false;sync_mode=off")) {
      exec(g, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
    }
    try (Stream<Path> files = Files.list(dir.resolve("good"))) {
      assertTrue(files.findAny().isPresent());
    }
  }
}
