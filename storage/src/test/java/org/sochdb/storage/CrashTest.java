package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sochdb.storage.engine.EngineKind;
import org.sochdb.storage.engine.KvEntry;

/**
 * Kills a writing child JVM with SIGKILL at random moments, reopens, and checks that every commit the child reported is
 * there, whole, and that nothing else is but the one commit that may have been in flight.
 * Seed from {@code -Dsochdb.seed}.
 */
class CrashTest {
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("crash");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  /** Recovery from our log: with the default version-store budget, kills land between checkpoints. */
  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void killNineAtRandomMomentsLosesNoReportedCommitInFullMode(EngineKind engine) throws Exception {
    // A MapDB round takes about three times as long (its checkpoints at open rewrite whole B-tree
    // leaves of these 3 KB values): half the kills keep the suite's time in bounds.
    crashLoop(engine, SyncMode.FULL, engine == EngineKind.MVSTORE ? 20 : 10, StorageOptions.DEFAULT_CACHE_MB);
  }

  /**
   * The same with a 1 MB budget, so that checkpoints (engine commits) run all the time and
   * kills often land inside one: the base image must survive a kill in the middle of its own
   * commit. MVStore's copy-on-write commit does.
   */
  @Test
  void killNineDuringCheckpointsLosesNoReportedCommit() throws Exception {
    crashLoop(EngineKind.MVSTORE, SyncMode.FULL, 20, 1);
  }

  /**
   * MapDB's StoreWAL does not: after a kill inside its commit, reopening may fail with
   * {@code PointerChecksumBroken} in its free-space list, or a B-tree node no longer decodes
   * ({@code BufferUnderflowException}). Kept, disabled, as the measure of that window.
   */
  @Test
  @Disabled("MapDB 3.1's StoreWAL does not survive a kill inside its own commit: reopening failed in about one "
      + "run of four")
  void killNineDuringCheckpointsLosesNoReportedCommitOnMapDb() throws Exception {
    crashLoop(EngineKind.MAPDB, SyncMode.FULL, 20, 1);
  }

  /** Normal mode keeps commits in memory for up to 100 ms: after SIGKILL the database holds a
   * prefix of them, each whole. */
  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void normalModeRecoversAConsistentPrefix(EngineKind engine) throws Exception {
    crashLoop(engine, SyncMode.NORMAL, 6, StorageOptions.DEFAULT_CACHE_MB);
  }

  private static long lastLine(Path report, long none) throws java.io.IOException {
    long last = none;
    for (String line : java.nio.file.Files.readAllLines(report)) {
      if (line.isEmpty() == false) {
        last = Long.parseLong(line);
      }
    }
    return last;
  }

  private void crashLoop(EngineKind engine, SyncMode mode, int kills, int cacheMb) throws Exception {
    long seed = Long.getLong("sochdb.seed", System.nanoTime());
    try {
      crashRounds(engine, mode, kills, cacheMb, seed);
    } catch (AssertionError | RuntimeException e) {
      System.err.println("CrashTest failed on " + engine.text() + " with -Dsochdb.seed=" + seed);
      throw e;
    }
  }

  private void crashRounds(EngineKind engine, SyncMode mode, int kills, int cacheMb, long seed) throws Exception {
    Random r = new Random(seed);
    long start = 0;
    for (int round = 0; round < kills; round++) {
      String ctx = "seed=" + seed + " round=" + round + " mode=" + mode + " engine=" + engine.text();
      Path report = java.nio.file.Files.createTempFile(dir.getParent(), "crash-report", ".txt");
      Process child = ChildJvm.start(CrashWriter.class, dir.toString(), mode.text(), Long.toString(start),
          report.toString(), Integer.toString(cacheMb), engine.text());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (lastLine(report, start) == start && System.nanoTime() < deadline && child.isAlive()) {
        Thread.sleep(5);
      }
      Thread.sleep(r.nextInt(300));
      child.destroyForcibly(); // SIGKILL
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), ctx);
      long lastReported = lastLine(report, start);
      java.nio.file.Files.delete(report);
      assertTrue(lastReported > start, ctx + ": the child never committed");

      try (Database db = Database.open(StorageOptions.file(dir).withSyncMode(mode))) {
        assertEquals(engine, db.engine(), ctx);
        try (StorageTransaction tx = db.begin(true)) {
          TreeSet<Long> present = new TreeSet<>();
          java.util.Map<Long, Integer> parts = new java.util.HashMap<>();
          try (KvCursor c = tx.scanPrefix("t".getBytes(StandardCharsets.UTF_8))) {
            c.forEachRemaining((KvEntry kv) -> {
              String k = new String(kv.key(), StandardCharsets.UTF_8);
              long n = Long.parseLong(k.substring(1, k.indexOf('/')));
              present.add(n);
              parts.merge(n, 1, Integer::sum);
            });
          }
          // Normal mode may lose every commit of a first round killed inside its first sync interval.
          byte[] lastValue = tx.get("last".getBytes(StandardCharsets.UTF_8));
          long last = lastValue == null ? 0 : Long.parseLong(new String(lastValue, StandardCharsets.UTF_8));
          assertTrue(lastValue != null || mode == SyncMode.NORMAL, ctx + ": no commit survived");
          for (var e : parts.entrySet()) {
            assertEquals(3, e.getValue(), ctx + ": transaction " + e.getKey() + " is partial");
          }
          assertEquals(last, present.size(), ctx + ": commits must form the prefix 1.." + last);
          assertEquals(last, present.isEmpty() ? 0 : present.last(), ctx);
          if (mode == SyncMode.FULL) {
            assertTrue(last >= lastReported, ctx + ": reported commit " + lastReported + " lost, have " + last);
          } // normal: the commits of the last sync interval may be gone, the rest is a whole prefix
          assertTrue(last <= lastReported + 1, ctx + ": more than the in-flight commit appeared: " + last);
          start = last;
        }
      }
    }
  }
}
