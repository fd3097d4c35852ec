package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sochdb.storage.TestDirs.b;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.Engine;
import org.sochdb.storage.engine.EngineKind;
import org.sochdb.storage.engine.KvEntry;

/** The engine contract on both engines: unsigned order, ranges, batches, markers, durability. */
class EngineTest {
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("engine");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  private static List<String> keys(Iterator<KvEntry> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(kv -> out.add(Bytes.toDisplay(kv.key())));
    return out;
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void ordersKeysAsUnsignedBytes(EngineKind kind) {
    try (Engine e = kind.openMemory()) {
      e.apply(List.of(new KvEntry(new byte[] {(byte) 0x80}, b("hi")), new KvEntry(new byte[] {0x7F}, b("lo")),
          new KvEntry(new byte[] {0x7F, 0x00}, b("lo2")), new KvEntry(new byte[] {(byte) 0xFF}, b("top"))));
      assertEquals(List.of("\\x7f", "\\x7f\\x00", "\\x80", "\\xff"), keys(e.range(null, null)));
    }
  }

  /** MapDB's prefixSubMap with a prefix ending in 0xFF returns keys outside the prefix;
   * our prefix bound must not. */
  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void prefixEndingIn0xFFStaysInsidePrefix(EngineKind kind) throws Exception {
    try (Database db = Database.open(StorageOptions.memory("prefix-ff").withEngine(kind))) {
      assertEquals(kind, db.engine());
      try (StorageTransaction tx = db.begin()) {
        tx.put(new byte[] {1, (byte) 0xFF}, b("a"));
        tx.put(new byte[] {1, (byte) 0xFF, 0}, b("b"));
        tx.put(new byte[] {1, (byte) 0xFF, (byte) 0xFF}, b("c"));
        tx.put(new byte[] {2}, b("outside"));
        tx.put(new byte[] {1, (byte) 0xFE}, b("before"));
        tx.commit();
      }
      db.checkpoint(); // into the engine, so both layers are scanned
      try (StorageTransaction tx = db.begin(true)) {
        assertEquals(List.of("\\x01\\xff", "\\x01\\xff\\x00", "\\x01\\xff\\xff"),
            keys(tx.scanPrefix(new byte[] {1, (byte) 0xFF})));
        assertEquals(5, keys(tx.scanPrefix(new byte[0])).size());
        assertEquals(List.of("\\x01\\xff\\xff"), keys(tx.scanPrefix(new byte[] {1, (byte) 0xFF, (byte) 0xFF})));
      }
    }
    assertNull(Bytes.prefixEnd(new byte[] {(byte) 0xFF, (byte) 0xFF}));
    assertArrayEquals(new byte[] {2}, Bytes.prefixEnd(new byte[] {1, (byte) 0xFF}));
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void rangesAreHalfOpen(EngineKind kind) {
    try (Engine e = kind.openMemory()) {
      for (String k : List.of("a", "b", "c", "d")) {
        e.apply(List.of(new KvEntry(b(k), b(k))));
      }
      assertEquals(List.of("b", "c"), keys(e.range(b("b"), b("d"))));
      assertEquals(List.of("a", "b"), keys(e.range(null, b("c"))));
      assertEquals(List.of("c", "d"), keys(e.range(b("c"), null)));
      assertEquals(List.of(), keys(e.range(b("d"), b("b"))));
      assertEquals(List.of(), keys(e.range(b("b"), b("b"))));
      assertEquals(List.of("b"), keys(e.range(b("az"), b("bz"))));
    }
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void applyCountsKeysAndCommitPersistsMarkers(EngineKind kind) {
    Path file = dir.resolve("e.data");
    try (Engine e = kind.openFile(file, false)) {
      assertEquals(2, e.apply(List.of(new KvEntry(b("x"), b("1")), new KvEntry(b("y"), b("2")))));
      assertEquals(-1, e.apply(List.of(new KvEntry(b("x"), null), new KvEntry(b("nope"), null))));
      e.setMeta("checkpoint_lsn", 42);
      e.commit();
      e.apply(List.of(new KvEntry(b("uncommitted"), b("z"))));
      e.setMeta("checkpoint_lsn", 43);
    }
    try (Engine e = kind.openFile(file, false)) {
      assertEquals(42, e.meta("checkpoint_lsn", 0));
      assertEquals(List.of("y"), keys(e.range(null, null)));
      assertEquals(1, e.size());
    }
  }
}
