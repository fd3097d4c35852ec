package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.storage.TestDirs.b;
import static org.sochdb.storage.TestDirs.s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.engine.KvEntry;
import org.sochdb.storage.engine.MapDbEngine;

/** A directory made by a build before the MVStore engine: read on MapDB, moved on first write open. */
class MapDbDirectoryTest {
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("mapdb-dir");
    try (MapDbEngine old = MapDbEngine.openFile(dir.resolve(Database.MAPDB_DATA_FILE), false)) {
      old.setMeta("format_version", Database.FORMAT_VERSION);
      old.setMeta("checkpoint_lsn", 7);
      List<KvEntry> rows = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        rows.add(new KvEntry(b(String.format("k%05d", i)), b("v" + i)));
      }
      old.apply(rows);
      old.commit();
    }
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  @Test
  void readOnlyOpenReadsTheMapDbFileAndChangesNothing() {
    try (Database db = Database.open(StorageOptions.file(dir).withReadOnly(true));
        StorageTransaction tx = db.begin(true)) {
      assertEquals("v42", s(tx.get(b("k00042"))));
      assertEquals(7, db.stats().walLsn());
    }
    assertTrue(Files.exists(dir.resolve(Database.MAPDB_DATA_FILE)));
    assertFalse(Files.exists(dir.resolve(Database.DATA_FILE)));
  }

  @Test
  void writableOpenMovesTheBaseImageToMvStore() throws Exception {
    // What a kill during an earlier migration leaves behind: a half-built copy.
    Files.writeString(dir.resolve(Database.DATA_FILE + ".migrating"), "half a copy");
    try (Database db = Database.open(StorageOptions.file(dir))) {
      assertEquals(7, db.stats().walLsn(), "checkpoint_lsn travels with the data");
      try (StorageTransaction tx = db.begin()) {
        assertEquals("v9999", s(tx.get(b("k09999"))));
        tx.put(b("new"), b("2"));
        tx.commit();
      }
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of("data.mvstore", "sochdb.lock", "wal"),
          files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
    try (Database db = Database.open(StorageOptions.file(dir).withReadOnly(true));
        StorageTransaction tx = db.begin(true)) {
      assertEquals("2", s(tx.get(b("new"))));
      assertEquals(10_001, db.stats().keysCount());
    }
  }
}
