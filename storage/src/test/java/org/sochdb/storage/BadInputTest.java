package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.sochdb.storage.TestDirs.b;
import static org.sochdb.storage.TestDirs.s;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.h2.mvstore.MVStore;
import org.mapdb.DBMaker;
import org.sochdb.storage.engine.EngineKind;
import org.sochdb.storage.engine.MvStoreEngine;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;
import org.sochdb.storage.wal.WalChannelFactory;

/** Files that are not ours, newer formats, unwritable places and full disks: a clear error,
 * and the database as it was. */
class BadInputTest {
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("bad");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  @Test
  void foreignMapDbFileIsRefused() {
    try (var foreign = DBMaker.fileDB(dir.resolve("data.mapdb").toFile()).transactionEnable().make()) {
      foreign.treeMap("data", org.mapdb.Serializer.BYTE_ARRAY, org.mapdb.Serializer.BYTE_ARRAY).createOrOpen()
          .put(b("x"), b("y"));
      foreign.commit();
    }
    StorageException e = assertThrows(StorageException.class, () -> Database.open(StorageOptions.file(dir)));
    assertEquals(ErrorKind.CORRUPT, e.kind());
    assertTrue(e.getMessage().contains("without a SochDB format marker"), e.getMessage());
    assertTrue(Files.exists(dir.resolve(EngineKind.MAPDB.dataFile())), "the foreign file must stay");
    assertTrue(Files.notExists(dir.resolve(EngineKind.MVSTORE.dataFile())), "nothing may be made of it");
  }

  /** An MVStore file of another program (an H2 database's maps) is refused, not adopted. */
  @Test
  void foreignMvStoreFileIsRefused() {
    try (MVStore foreign = new MVStore.Builder().fileName(dir.resolve(EngineKind.MVSTORE.dataFile()).toString()).open()) {
      foreign.openMap("table.0").put("x", "y");
      foreign.commit();
    }
    StorageException e = assertThrows(StorageException.class, () -> Database.open(StorageOptions.file(dir)));
    assertEquals(ErrorKind.CORRUPT, e.kind());
    assertTrue(e.getMessage().contains("MVStore file of another program (maps [table.0])"), e.getMessage());
    try (MVStore again = new MVStore.Builder().fileName(dir.resolve(EngineKind.MVSTORE.dataFile()).toString()).open()) {
      assertEquals(java.util.Set.of("table.0"), again.getMapNames(), "the foreign file must be left as it was");
    }
  }

  @Test
  void garbageDataFileIsRefused() throws IOException {
    Files.write(dir.resolve(EngineKind.MVSTORE.dataFile()), "not an MVStore file, just text ".repeat(200).getBytes());
    StorageException e = assertThrows(StorageException.class, () -> Database.open(StorageOptions.file(dir)));
    assertEquals(ErrorKind.CORRUPT, e.kind());
    assertTrue(e.getMessage().contains("is not a SochDB data file or it is damaged"), e.getMessage());
  }

  @Test
  void newerFormatVersionIsRefused() {
    Database.open(StorageOptions.file(dir)).close();
    try (MvStoreEngine engine = MvStoreEngine.openFile(dir.resolve(EngineKind.MVSTORE.dataFile()), false)) {
      engine.setMeta("format_version", Database.FORMAT_VERSION + 1);
      engine.commit();
    }
    StorageException e = assertThrows(StorageException.class, () -> Database.open(StorageOptions.file(dir)));
    assertEquals(ErrorKind.FORMAT_VERSION, e.kind());
    assertTrue(e.getMessage().contains("format version 2, newer than this build reads (1)"), e.getMessage());
  }

  @Test
  void pathThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.txt"), "hello");
    StorageException e = assertThrows(StorageException.class, () -> Database.open(StorageOptions.file(file)));
    assertTrue(e.getMessage().contains("is a file, not a SochDB database directory"), e.getMessage());
  }

  @Test
  void missingDatabaseWithoutCreateIsRefused() {
    StorageException e = assertThrows(StorageException.class,
        () -> Database.open(StorageOptions.file(dir.resolve("nope")).withCreateIfMissing(false)));
    assertEquals(ErrorKind.NOT_FOUND, e.kind());
    assertTrue(e.getMessage().contains("create_if_missing=true"), e.getMessage());
  }

  @Test
  void readOnlyDirectoryGetsClearErrorUnlessOpenedReadOnly() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")) && canWriteAnyway(),
        "running as root: permissions do not stop writes here");
    Database.open(StorageOptions.file(dir)).close();
    Files.delete(dir.resolve("sochdb.lock"));
    dir.toFile().setWritable(false);
    try {
      StorageException e = assertThrows(StorageException.class, () -> Database.open(StorageOptions.file(dir)));
      assertTrue(e.getMessage().contains("read_only=true"), e.getMessage());
    } finally {
      dir.toFile().setWritable(true);
    }
  }

  private boolean canWriteAnyway() {
    Path probe = dir.resolve("probe");
    dir.toFile().setWritable(false);
    try {
      Files.writeString(probe, "x");
      Files.delete(probe);
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      dir.toFile().setWritable(true);
    }
  }

  /** A disk that fills up mid-commit: the commit fails whole, later commits work again. */
  @Test
  void fullDiskFailsTheCommitAndChangesNothing() {
    AtomicBoolean full = new AtomicBoolean();
    WalChannelFactory failing = seg -> new FailingChannel(WalChannelFactory.DEFAULT.open(seg), full);
    StorageOptions opts = StorageOptions.file(dir).withWalChannels(failing);
    try (Database db = Database.open(opts)) {
      try (StorageTransaction tx = db.begin()) {
        tx.put(b("a"), b("1"));
        tx.commit();
      }
      full.set(true);
      StorageTransaction tx = db.begin();
      tx.put(b("a"), b("2"));
      tx.put(b("b"), b("2"));
      StorageException e = assertThrows(StorageException.class, tx::commit);
      assertEquals(ErrorKind.IO, e.kind());
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
      assertTrue(e.getMessage().contains("nothing was committed"), e.getMessage());
      try (StorageTransaction r = db.begin(true)) {
        assertEquals("1", s(r.get(b("a"))));
        assertNull(r.get(b("b")));
      }
      full.set(false);
      try (StorageTransaction again = db.begin()) {
        again.put(b("c"), b("3"));
        again.commit();
      }
    }
    try (Database db = Database.open(StorageOptions.file(dir))) {
      try (StorageTransaction r = db.begin(true)) {
        assertEquals("1", s(r.get(b("a"))));
        assertNull(r.get(b("b")));
        assertEquals("3", s(r.get(b("c"))));
      }
    }
  }

  /** Writes half of what it is asked, then fails, while {@code full} is set. */
  private static final class FailingChannel extends DelegatingFileChannel {
    private final AtomicBoolean full;

    FailingChannel(FileChannel inner, AtomicBoolean full) {
      super(inner);
      this.full = full;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      if (full.get()) {
        ByteBuffer half = src.duplicate();
        half.limit(src.position() + src.remaining() / 2);
        inner.write(half, position);
        throw new IOException("No space left on device");
      }
      return inner.write(src, position);
    }
  }
}
