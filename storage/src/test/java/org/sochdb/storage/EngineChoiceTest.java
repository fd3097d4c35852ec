package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sochdb.storage.TestDirs.b;
import static org.sochdb.storage.TestDirs.s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.engine.EngineKind;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/** The engine a database is created on, and that it stays on it whatever later opens ask for. */
class EngineChoiceTest {
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("engine-choice");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  private List<String> files() throws Exception {
    try (var list = Files.list(dir)) {
      return list.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static void put(Database db, String key, String value) {
    try (StorageTransaction tx = db.begin()) {
      tx.put(b(key), b(value));
      tx.commit();
    }
  }

  private static String get(Database db, String key) {
    try (StorageTransaction tx = db.begin(true)) {
      return s(tx.get(b(key)));
    }
  }

  @Test
  void aMapDbDatabaseIsMadeOfMapDbFilesAndStaysOnMapDb() throws Exception {
    try (Database db = Database.open(StorageOptions.file(dir).withEngine(EngineKind.MAPDB))) {
      assertEquals(EngineKind.MAPDB, db.engine());
      put(db, "a", "1");
    }
    assertEquals(List.of("data.mapdb", "sochdb.lock", "wal"), files());

    try (Database db = Database.open(StorageOptions.file(dir))) {
      assertEquals(EngineKind.MAPDB, db.engine(), "the files decide, not the default");
      assertEquals("1", get(db, "a"));
      put(db, "b", "2");
      db.checkpoint();
      put(db, "c", "3");
    }
    assertEquals(List.of("data.mapdb", "sochdb.lock", "wal"), files());

    try (Database db = Database.open(StorageOptions.file(dir).withReadOnly(true))) {
      assertEquals(EngineKind.MAPDB, db.engine());
      assertEquals(List.of("1", "2", "3"), List.of(get(db, "a"), get(db, "b"), get(db, "c")));
      assertEquals(3, db.stats().walLsn());
      try (StorageTransaction tx = db.begin()) {
        assertEquals(ErrorKind.READ_ONLY, assertThrows(StorageException.class, () -> tx.put(b("d"), b("4"))).kind());
      }
    }
  }

  @Test
  void anMvStoreDatabaseStaysOnMvStoreWhenMapDbIsAsked() throws Exception {
    try (Database db = Database.open(StorageOptions.file(dir))) {
      put(db, "a", "1");
    }
    try (Database db = Database.open(StorageOptions.file(dir).withEngine(EngineKind.MAPDB))) {
      assertEquals(EngineKind.MVSTORE, db.engine());
      assertEquals("1", get(db, "a"));
    }
    assertEquals(List.of("data.mvstore", "sochdb.lock", "wal"), files());
  }

  @Test
  void aMemoryDatabaseRunsOnTheEngineAskedFor() {
    try (Database db = Database.open(StorageOptions.memory("engine-choice").withEngine(EngineKind.MAPDB))) {
      assertEquals(EngineKind.MAPDB, db.engine());
      put(db, "a", "1");
      db.checkpoint();
      assertEquals("1", get(db, "a"));
      assertEquals(1, db.stats().keysCount());
    }
  }

  @Test
  void aDirectoryWithBothDataFilesIsRefusedAndLeftAlone() throws Exception {
    Database.open(StorageOptions.file(dir)).close();
    Path otherDir = TestDirs.create("engine-choice-mapdb");
    try {
      Database.open(StorageOptions.file(otherDir).withEngine(EngineKind.MAPDB)).close();
      Files.copy(otherDir.resolve("data.mapdb"), dir.resolve("data.mapdb"));
    } finally {
      TestDirs.delete(otherDir);
    }
    StorageException e = assertThrows(StorageException.class, () -> Database.open(StorageOptions.file(dir)));
    assertEquals(ErrorKind.CORRUPT, e.kind());
    assertEquals(dir.toAbsolutePath().normalize() + " holds two data files, data.mvstore and data.mapdb, where a SochDB "
        + "database has one; keep the one that holds this database's data and move the other out of the "
        + "directory", e.getMessage());
    assertEquals(List.of("data.mapdb", "data.mvstore", "sochdb.lock", "wal"), files());
    // The lock was let go: the directory opens once it is put right.
    Files.delete(dir.resolve("data.mapdb"));
    Database.open(StorageOptions.file(dir)).close();
  }

  @Test
  void engineNamesParseInAnyCaseAndOthersAreRefusedWithTheChoices() {
    assertEquals(EngineKind.MAPDB, EngineKind.parse(" MapDB "));
    assertEquals(EngineKind.MVSTORE, EngineKind.parse("mvstore"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EngineKind.parse("rocksdb"));
    assertEquals("engine must be mvstore or mapdb, not 'rocksdb'", e.getMessage());
  }
}
