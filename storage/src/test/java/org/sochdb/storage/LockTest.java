package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.engine.EngineKind;
import org.sochdb.storage.error.LockHeldException;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/** The directory lock: held against other processes, released on every path. */
class LockTest {
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("lock");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  @Test
  void secondOpenerInThisJvmIsRefusedUntilClose() {
    Database db = Database.open(StorageOptions.file(dir));
    LockHeldException e = assertThrows(LockHeldException.class,
        () -> Database.open(StorageOptions.file(dir)));
    assertEquals(ErrorKind.DATABASE_LOCKED, e.kind());
    assertEquals(ProcessHandle.current().pid(), e.holderPid());
    db.close();
    Database.open(StorageOptions.file(dir)).close();
  }

  @Test
  void otherProcessGetsLockedErrorNamingHolderThenTimeout() throws Exception {
    Process child = ChildJvm.start(LockHolder.class, dir.toString());
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
      assertEquals("open", out.readLine());
      LockHeldException e = assertThrows(LockHeldException.class,
          () -> Database.open(StorageOptions.file(dir)));
      assertEquals(child.pid(), e.holderPid());
      assertEquals("database " + dir.toAbsolutePath().normalize() + " is locked by process " + child.pid()
          + "; close it there, or set lock_timeout_ms to wait until it is let go", e.getMessage());
      assertEquals("55006", e.sqlState());

      long t0 = System.nanoTime();
      LockHeldException t = assertThrows(LockHeldException.class,
          () -> Database.open(StorageOptions.file(dir).withLockTimeoutMs(300)));
      assertEquals(ErrorKind.LOCK_TIMEOUT, t.kind());
      assertTrue(System.nanoTime() - t0 >= 290_000_000L);

      child.getOutputStream().close(); // the holder exits and lets go
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      Database.open(StorageOptions.file(dir).withLockTimeoutMs(5000)).close();
    } finally {
      child.destroyForcibly();
    }
  }

  /** MapDB's file lock is dropped when any RandomAccessFile on the data file is closed in the
   * same JVM; our lock must survive that. */
  @Test
  void closingAnotherHandleOnTheDataFileKeepsTheLock() throws Exception {
    try (Database db = Database.open(StorageOptions.file(dir))) {
      for (Path p : Files.list(dir).toList()) {
        if (Files.isRegularFile(p) && p.getFileName().toString().equals("sochdb.lock") == false) {
          new RandomAccessFile(p.toFile(), "r").close();
        }
      }
      Process child = ChildJvm.start(LockHolder.class, dir.toString());
      child.getOutputStream().close(); // were it to open, it would exit 0 at once
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
      assertEquals(1, child.exitValue(), "the child must fail to open the locked database");
    }
  }

  /** A failed open (damaged data file) must release the lock it took. */
  @Test
  void failedOpenReleasesTheLock() throws Exception {
    Files.write(dir.resolve(EngineKind.MVSTORE.dataFile()), "this is not a data file at all, just some text".repeat(50).getBytes());
    StorageException e = assertThrows(StorageException.class, () -> Database.open(StorageOptions.file(dir)));
    assertEquals(ErrorKind.CORRUPT, e.kind());
    assertTrue(e.getMessage().contains("not a SochDB"), e.getMessage());
    StorageException again = assertThrows(StorageException.class, () -> Database.open(StorageOptions.file(dir)));
    assertEquals(ErrorKind.CORRUPT, again.kind(), "the lock must not have leaked: " + again.getMessage());
  }

  @Test
  void readOnlyOpenersShareAndSeeData() {
    try (Database db = Database.open(StorageOptions.file(dir))) {
      try (StorageTransaction tx = db.begin()) {
        tx.put(TestDirs.b("k"), TestDirs.b("v"));
        tx.commit();
      }
    }
    try (Database ro = Database.open(StorageOptions.file(dir).withReadOnly(true))) {
      try (StorageTransaction tx = ro.begin()) {
        assertEquals("v", TestDirs.s(tx.get(TestDirs.b("k"))));
        assertEquals(ErrorKind.READ_ONLY,
            assertThrows(StorageException.class, () -> tx.put(TestDirs.b("k"), TestDirs.b("w"))).kind());
      }
    }
  }
}
