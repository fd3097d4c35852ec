package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sochdb.storage.TestDirs.b;
import static org.sochdb.storage.TestDirs.s;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;
import org.sochdb.storage.wal.WalChannelFactory;

/**
 * A background checkpoint or log sync that fails: the next commit says so, {@code stats()}
 * shows it, {@code close()} reports it after closing everything, and the database reopens
 * with the commits the failure left in the log.
 */
class BackgroundFailureTest {
  private Path dir;
  /** While set, no new log segment can be opened: a checkpoint fails at its first step. */
  private final AtomicBoolean refuseSegments = new AtomicBoolean();
  /** While set, forcing the log fails. */
  private final AtomicBoolean failForce = new AtomicBoolean();
  private final WalChannelFactory breakable = segment -> {
    if (refuseSegments.get()) {
      throw new IOException("No space left on device");
    }
    return new DelegatingFileChannel(WalChannelFactory.DEFAULT.open(segment)) {
      @Override
      public void force(boolean metaData) throws IOException {
        if (failForce.get()) {
          throw new IOException("Input/output error");
        }
        inner.force(metaData);
      }
    };
  };

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("background");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  private static void put(Database db, String key, byte[] value) {
    try (StorageTransaction tx = db.begin()) {
      tx.put(b(key), value);
      tx.commit();
    }
  }

  private static void awaitBackgroundFailure(Database db) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (db.stats().backgroundFailure() == null && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  /** The next commit fails with exactly {@code message} and leaves nothing behind. */
  private static void assertCommitRefused(Database db, String message) {
    StorageTransaction tx = db.begin();
    tx.put(b("refused"), b("x"));
    StorageException e = assertThrows(StorageException.class, tx::commit);
    assertEquals(ErrorKind.IO, e.kind());
    assertEquals("58030", e.sqlState());
    assertEquals(message, e.getMessage());
    assertFalse(tx.isActive(), "the refused transaction is rolled back");
    try (StorageTransaction r = db.begin(true)) {
      assertNull(r.get(b("refused")));
    }
  }

  @Test
  void aFailedBackgroundCheckpointRefusesCommitsShowsInStatsAndIsReportedAtClose() throws Exception {
    Database db = Database.open(StorageOptions.file(dir).withCacheMb(1).withWalChannels(breakable));
    assertNull(db.stats().backgroundFailure());
    assertEquals(0L, db.stats().asMap().get("background_failures"));

    refuseSegments.set(true);
    byte[] value = new byte[8 * 1024];
    int committed = 0;
    // Past the 1 MB budget the background thread starts a checkpoint, which fails at once.
    while (db.stats().backgroundFailure() == null && committed < 2_000) {
      try {
        put(db, "k" + committed, value);
        committed++;
      } catch (StorageException refusedAlready) {
        break;
      }
    }
    awaitBackgroundFailure(db);

    assertEquals("background checkpoint failed: No space left on device", db.stats().backgroundFailure());
    assertEquals(1L, db.stats().asMap().get("background_failures"));
    assertCommitRefused(db, "cannot commit: a background checkpoint failed (No space left on device), and the "
        + "database refuses commits from then on; reopen the database to recover: every commit that returned "
        + "before the failure is in the log and is replayed");
    try (StorageTransaction r = db.begin(true)) {
      assertEquals(value.length, r.get(b("k0")).length, "reads go on");
    }

    StorageException atClose = assertThrows(StorageException.class, db::close);
    assertEquals(ErrorKind.IO, atClose.kind());
    assertEquals("the database is closed, but a background checkpoint had failed (No space left on device) and "
        + "commits were refused after it; reopen the database to recover: every commit that returned before the "
        + "failure is in the log and is replayed", atClose.getMessage());
    assertEquals(1, atClose.getSuppressed().length, "the close's own checkpoint failed the same way");
    assertEquals("checkpoint could not start a log segment: No space left on device",
        atClose.getSuppressed()[0].getMessage());
    db.close(); // closed already: nothing more to report

    try (Database reopened = Database.open(StorageOptions.file(dir))) {
      assertEquals(committed, reopened.stats().keysCount());
      try (StorageTransaction r = reopened.begin(true)) {
        assertEquals(value.length, r.get(b("k" + (committed - 1))).length);
        assertNull(r.get(b("refused")));
      }
      put(reopened, "after", b("1"));
      assertNull(reopened.stats().backgroundFailure());
    }
  }

  @Test
  void aFailedBackgroundLogSyncRefusesCommitsShowsInStatsAndIsReportedAtClose() throws Exception {
    Database db = Database.open(StorageOptions.file(dir).withSyncMode(SyncMode.NORMAL).withWalChannels(breakable));
    put(db, "a", b("1"));
    db.checkpoint();
    failForce.set(true);
    put(db, "b", b("2")); // returns from the log's buffer; the sync that follows fails
    awaitBackgroundFailure(db);

    assertEquals("background log sync failed: Input/output error", db.stats().backgroundFailure());
    assertEquals(1L, db.stats().asMap().get("background_failures"));
    String recovery = "reopen the database to recover: commits up to the last good sync are in the log and are "
        + "replayed, those of the last 100 ms before the failure may be lost, as sync_mode=normal allows";
    assertCommitRefused(db, "cannot commit: a background log sync failed (Input/output error), and the database "
        + "refuses commits from then on; " + recovery);

    StorageException atClose = assertThrows(StorageException.class, db::close);
    assertEquals(ErrorKind.IO, atClose.kind());
    assertEquals("the database is closed, but a background log sync had failed (Input/output error) and commits "
        + "were refused after it; " + recovery, atClose.getMessage());
    assertEquals("checkpoint could not start a log segment: Input/output error",
        atClose.getSuppressed()[0].getMessage());

    try (Database reopened = Database.open(StorageOptions.file(dir)); StorageTransaction r = reopened.begin(true)) {
      assertEquals("1", s(r.get(b("a"))));
      // Written to the file before the force failed; the process lived on, so the bytes are there.
      assertEquals("2", s(r.get(b("b"))));
      assertNull(r.get(b("refused")));
    }
  }
}
