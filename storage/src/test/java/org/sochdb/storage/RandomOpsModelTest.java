package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sochdb.storage.engine.EngineKind;
import org.sochdb.storage.engine.KvEntry;

/**
 * Random puts, deletes, scans, savepoints, commits, rollbacks, checkpoints and close/reopen
 * against a {@link TreeMap} oracle (after H2's TestRandomMapOps). The seed comes from
 * {@code -Dsochdb.seed=N} and is printed with every failure.
 */
class RandomOpsModelTest {
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("model");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  private static TreeMap<String, String> view(StorageTransaction tx, byte[] from, byte[] to) {
    TreeMap<String, String> out = new TreeMap<>();
    try (KvCursor c = tx.scan(from, to)) {
      c.forEachRemaining((KvEntry kv) -> out.put(hex(kv.key()), hex(kv.value())));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void randomOperationsMatchTreeMap(EngineKind engine) {
    run(engine, Long.getLong("sochdb.seed", System.nanoTime()));
  }

  /** A run whose close once made MVStore move a chunk across its compaction boundary. */
  @org.junit.jupiter.api.Test
  void closeAfterTheLayoutThatTrippedMvStoresChunkMove() {
    run(EngineKind.MVSTORE, 13313585446935L);
  }

  private void run(EngineKind engine, long seed) {
    Random r = new Random(seed);
    TreeMap<String, String> committed = new TreeMap<>();
    StorageOptions opts = StorageOptions.file(dir).withSyncMode(SyncMode.NORMAL).withCacheMb(1).withEngine(engine);
    Database db = Database.open(opts);
    int step = 0;
    try {
      for (int round = 0; round < 60; round++) {
        StorageTransaction tx = db.begin();
        TreeMap<String, String> mine = new TreeMap<>(committed);
        List<TreeMap<String, String>> saved = new ArrayList<>();
        List<Integer> savepoints = new ArrayList<>();
        int ops = 1 + r.nextInt(200);
        for (int i = 0; i < ops; i++, step++) {
          byte[] key = new byte[1 + r.nextInt(3)];
          for (int j = 0; j < key.length; j++) {
            key[j] = (byte) (r.nextInt(6) * 51); // includes 0x00 and 0xFF
          }
          int op = r.nextInt(100);
          String ctx = "seed=" + seed + " step=" + step;
          if (op < 50) {
            byte[] v = new byte[r.nextInt(40)];
            r.nextBytes(v);
            tx.put(key, v);
            mine.put(hex(key), hex(v));
          } else if (op < 70) {
            tx.delete(key);
            mine.remove(hex(key));
          } else if (op < 80) {
            byte[] got = tx.get(key);
            assertEquals(mine.get(hex(key)), got == null ? null : hex(got), ctx);
          } else if (op < 88) {
            byte[] to = r.nextBoolean() ? null : Arrays.copyOf(key, key.length + 1);
            TreeMap<String, String> expected = new TreeMap<>(to == null
                ? mine.tailMap(hex(key), true) : mine.subMap(hex(key), true, hex(to), false));
            assertEquals(expected, view(tx, key, to), ctx);
          } else if (op < 93) {
            savepoints.add(tx.savepoint());
            saved.add(new TreeMap<>(mine));
          } else if (savepoints.isEmpty() == false) {
            int k = r.nextInt(savepoints.size());
            tx.rollbackTo(savepoints.get(k));
            mine = new TreeMap<>(saved.get(k));
            savepoints.subList(k + 1, savepoints.size()).clear();
            saved.subList(k + 1, saved.size()).clear();
          }
        }
        assertEquals(mine, view(tx, null, null), "seed=" + seed + " before commit, step=" + step);
        if (r.nextInt(5) == 0) {
          tx.rollback();
        } else {
          tx.commit();
          committed = mine;
        }
        int what = r.nextInt(10);
        if (what == 0) {
          db.checkpoint();
        } else if (what == 1) {
          db.close();
          db = Database.open(opts);
        }
        try (StorageTransaction check = db.begin(true)) {
          assertEquals(committed, view(check, null, null), "seed=" + seed + " after round " + round);
        }
      }
    } catch (AssertionError | RuntimeException e) {
      System.err.println("RandomOpsModelTest failed on " + engine.text() + " with -Dsochdb.seed=" + seed);
      throw e;
    } finally {
      db.close();
    }
    try (Database reopened = Database.open(opts)) {
      assertEquals(engine, reopened.engine());
      assertEquals(committed.size(), reopened.stats().keysCount(), "seed=" + seed);
    }
  }

  /** keys_count after reopen comes from the engine's counter. */
  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void keyCountSurvivesReopen(EngineKind engine) {
    StorageOptions opts = StorageOptions.file(dir).withEngine(engine);
    try (Database db = Database.open(opts)) {
      try (StorageTransaction tx = db.begin()) {
        for (int i = 0; i < 100; i++) {
          tx.put(("k" + i).getBytes(), new byte[] {1});
        }
        tx.commit();
      }
    }
    try (Database db = Database.open(opts)) {
      assertEquals(100, db.stats().keysCount());
    }
  }
}
