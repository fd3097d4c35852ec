package org.sochdb.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sochdb.client.KeyValue;
import org.sochdb.client.KeyValueStore;
import org.sochdb.client.KvScan;
import org.sochdb.client.Namespace;
import org.sochdb.client.SochDB;
import org.sochdb.client.Transaction;
import org.sochdb.jdbc.errors.DatabaseLockedException;
import org.sochdb.jdbc.errors.NamespaceExistsException;
import org.sochdb.jdbc.errors.NamespaceNotFoundException;
import org.sochdb.toon.ToonTable;

/**
 * The Python SDK guide's examples (Quick Start, Key-Value Operations, Path API, Prefix Scanning,
 * Transactions, Query Builder, TOON Format, Batched Scanning, Statistics & Monitoring, Manual
 * Checkpoint, Transaction Advanced, Error Handling, Namespaces, Complete Example 1) rewritten in
 * Java on {@link SochDB}, printing what the guide prints.
 */
class ClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private SochDB db;
  private final StringBuilder out = new StringBuilder();

  @BeforeEach
  void open() throws Exception {
    db = SochDB.open(Tck.memUrl("client"));
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  private static byte[] b(String s) {
    return s.getBytes(UTF_8);
  }

  private static String s(byte[] b) {
    return new String(b, UTF_8);
  }

  private void println(String line) {
    out.append(line).append('\n');
  }

  private void assertPrinted(String expected) {
    assertEquals(expected, out.toString());
    out.setLength(0);
  }

  @Test
  void quickStart(@TempDir Path dir) throws Exception {
    String path = dir.resolve("my_database").toString();
    try (SochDB d = SochDB.open(path)) {
      assertEquals("jdbc:sochdb:" + path, d.url(), "a bare path is an embedded file database");
      d.put(b("user:123"), b("{\"name\":\"Alice\",\"age\":30}"));
      byte[] value = d.get(b("user:123"));
      println(s(value));
    }
    assertPrinted("{\"name\":\"Alice\",\"age\":30}\n");
    try (SochDB d = SochDB.open(path)) {
      assertEquals("{\"name\":\"Alice\",\"age\":30}", s(d.get(b("user:123"))), "it was on disk");
    }
  }

  @Test
  void keyValueBasicAndJson() throws Exception {
    db.put(b("key"), b("value"));
    byte[] value = db.get(b("key"));
    println(value != null ? s(value) : "Key not found");
    assertTrue(db.delete(b("key")));
    value = db.get(b("key"));
    println(value != null ? s(value) : "Key not found");
    assertPrinted("value\nKey not found\n");
    assertFalse(db.delete(b("key")), "nothing left to delete");

    Map<String, Object> user = Map.of("name", "Alice", "email", "alice@example.com", "age", 30);
    db.put(b("users/alice"), JSON.writeValueAsBytes(user));
    value = db.get(b("users/alice"));
    if (value != null) {
      JsonNode u = JSON.readTree(value);
      println("Name: " + u.get("name").asText() + ", Age: " + u.get("age").asInt());
    }
    assertPrinted("Name: Alice, Age: 30\n");

    byte[] binary = {0, (byte) 0xFF, 0, 1, (byte) 0x80};
    db.put(binary, binary);
    assertArrayEquals(binary, db.get(binary), "binary-safe keys and values");
    assertNull(db.get(new byte[] {0, (byte) 0xFF}));
  }

  @Test
  void pathApi() throws Exception {
    db.putPath("users/alice/email", b("alice@example.com"));
    db.putPath("users/alice/age", b("30"));
    db.putPath("users/alice/settings/theme", b("dark"));
    byte[] email = db.getPath("users/alice/email");
    println("Alice's email: " + s(email));
    assertPrinted("Alice's email: alice@example.com\n");
    assertEquals("dark", s(db.get(b("users/alice/settings/theme"))), "a path is a UTF-8 key");
    assertTrue(db.deletePath("users/alice/age"));
    assertNull(db.getPath("users/alice/age"));
    assertEquals(List.of("users/alice/email", "users/alice/settings/theme"),
        db.scanPrefix(b("users/alice/")).stream().map(KeyValue::keyString).toList());
  }

  @Test
  void prefixScanning() throws Exception {
    db.put(b("tenants/acme/users/1"), b("{\"name\":\"Alice\"}"));
    db.put(b("tenants/acme/users/2"), b("{\"name\":\"Bob\"}"));
    db.put(b("tenants/acme/orders/1"), b("{\"total\":100}"));
    db.put(b("tenants/globex/users/1"), b("{\"name\":\"Charlie\"}"));

    List<KeyValue> results = db.scan(b("tenants/acme/"), b("tenants/acme;")).toList();
    println("ACME Corp has " + results.size() + " items:");
    for (KeyValue kv : results) {
      println("  " + s(kv.key()) + ": " + s(kv.value()));
    }
    assertPrinted("""
        ACME Corp has 3 items:
          tenants/acme/orders/1: {"total":100}
          tenants/acme/users/1: {"name":"Alice"}
          tenants/acme/users/2: {"name":"Bob"}
        """);
    assertEquals(results, db.scanPrefix(b("tenants/acme/")).toList(), "scanPrefix is the same range");
    try (KvScan all = db.scan(null, null)) {
      assertEquals(4, all.count());
    }
  }

  @Test
  void transactions() throws Exception {
    // Automatic: commits when the work returns, rolls back when it throws.
    db.inTransaction(txn -> {
      txn.put(b("account:1:balance"), b("1000"));
      txn.put(b("account:2:balance"), b("500"));
    });
    println("✅ Transaction committed");
    assertPrinted("✅ Transaction committed\n");
    assertEquals("1000", s(db.get(b("account:1:balance"))));
    assertThrows(IllegalStateException.class, () -> db.inTransaction(txn -> {
      txn.put(b("account:1:balance"), b("0"));
      throw new IllegalStateException("boom");
    }));
    assertEquals("1000", s(db.get(b("account:1:balance"))), "aborted on exception");

    // Manual control.
    try (Transaction txn = db.transaction()) {
      txn.put(b("key1"), b("value1"));
      txn.put(b("key2"), b("value2"));
      for (KeyValue kv : txn.scan(b("key"), b("key~"))) {
        println(s(kv.key()) + ": " + s(kv.value()));
      }
      assertNull(db.get(b("key1")), "not visible outside before commit");
      txn.commit();
      println("✅ Transaction committed");
    }
    assertPrinted("key1: value1\nkey2: value2\n✅ Transaction committed\n");
    assertEquals("value2", s(db.get(b("key2"))));

    try (Transaction txn = db.transaction()) {
      txn.put(b("key3"), b("value3"));
    } // closed without commit: rolled back
    assertNull(db.get(b("key3")));
  }

  @Test
  void queryBuilder() throws Exception {
    db.put(b("products/laptop"), b("{\"name\":\"Laptop\",\"price\":999,\"stock\":5}"));
    db.put(b("products/mouse"), b("{\"name\":\"Mouse\",\"price\":25,\"stock\":20}"));

    List<KeyValue> results = db.kvQuery("products/").select("name", "price").limit(10).toList();
    for (KeyValue kv : results) {
      println(s(kv.key()) + ": " + s(kv.value()));
    }
    assertPrinted("""
        products/laptop: result[1]{name,price}:Laptop,999
        products/mouse: result[1]{name,price}:Mouse,25
        """);
    assertEquals(1, db.kvQuery("products/").select("name").limit(1).toList().size());

    // The same in SQL: kv_query lists the entries, toon writes each one's fields.
    List<Map<String, Object>> rows = db.query("SELECT key, toon('result', 'SELECT name, price FROM "
        + "TABLE(kv_query(''' || key || ''', ''name, price INTEGER'', 1))') AS v "
        + "FROM TABLE(kv_query('products/', 'name', 10))");
    for (Map<String, Object> row : rows) {
      println(row.get("key") + ": " + row.get("v"));
    }
    assertPrinted("""
        products/laptop: result[1]{name,price}:Laptop,999
        products/mouse: result[1]{name,price}:Mouse,25
        """);
    assertEquals(List.of(Map.of("name", "Laptop", "price", "999"), Map.of("name", "Mouse", "price", "25")),
        db.query("SELECT name, price FROM TABLE(kv_query('products/', 'name, price', 10))"));
    assertEquals("result[2]{name,price}:Laptop,999;Mouse,25", db.query("SELECT toon('result', 'SELECT name, price "
        + "FROM TABLE(kv_query(''products/'', ''name, price INTEGER'', 10))') AS t").get(0).get("t"));
  }

  @Test
  void toonFormat() throws Exception {
    List<Map<String, Object>> records = List.of(
        Map.of("id", 1, "name", "Alice", "email", "alice@example.com"),
        Map.of("id", 2, "name", "Bob", "email", "bob@example.com"));
    String toon = SochDB.toToon("users", records, List.of("name", "email"));
    println(toon);
    assertPrinted("users[2]{name,email}:Alice,alice@example.com;Bob,bob@example.com\n");

    ToonTable table = SochDB.fromToon(toon);
    assertEquals("users", table.name());
    assertEquals(List.of("name", "email"), table.fields());
    assertEquals(List.of(Map.of("name", "Alice", "email", "alice@example.com"),
        Map.of("name", "Bob", "email", "bob@example.com")), table.rows());
    assertEquals(List.of(Map.of("name", "Alice", "email", "alice@example.com"),
        Map.of("name", "Bob", "email", "bob@example.com")),
        db.query("SELECT * FROM TABLE(from_toon('" + toon + "'))"), "and in SQL");
  }

  @Test
  void batchedScanning() throws Exception {
    db.inTransaction(txn -> {
      for (int i = 0; i < 10000; i++) {
        txn.put(b(String.format("item:%05d", i)), b("value:" + i));
      }
    });
    long count;
    try (Transaction txn = db.transaction()) {
      count = txn.scan(b("item:"), b("item;")).count();
      txn.abort();
    }
    println("Regular scan: " + count + " items");
    try (Transaction txn = db.transaction()) {
      List<String> keys = new ArrayList<>();
      try (KvScan scan = txn.scanBatched(b("item:"), b("item;"), 1000)) {
        for (KeyValue kv : scan) {
          keys.add(kv.keyString());
        }
      }
      txn.abort();
      println("Batched scan: " + keys.size() + " items (much faster!)");
      for (int i = 0; i < keys.size(); i++) {
        assertEquals(String.format("item:%05d", i), keys.get(i));
      }
    }
    assertPrinted("Regular scan: 10000 items\nBatched scan: 10000 items (much faster!)\n");
  }

  /** keys_count counts every stored key, the catalog's included: 1000 puts add exactly 1000. */
  @Test
  void statisticsAndMonitoring() throws Exception {
    long before = db.stats().get("keys_count");
    for (int i = 0; i < 1000; i++) {
      db.put(b("key:" + i), b("value:" + i));
    }
    Map<String, Long> stats = db.stats();
    assertEquals(List.of("keys_count", "bytes_written", "bytes_read", "transactions_committed",
        "transactions_aborted", "cache_hits", "cache_misses", "wal_lsn", "background_failures"),
        List.copyOf(stats.keySet()));
    assertEquals(before + 1000, stats.get("keys_count"));
    assertTrue(stats.get("transactions_committed") >= 1000);
    long hits = stats.get("cache_hits");
    long misses = stats.get("cache_misses");
    double hitRate = hits + misses > 0 ? hits * 100.0 / (hits + misses) : 0;
    println(String.format("Keys: %,d", stats.get("keys_count") - before));
    println(String.format("Cache hit rate: %.1f%%", hitRate));
    assertTrue(out.toString().startsWith("Keys: 1,000\nCache hit rate: "), out.toString());
  }

  @Test
  void manualCheckpoint(@TempDir Path dir) throws Exception {
    try (SochDB d = SochDB.open(dir.resolve("my_db").toString())) {
      println("Importing 10K records...");
      d.inTransaction(txn -> {
        for (int i = 0; i < 10000; i++) {
          txn.put(b("bulk:" + i), b("data:" + i));
        }
      });
      long lsn = d.checkpoint();
      assertTrue(lsn > 0);
      println("Checkpoint complete at LSN " + lsn);
      println("All data is durable on disk!");
      assertPrinted("Importing 10K records...\nCheckpoint complete at LSN " + lsn + "\nAll data is durable on disk!\n");
      assertEquals(lsn, d.stats().get("wal_lsn"));
    }
  }

  @Test
  void transactionAdvanced() throws Exception {
    db.update("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)");
    long lsn;
    try (Transaction txn = db.transaction()) {
      long id = txn.id();
      assertTrue(id > 0);
      assertEquals(id, txn.id(), "stable while the transaction lasts");
      txn.put(b("key"), b("value"));
      lsn = txn.commit();
      assertTrue(lsn > 0);
      assertThrows(IllegalStateException.class, () -> txn.put(b("k"), b("v")), "committed is final");
    }
    try (Transaction txn2 = db.transaction()) {
      txn2.execute("INSERT INTO users VALUES (1, 'Alice')");
      txn2.put(b("user:1:metadata"), b("{\"verified\": true}"));
      long lsn2 = txn2.commit(); // atomic SQL + KV
      assertTrue(lsn2 > lsn, "commit LSNs grow");
    }
    assertEquals(List.of(Map.of("id", 1, "name", "Alice")), db.query("SELECT * FROM users"));
    assertEquals("{\"verified\": true}", s(db.get(b("user:1:metadata"))));

    // Both or neither: a rollback takes back the SQL row and the KV entry together ...
    try (Transaction txn3 = db.transaction()) {
      txn3.execute("INSERT INTO users VALUES (2, 'Bob')");
      txn3.put(b("user:2:metadata"), b("{}"));
      assertEquals(2, txn3.query("SELECT COUNT(*) AS n FROM users").get(0).get("n") instanceof Number n
          ? n.intValue() : -1, "seen inside");
      txn3.rollback();
    }
    assertEquals(1, db.query("SELECT * FROM users").size());
    assertNull(db.get(b("user:2:metadata")));
    // ... and so does a failing statement that ends the work.
    assertThrows(SQLIntegrityConstraintViolationException.class, () -> db.inTransaction(txn4 -> {
      txn4.put(b("user:1:metadata"), b("overwritten"));
      txn4.execute("INSERT INTO users VALUES (1, 'Alice again')");
    }));
    assertEquals("{\"verified\": true}", s(db.get(b("user:1:metadata"))));
    try (Transaction a = db.transaction(); Transaction c = db.transaction()) {
      assertNotEquals(a.id(), c.id(), "each transaction has its own id");
    }
  }

  @Test
  void namespaces() throws Exception {
    Namespace ns = db.createNamespace("tenant_123", "Acme Corp", Map.of("tier", "enterprise"));
    assertEquals("tenant_123", ns.name());
    assertEquals("Acme Corp", ns.displayName());
    assertEquals(Map.of("tier", "enterprise"), ns.labels());
    ns = db.namespace("tenant_123");
    assertEquals("Acme Corp", ns.displayName());
    assertTrue(ns.createdAt() != null);
    ns.put(b("doc:1"), b("in tenant"));
    assertNull(db.get(b("doc:1")), "namespaces are isolated");
    assertEquals("in tenant", s(db.namespace("TENANT_123").get(b("doc:1"))), "names match ignoring case");
    try (Transaction tx = db.transaction()) {
      KeyValueStore t = tx.namespace("tenant_123");
      t.put(b("doc:2"), b("two"));
      assertEquals(2, t.scanPrefix(b("doc:")).count());
      tx.commit();
    }
    assertEquals(List.of("doc:1", "doc:2"), ns.scanPrefix(b("doc:")).stream().map(KeyValue::keyString).toList());
    assertEquals(List.of("PUBLIC", "tenant_123"), db.listNamespaces());
    assertEquals(List.of(Map.of("n", 2L)), db.query("SELECT COUNT(*) AS n FROM tenant_123.kv"), "kv in SQL");

    assertThrows(UnsupportedOperationException.class, () -> db.queue("tasks"));
    assertThrows(UnsupportedOperationException.class, () -> db.graph());

    db.deleteNamespace("tenant_123");
    assertEquals(List.of("PUBLIC"), db.listNamespaces());
    assertThrows(NamespaceNotFoundException.class, () -> db.namespace("tenant_123"));
    assertEquals(0, db.createNamespace("tenant_123").scan(null, null).count(), "re-created empty");
  }

  @Test
  void errorHandling() throws Exception {
    NamespaceNotFoundException missing = assertThrows(NamespaceNotFoundException.class,
        () -> db.namespace("tenant_999"));
    assertEquals("3F000", missing.getSQLState());
    Namespace ns = db.createNamespace("tenant_999"); // what the guide's "create if not exists" branch does
    assertEquals("tenant_999", ns.name());
    assertEquals("tenant_999", db.namespace("tenant_999").name());

    db.createNamespace("tenant_123");
    try {
      db.createNamespace("tenant_123");
    } catch (NamespaceExistsException e) {
      println("Namespace already exists");
    }
    assertPrinted("Namespace already exists\n");
    assertThrows(NamespaceNotFoundException.class, () -> db.deleteNamespace("tenant_nope"));
    assertThrows(NamespaceNotFoundException.class, () -> db.transaction().namespace("tenant_nope"));
  }

  @Test
  void databaseLockedByAnotherProcess(@TempDir Path dir) throws Exception {
    String path = dir.resolve("shared_db").toString();
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        ClientLockHolder.class.getName(), path).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (BufferedReader childOut = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
      assertEquals("open", childOut.readLine());
      DatabaseLockedException e = assertThrows(DatabaseLockedException.class, () -> SochDB.open(path));
      assertEquals(child.pid(), e.getHolderPid());
      assertEquals("55006", e.getSQLState());
      assertTrue(e.getMessage().contains(String.valueOf(child.pid())), e.getMessage());
      child.getOutputStream().close(); // the holder exits and lets go
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    try (SochDB d = SochDB.open(path)) {
      assertEquals(String.valueOf(child.pid()), s(d.getPath("held/by")));
    }
  }

  @Test
  void completeExampleMultiTenantSaas() throws Exception {
    db.execute("""
        CREATE TABLE IF NOT EXISTS tenants (
            id INTEGER PRIMARY KEY,
            name TEXT,
            created_at TEXT
        )
        """);
    db.execute("INSERT INTO tenants VALUES (1, 'ACME Corp', '2026-01-01')");
    db.execute("INSERT INTO tenants VALUES (2, 'Globex Inc', '2026-01-01')");

    db.put(b("tenants/1/users/alice"), b("{\"role\":\"admin\",\"email\":\"alice@acme.com\"}"));
    db.put(b("tenants/1/users/bob"), b("{\"role\":\"user\",\"email\":\"bob@acme.com\"}"));
    db.put(b("tenants/2/users/charlie"), b("{\"role\":\"admin\",\"email\":\"charlie@globex.com\"}"));

    List<Map<String, Object>> tenants = db.executeSql("SELECT * FROM tenants ORDER BY name");
    for (Map<String, Object> tenant : tenants) {
      Object tenantId = tenant.get("id");
      Object tenantName = tenant.get("name");
      byte[] prefix = b("tenants/" + tenantId + "/");
      byte[] end = b("tenants/" + tenantId + ";");
      List<KeyValue> users = db.scan(prefix, end).toList();
      println("\n" + tenantName + " (" + users.size() + " users):");
      for (KeyValue kv : users) {
        JsonNode userData = JSON.readTree(kv.value());
        println("  " + s(kv.key()) + ": " + userData.get("email").asText() + " (" + userData.get("role").asText() + ")");
      }
    }
    assertPrinted("""

        ACME Corp (2 users):
          tenants/1/users/alice: alice@acme.com (admin)
          tenants/1/users/bob: bob@acme.com (user)

        Globex Inc (1 users):
          tenants/2/users/charlie: charlie@globex.com (admin)
        """);
  }

  @Test
  void clientErrorsAreTheDriversSqlExceptions() throws Exception {
    SQLException e = assertThrows(SQLException.class, () -> db.query("SELECT * FROM nosuch"));
    assertEquals("42S02", e.getSQLState());
    assertThrows(SQLIntegrityConstraintViolationException.class, () -> {
      db.update("CREATE TABLE t (id INTEGER PRIMARY KEY)");
      db.update("INSERT INTO t VALUES (1)");
      db.update("INSERT INTO t VALUES (1)");
    });
    db.close();
    assertThrows(SQLException.class, () -> db.get(b("k")));
    assertThrows(SQLException.class, () -> db.transaction());
  }
}
