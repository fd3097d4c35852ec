package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.storage.TestDirs.b;
import static org.sochdb.storage.TestDirs.s;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.engine.KvEntry;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/** Snapshot isolation, own writes, conflicts, savepoints, listeners, at the transaction API. */
class TransactionTest {
  private Database db;

  @BeforeEach
  void open() {
    db = Database.open(StorageOptions.memory("tx-test"));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void put(String k, String v) {
    try (StorageTransaction tx = db.begin()) {
      tx.put(b(k), b(v));
      tx.commit();
    }
  }

  private static List<String> scan(StorageTransaction tx, String from, String to) {
    List<String> out = new ArrayList<>();
    try (KvCursor c = tx.scan(from == null ? null : b(from), to == null ? null : b(to))) {
      c.forEachRemaining((KvEntry kv) -> out.add(s(kv.key()) + "=" + s(kv.value())));
    }
    return out;
  }

  @Test
  void readsOwnWritesAndDeletes() {
    put("a", "1");
    try (StorageTransaction tx = db.begin()) {
      tx.put(b("b"), b("2"));
      tx.delete(b("a"));
      assertNull(tx.get(b("a")));
      assertEquals("2", s(tx.get(b("b"))));
      assertEquals(List.of("b=2"), scan(tx, null, null));
    }
    try (StorageTransaction tx = db.begin(true)) {
      assertEquals(List.of("a=1"), scan(tx, null, null));
    }
  }

  @Test
  void snapshotDoesNotSeeLaterCommits() {
    put("k", "old");
    StorageTransaction reader = db.begin(true);
    put("k", "new");
    put("k2", "added");
    try (StorageTransaction w = db.begin()) {
      w.delete(b("k"));
      w.commit();
    }
    db.checkpoint(); // folding must not take the old value away from the live snapshot
    assertEquals("old", s(reader.get(b("k"))));
    assertEquals(List.of("k=old"), scan(reader, null, null));
    reader.close();
    try (StorageTransaction tx = db.begin(true)) {
      assertNull(tx.get(b("k")));
      assertEquals(List.of("k2=added"), scan(tx, null, null));
    }
  }

  @Test
  void firstCommitterWins() {
    put("acct", "100");
    StorageTransaction t1 = db.begin();
    StorageTransaction t2 = db.begin();
    t1.put(b("acct"), b("90"));
    t2.put(b("acct"), b("80"));
    t1.commit();
    StorageException e = assertThrows(StorageException.class, t2::commit);
    assertEquals(ErrorKind.SERIALIZATION_FAILURE, e.kind());
    assertEquals("40001", e.sqlState());
    assertTrue(e.getMessage().contains("'acct'"), e.getMessage());
    assertFalse(t2.isActive());
    try (StorageTransaction tx = db.begin(true)) {
      assertEquals("90", s(tx.get(b("acct"))));
    }
    assertEquals(1, db.stats().transactionsAborted());
  }

  @Test
  void disjointWritersBothCommit() {
    StorageTransaction t1 = db.begin();
    StorageTransaction t2 = db.begin();
    t1.put(b("x"), b("1"));
    t2.put(b("y"), b("2"));
    long l1 = t1.commit();
    long l2 = t2.commit();
    assertEquals(l1 + 1, l2);
  }

  @Test
  void savepointsTakeBackLaterWrites() {
    try (StorageTransaction tx = db.begin()) {
      tx.put(b("a"), b("1"));
      int sp = tx.savepoint();
      tx.put(b("a"), b("2"));
      tx.put(b("b"), b("3"));
      tx.delete(b("a"));
      tx.rollbackTo(sp);
      assertEquals("1", s(tx.get(b("a"))));
      assertNull(tx.get(b("b")));
      tx.commit();
    }
    try (StorageTransaction tx = db.begin(true)) {
      assertEquals(List.of("a=1"), scan(tx, null, null));
    }
  }

  @Test
  void readOnlyTransactionRefusesWrites() {
    try (StorageTransaction tx = db.begin(true)) {
      StorageException e = assertThrows(StorageException.class, () -> tx.put(b("a"), b("1")));
      assertEquals(ErrorKind.READ_ONLY, e.kind());
      assertEquals("25006", e.sqlState());
    }
  }

  @Test
  void endedTransactionRefusesUse() {
    StorageTransaction tx = db.begin();
    tx.rollback();
    assertEquals(ErrorKind.CLOSED, assertThrows(StorageException.class, () -> tx.get(b("a"))).kind());
  }

  @Test
  void oversizedKeyAndValueAreRefusedAndNothingChanges() {
    try (StorageTransaction tx = db.begin()) {
      StorageException k = assertThrows(StorageException.class, () -> tx.put(new byte[20_000], b("v")));
      assertEquals("key of 20000 bytes exceeds the limit of 16384 bytes", k.getMessage().substring(2));
      assertEquals("54000", k.sqlState());
      StorageException v = assertThrows(StorageException.class,
          () -> tx.put(b("k"), new byte[16 * 1024 * 1024 + 1]));
      assertEquals(ErrorKind.LIMIT_EXCEEDED, v.kind());
      assertFalse(tx.hasWrites());
    }
  }

  @Test
  void listenersFollowCommitAndRollback() {
    List<String> events = new ArrayList<>();
    TransactionListener l = new TransactionListener() {
      @Override
      public void beforeCommit(StorageTransaction tx) {
        events.add("before");
        tx.put(b("added-by-hook"), b("1"));
      }

      @Override
      public void afterCommit(StorageTransaction tx, long lsn) {
        events.add("commit");
      }

      @Override
      public void afterRollback(StorageTransaction tx) {
        events.add("rollback");
      }

      @Override
      public void afterRollbackTo(StorageTransaction tx, int savepoint) {
        events.add("rollbackTo " + savepoint);
      }
    };
    try (StorageTransaction tx = db.begin()) {
      tx.addListener(l);
      int sp = tx.savepoint();
      tx.rollbackTo(sp);
      tx.commit();
    }
    try (StorageTransaction tx = db.begin()) {
      tx.addListener(l);
      tx.put(b("x"), b("1"));
    }
    assertEquals(List.of("rollbackTo 0", "before", "commit", "rollback"), events);
    try (StorageTransaction tx = db.begin(true)) {
      assertArrayEquals(b("1"), tx.get(b("added-by-hook")));
      assertNull(tx.get(b("x")));
    }
  }

  @Test
  void largeScanStreamsInBatchesAndSeesOwnWrites() {
    try (StorageTransaction tx = db.begin()) {
      for (int i = 0; i < 2000; i += 2) {
        tx.put(b(String.format("k%05d", i)), b("c"));
      }
      tx.commit();
    }
    db.checkpoint();
    try (StorageTransaction tx = db.begin()) {
      for (int i = 1; i < 2000; i += 2) {
        tx.put(b(String.format("k%05d", i)), b("own"));
      }
      tx.delete(b("k00000"));
      List<String> all = scan(tx, null, null);
      assertEquals(1999, all.size());
      assertEquals("k00001=own", all.get(0));
      assertEquals("k00002=c", all.get(1));
      assertEquals("k01999=own", all.get(1998));
      assertEquals(List.of("k00010=c", "k00011=own"), scan(tx, "k00010", "k00012"));
    }
  }

  @Test
  void statsCountCommitsKeysAndLsn() {
    long before = db.stats().transactionsCommitted();
    for (int i = 0; i < 10; i++) {
      put("key" + i, "v");
    }
    put("key0", "changed");
    StorageStats st = db.stats();
    assertEquals(before + 11, st.transactionsCommitted());
    assertEquals(10, st.keysCount());
    assertEquals(11, st.walLsn());
    db.checkpoint();
    assertEquals(10, db.stats().keysCount());
    try (StorageTransaction tx = db.begin()) {
      tx.delete(b("key3"));
      tx.commit();
    }
    assertEquals(9, db.stats().keysCount());
    assertEquals(List.of("keys_count", "bytes_written", "bytes_read", "transactions_committed",
        "transactions_aborted", "cache_hits", "cache_misses", "wal_lsn", "background_failures"),
        List.copyOf(st.asMap().keySet()));
    assertEquals(0L, st.asMap().get("background_failures"));
    assertNull(st.backgroundFailure());
  }
}
