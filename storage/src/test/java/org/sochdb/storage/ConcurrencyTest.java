package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/**
 * Eight threads move money among 100 accounts for a bounded time: the total never changes,
 * every committed transfer is in the final balances (no lost update), every conflict is a
 * serialization failure, and a retry succeeds.
 */
class ConcurrencyTest {
  private static final int ACCOUNTS = 100;
  private static final long INITIAL = 1_000;
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("bank");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  private static byte[] account(int i) {
    return ("acct/" + i).getBytes();
  }

  private static long balance(StorageTransaction tx, int i) {
    return ByteBuffer.wrap(tx.get(account(i))).getLong();
  }

  private static byte[] money(long v) {
    return ByteBuffer.allocate(8).putLong(v).array();
  }

  @Test
  void transfersKeepTheTotalAndLoseNoUpdate() throws Exception {
    long seed = Long.getLong("sochdb.seed", System.nanoTime());
    try (Database db = Database.open(StorageOptions.file(dir).withSyncMode(SyncMode.NORMAL).withCacheMb(1))) {
      try (StorageTransaction tx = db.begin()) {
        for (int i = 0; i < ACCOUNTS; i++) {
          tx.put(account(i), money(INITIAL));
        }
        tx.commit();
      }
      AtomicLongArray expected = new AtomicLongArray(ACCOUNTS);
      AtomicLong conflicts = new AtomicLong();
      AtomicLong committed = new AtomicLong();
      long end = System.nanoTime() + 3_000_000_000L;
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Random r = new Random(seed + t);
        futures.add(pool.submit(() -> {
          while (System.nanoTime() < end) {
            int from = r.nextInt(ACCOUNTS);
            int to = (from + 1 + r.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
            long amount = 1 + r.nextInt(50);
            for (int attempt = 1; ; attempt++) {
              try (StorageTransaction tx = db.begin()) {
                long a = balance(tx, from);
                long b = balance(tx, to);
                tx.put(account(from), money(a - amount));
                tx.put(account(to), money(b + amount));
                if (r.nextInt(50) == 0) {
                  db.checkpoint();
                }
                tx.commit();
                expected.addAndGet(from, -amount);
                expected.addAndGet(to, amount);
                committed.incrementAndGet();
                break;
              } catch (StorageException e) {
                assertEquals(ErrorKind.SERIALIZATION_FAILURE, e.kind(), e.getMessage());
                conflicts.incrementAndGet();
                assertTrue(attempt < 1000, "seed=" + seed + ": a transfer never got through");
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      try (StorageTransaction tx = db.begin(true)) {
        long total = 0;
        for (int i = 0; i < ACCOUNTS; i++) {
          long bal = balance(tx, i);
          total += bal;
          assertEquals(INITIAL + expected.get(i), bal, "seed=" + seed + " account " + i);
        }
        assertEquals(ACCOUNTS * INITIAL, total, "seed=" + seed);
      }
      assertTrue(committed.get() > 100, "too few transfers: " + committed);
      assertTrue(conflicts.get() > 0, "eight threads on 100 accounts must collide at least once");
      assertEquals(committed.get() + 1, db.stats().transactionsCommitted() - countReadOnly(), "seed=" + seed);
    }
  }

  private static long countReadOnly() {
    return 0; // the final check's reader is closed by rollback, not counted as a commit
  }
}
