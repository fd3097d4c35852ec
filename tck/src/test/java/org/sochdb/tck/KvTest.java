package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in {@code kv (key VARBINARY PRIMARY KEY, value VARBINARY)} table of every namespace
 * through SQL: binary-safe keys, key order, range and prefix predicates
 * planned as key ranges, namespaces, and a 100,000-row scan that streams.
 */
class KvTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private String url;
  private Connection c;

  @BeforeEach
  void open() throws Exception {
    url = Tck.memUrl("kv");
    c = Tck.open(url);
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  private static byte[] hex(String h) {
    return HEX.parseHex(h);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void put(Connection conn, String table, byte[] key, byte[] value) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("UPSERT INTO " + table + " (key, value) VALUES (?, ?)")) {
      ps.setBytes(1, key);
      ps.setBytes(2, value);
      assertEquals(1, ps.executeUpdate());
    }
  }

  /** Every key of a query's first column, in hex, in result order. */
  private static List<String> hexKeys(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    while (rs.next()) {
      out.add(HEX.formatHex(rs.getBytes(1)));
    }
    return out;
  }

  private List<String> hexKeys(String sql, byte[]... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setBytes(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return hexKeys(rs);
      }
    }
  }

  private String explain(String sql) throws SQLException {
    return String.join("\n", strings(c, "EXPLAIN PLAN FOR " + sql));
  }

  @Test
  void tableShape() throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM kv")) {
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(2, md.getColumnCount());
      assertEquals("key", md.getColumnLabel(1));
      assertEquals("value", md.getColumnLabel(2));
      assertEquals(Types.VARBINARY, md.getColumnType(1));
      assertEquals(Types.VARBINARY, md.getColumnType(2));
      assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1));
      assertFalse(rs.next(), "a new database's kv table is empty");
    }
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM kv_text")) {
      assertEquals(list("key", "value"), Tck.labels(rs), "kv_text: kv as UTF-8 text");
      assertEquals(Types.VARCHAR, rs.getMetaData().getColumnType(1));
      assertFalse(rs.next());
    }
  }

  @Test
  void binaryKeysKeepEveryByteAndSortUnsigned() throws Exception {
    String[] keys = {"FF", "00", "", "0000", "00FF", "FFFF", "7F", "80", "FF00", "01"};
    for (String k : keys) {
      put(c, "kv", hex(k), hex("AB" + k + "00FF"));
    }
    List<String> sorted = list("", "00", "0000", "00FF", "01", "7F", "80", "FF", "FF00", "FFFF");
    assertEquals(sorted, hexKeys("SELECT key FROM kv ORDER BY key"), "unsigned byte order, prefixes first");
    assertEquals(sorted, hexKeys("SELECT key, value FROM kv"), "a scan returns rows in key order");
    for (String k : keys) {
      try (PreparedStatement ps = c.prepareStatement("SELECT value FROM kv WHERE key = ?")) {
        ps.setBytes(1, hex(k));
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next(), "key " + k);
          assertArrayEquals(hex("AB" + k + "00FF"), rs.getBytes(1), "value of key " + k);
          assertFalse(rs.next());
        }
      }
    }
    put(c, "kv", hex("00"), hex("01"));
    assertEquals(list("01"), hexKeys("SELECT value FROM kv WHERE key = X'00'"), "UPSERT replaces");
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM kv WHERE key = ?")) {
      ps.setBytes(1, hex("00"));
      assertEquals(1, ps.executeUpdate());
    }
    assertEquals(list("", "0000", "00FF", "01", "7F", "80", "FF", "FF00", "FFFF"),
        hexKeys("SELECT key FROM kv"), "only the exact key is deleted, not its extensions");
    expect(SQLIntegrityConstraintViolationException.class, "23505",
        () -> exec(c, "INSERT INTO kv VALUES (X'FF', X'00')"));
    expect(SQLIntegrityConstraintViolationException.class, "23502",
        () -> exec(c, "INSERT INTO kv VALUES (NULL, X'00')"));
    exec(c, "INSERT INTO kv (key) VALUES (X'ABCD')");
    assertEquals(list("null"), strings(c, "SELECT value FROM kv WHERE key = X'ABCD'"), "a value may be NULL");
  }

  @Test
  void rangePredicatesReadOneKeyRange() throws Exception {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO kv VALUES (?, ?)")) {
      for (int i = 0; i < 256; i++) {
        ps.setBytes(1, new byte[] {(byte) i});
        ps.setBytes(2, new byte[] {(byte) (255 - i)});
        ps.addBatch();
      }
      ps.executeBatch();
    }
    List<String> want = new ArrayList<>();
    for (int i = 0x10; i < 0x20; i++) {
      want.add(String.format("%02X", i));
    }
    String sql = "SELECT key, value FROM kv WHERE key >= X'10' AND key < X'20' ORDER BY key";
    assertEquals(want, hexKeys(sql));
    String plan = explain(sql);
    assertTrue(plan.contains("SochTableScan(table=[[PUBLIC, kv]], index=[PRIMARY KEY], ranges=[[[X'10', X'20')]])"),
        plan);
    assertFalse(plan.contains("Sort"), "rows come in key order: " + plan);

    String withParams = "SELECT key FROM kv WHERE key >= ? AND key < ? ORDER BY key";
    assertEquals(want, hexKeys(withParams, hex("10"), hex("20")));
    assertEquals(list("FE", "FF"), hexKeys(withParams.replace(" AND key < ?", ""), hex("FE")), "open above");
    plan = explain(withParams);
    assertTrue(plan.contains("ranges=[[[?0, ?1)]]"), plan);
    assertEquals(list("00", "01"), hexKeys("SELECT key FROM kv WHERE key <= X'01'"));
    assertTrue(explain("SELECT key FROM kv WHERE key = X'42'").contains("ranges=[[=X'42']]"));
  }

  @Test
  void textPrefixesReadOneKeyRange() throws Exception {
    put(c, "kv", utf8("tenants/acme/users/1"), utf8("{\"name\":\"Alice\"}"));
    put(c, "kv", utf8("tenants/acme/users/2"), utf8("{\"name\":\"Bob\"}"));
    put(c, "kv", utf8("tenants/acme/orders/1"), utf8("{\"total\":100}"));
    put(c, "kv", utf8("tenants/globex/users/1"), utf8("{\"name\":\"Charlie\"}"));
    put(c, "kv", utf8("tenants/acmeX/users/9"), utf8("{}"));
    put(c, "kv", hex("FF01"), hex("FE")); // not UTF-8: kv_text shows U+FFFD, nothing breaks

    List<String> acme = list("tenants/acme/orders/1|{\"total\":100}", "tenants/acme/users/1|{\"name\":\"Alice\"}",
        "tenants/acme/users/2|{\"name\":\"Bob\"}");
    String sql = "SELECT key, value FROM kv_text WHERE key LIKE 'tenants/acme/%'";
    assertEquals(acme, strings(c, sql));
    String plan = explain(sql);
    assertTrue(plan.contains("ranges=[[starts with X'" + HEX.formatHex(utf8("tenants/acme/")) + "'*]]"), plan);
    assertTrue(plan.contains("LIKE"), "the LIKE stays on top of the narrowed scan: " + plan);

    String direct = "SELECT from_utf8(key), from_utf8(value) FROM kv WHERE from_utf8(key) LIKE ?";
    try (PreparedStatement ps = c.prepareStatement(direct)) {
      ps.setString(1, "tenants/acme/%");
      assertEquals(acme, Tck.strings(ps.executeQuery()));
      ps.setString(1, "tenants/%/users/1");
      assertEquals(list("tenants/acme/users/1|{\"name\":\"Alice\"}", "tenants/globex/users/1|{\"name\":\"Charlie\"}"),
          Tck.strings(ps.executeQuery()), "wildcards after the prefix are still checked");
      ps.setString(1, "%users/2");
      assertEquals(list("tenants/acme/users/2|{\"name\":\"Bob\"}"), Tck.strings(ps.executeQuery()));
    }
    assertTrue(explain(direct).contains("ranges=[[starts with prefix of ?0*]]"), explain(direct));

    put(c, "kv", utf8("a_b/1"), utf8("1"));
    put(c, "kv", utf8("axb/1"), utf8("2"));
    assertEquals(list("a_b/1", "axb/1"), strings(c, "SELECT key FROM kv_text WHERE key LIKE 'a_b%'"));
    assertEquals(list("a_b/1"), strings(c, "SELECT key FROM kv_text WHERE key LIKE 'a\\_b%' ESCAPE '\\'"));
    try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM kv_text WHERE key LIKE ?")) {
      ps.setString(1, "\uFFFD%"); // U+FFFD is also what malformed bytes decode to: no key range, still right
      assertEquals(list("\uFFFD\u0001|\uFFFD"), Tck.strings(ps.executeQuery()));
    }
    assertEquals(List.of("tenants/globex/users/1"),
        strings(c, "SELECT key FROM kv_text WHERE key LIKE 'tenants/globex/%' AND value LIKE '%Charlie%'"));
    assertEquals(list("5"), strings(c, "SELECT COUNT(*) FROM kv_text WHERE key NOT LIKE 'tenants/acme/%'"));
  }

  @Test
  void prefixesOfAllFfBytesHaveNoUpperBound() throws Exception {
    for (String k : new String[] {"FE", "FEFF", "FF", "FF00", "FFFF", "FFFFFF"}) {
      put(c, "kv", hex(k), hex("00"));
    }
    assertEquals(list("FF", "FF00", "FFFF", "FFFFFF"), hexKeys("SELECT key FROM kv WHERE key >= X'FF'"));
    assertEquals(list("FFFF", "FFFFFF"), hexKeys("SELECT key FROM kv WHERE key >= X'FFFF'"));
    assertEquals(list("FEFF"), hexKeys("SELECT key FROM kv WHERE key > X'FE' AND key < X'FF'"));
  }

  @Test
  void everyNamespaceHasItsOwnKv() throws Exception {
    exec(c, "CREATE SCHEMA tenant_a", "CREATE SCHEMA tenant_b");
    put(c, "tenant_a.kv", utf8("k"), utf8("a"));
    put(c, "tenant_b.kv", utf8("k"), utf8("b"));
    put(c, "kv", utf8("k"), utf8("public"));
    assertEquals(list("a"), strings(c, "SELECT value FROM tenant_a.kv_text"));
    assertEquals(list("b"), strings(c, "SELECT value FROM tenant_b.kv_text"));
    assertEquals(list("public"), strings(c, "SELECT value FROM kv_text"));
    try (Connection other = Tck.open(url)) {
      assertEquals(list("a"), strings(other, "SELECT from_utf8(value) FROM tenant_a.kv"), "committed for all");
    }
    exec(c, "DROP SCHEMA tenant_a"); // holds nothing but its kv table
    expect(SQLException.class, null, () -> strings(c, "SELECT * FROM tenant_a.kv"));
    exec(c, "CREATE SCHEMA tenant_a");
    assertEquals(list("0"), strings(c, "SELECT COUNT(*) FROM tenant_a.kv"), "a re-created namespace starts empty");
    exec(c, "CREATE TABLE tenant_b.t (id INTEGER PRIMARY KEY)", "DROP SCHEMA tenant_b CASCADE", "CREATE SCHEMA tenant_b");
    assertEquals(list("0"), strings(c, "SELECT COUNT(*) FROM tenant_b.kv"));
    assertEquals(list("public"), strings(c, "SELECT value FROM kv_text"));
  }

  @Test
  void kvIsBuiltIn() throws Exception {
    expect(SQLException.class, "42P07", () -> exec(c, "CREATE TABLE kv (a INTEGER PRIMARY KEY)"));
    expect(SQLException.class, "42P07", () -> exec(c, "CREATE TABLE KV_TEXT (a INTEGER PRIMARY KEY)"));
    exec(c, "CREATE TABLE IF NOT EXISTS kv (a INTEGER PRIMARY KEY)");
    expect(SQLFeatureNotSupportedException.class, "0A000", () -> exec(c, "DROP TABLE kv"));
    expect(SQLFeatureNotSupportedException.class, "0A000", () -> exec(c, "DROP VIEW kv_text"));
    expect(SQLFeatureNotSupportedException.class, "0A000", () -> exec(c, "CREATE VIEW kv_text AS SELECT 1 AS x"));
    put(c, "kv", utf8("still"), utf8("here"));
    assertEquals(list("still|here"), strings(c, "SELECT * FROM kv_text"));
  }

  @Test
  void sqlWritesJoinTheConnectionsTransaction() throws Exception {
    c.setAutoCommit(false);
    put(c, "kv", utf8("a"), utf8("1"));
    exec(c, "UPDATE kv SET value = to_utf8('2') WHERE key = to_utf8('a')");
    try (Connection other = Tck.open(url)) {
      assertEquals(list("0"), strings(other, "SELECT COUNT(*) FROM kv"), "not before commit");
      c.rollback();
      assertEquals(list("0"), strings(c, "SELECT COUNT(*) FROM kv"));
      put(c, "kv", utf8("a"), utf8("3"));
      c.commit();
      assertEquals(list("a|3"), strings(other, "SELECT * FROM kv_text"));
    }
  }

  /**
   * 100,000 entries of 1 KiB (about 100 MB) read through JDBC with fetch size 1000: the rows
   * arrive in key order, all of them, while the heap in use (measured after a GC every 10,000
   * rows) grows by far less than the data: the driver streams, it does not materialize.
   */
  @Test
  void scanOf100000RowsStreamsInKeyOrder() throws Exception {
    int n = 100_000;
    byte[] value = new byte[1024];
    Arrays.fill(value, (byte) 0x5A);
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO kv (key, value) VALUES (?, ?)")) {
      // inserted out of order (stride 7919 is coprime to n): the order of the scan is the key's
      for (int i = 0, k = 0; i < n; i++, k = (k + 7919) % n) {
        ps.setBytes(1, utf8(String.format("item:%06d", k)));
        value[0] = (byte) k;
        ps.setBytes(2, value);
        ps.addBatch();
        if (i % 5000 == 4999) {
          ps.executeBatch();
        }
      }
    }
    c.commit();
    c.setAutoCommit(true);

    Runtime rt = Runtime.getRuntime();
    long base = usedAfterGc(rt);
    long peak = 0;
    int count = 0;
    try (Statement s = c.createStatement()) {
      s.setFetchSize(1000);
      try (ResultSet rs = s.executeQuery("SELECT key, value FROM kv WHERE key >= X'6974656D3A' AND key < X'6974656D3B' "
          + "ORDER BY key")) {
        assertEquals(1000, rs.getFetchSize(), "the fetch size reaches the result set");
        while (rs.next()) {
          String key = new String(rs.getBytes(1), StandardCharsets.UTF_8);
          assertEquals(String.format("item:%06d", count), key, "row " + count);
          byte[] v = rs.getBytes(2);
          assertEquals(1024, v.length);
          assertEquals((byte) count, v[0]);
          count++;
          if (count % 10_000 == 0) {
            peak = Math.max(peak, usedAfterGc(rt) - base);
          }
        }
      }
    }
    assertEquals(n, count);
    long data = (long) n * value.length;
    assertTrue(peak < data / 4, "heap grew by " + peak / 1_000_000 + " MB while streaming " + data / 1_000_000
        + " MB of rows");
  }

  private static long usedAfterGc(Runtime rt) {
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void nullKeysMatchNothing() throws Exception {
    put(c, "kv", hex("01"), hex("01"));
    try (PreparedStatement ps = c.prepareStatement("SELECT key FROM kv WHERE key >= ?")) {
      ps.setNull(1, Types.VARBINARY);
      try (ResultSet rs = ps.executeQuery()) {
        assertFalse(rs.next());
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT key FROM kv WHERE from_utf8(key) LIKE ?")) {
      ps.setNull(1, Types.VARCHAR);
      try (ResultSet rs = ps.executeQuery()) {
        assertFalse(rs.next());
      }
    }
    assertEquals(list("null|null"), strings(c, "SELECT from_utf8(CAST(NULL AS VARBINARY)), to_utf8(CAST(NULL AS VARCHAR))"));
  }
}
