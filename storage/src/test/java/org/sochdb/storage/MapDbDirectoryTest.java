package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.storage.TestDirs.b;
import static org.sochdb.storage.TestDirs.s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.engine.KeyValue;
import org.sochdb.storage.engine.MapDbEngine;

/** A directory made by a build before the MVStore engine keeps working on its MapDB file. */
class MapDbDirectoryTest {
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("mapdb-dir");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  @Test
  void olderDirectoryOpensOnMapDbAndStaysThere() {
    try (MapDbEngine old = MapDbEngine.openFile(dir.resolve(Database.MAPDB_DATA_FILE), false)) {
      old.setMeta("format_version", Database.FORMAT_VERSION);
      old.apply(List.of(new KeyValue(b("old"), b("1"))));
      old.commit();
    }
    try (Database db = Database.open(StorageOptions.file(dir))) {
      try (Transaction tx = db.begin()) {
        assertEquals("1", s(tx.get(b("old"))));
        tx.put(b("new"), b("2"));
        tx.commit();
      }
    }
    assertFalse(Files.exists(dir.resolve(Database.DATA_FILE)), "no second base image may appear beside the MapDB one");
    try (Database db = Database.open(StorageOptions.file(dir).withReadOnly(true));
        Transaction tx = db.begin(true)) {
      assertEquals("2", s(tx.get(b("new"))));
    }
    try (MapDbEngine old = MapDbEngine.openFile(dir.resolve(Database.MAPDB_DATA_FILE), true)) {
      assertTrue(old.get(b("new")) != null, "the close's checkpoint went into the MapDB file");
    }
  }
}
