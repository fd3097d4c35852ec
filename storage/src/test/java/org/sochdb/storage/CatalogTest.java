package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.ForeignKeyDef;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.NamespaceDef;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.catalog.TriggerDef;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/** Catalog definitions persist, round-trip exactly, and change atomically with data. */
class CatalogTest {
  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("catalog");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  private static TableDef users(int id) {
    return new TableDef(id, "app", "Users", "TABLE",
        List.of(new ColumnDef("id", "INTEGER", -1, -1, false, null, false),
            new ColumnDef("email", "VARCHAR", 200, -1, true, "'none'", false),
            new ColumnDef("embedding", "VECTOR", 384, -1, true, null, false)),
        List.of("id"), List.of(new ForeignKeyDef("fk_org", List.of("org"), "app", "orgs", List.of("id"), "RESTRICT")),
        Map.of("k", "v"), null);
  }

  @Test
  void definitionsRoundTripAcrossReopen() {
    TableDef t;
    IndexDef ix;
    try (Database db = Database.open(StorageOptions.file(dir))) {
      try (StorageTransaction tx = db.begin()) {
        Catalog.putNamespace(tx, new NamespaceDef("app", "App Corp", Map.of("tier", "gold"), 1234));
        t = users(Catalog.nextId(tx));
        Catalog.putTable(tx, t);
        ix = new IndexDef(Catalog.nextId(tx), "app", "users_email", "Users", List.of("email"), List.of(false),
            true, "BTREE", Map.of(), true);
        Catalog.putIndex(tx, ix);
        Catalog.putTrigger(tx, new TriggerDef("app", "trg", "Users", "BEFORE", "INSERT", "com.x.T", null));
        tx.commit();
      }
    }
    try (Database db = Database.open(StorageOptions.file(dir)); StorageTransaction tx = db.begin(true)) {
      CatalogSnapshot cs = Catalog.snapshot(tx);
      assertEquals(4, cs.version());
      assertEquals(List.of(new NamespaceDef("app", "App Corp", Map.of("tier", "gold"), 1234)), cs.namespaces());
      assertEquals(t, cs.table("APP", "users").orElseThrow());
      assertEquals(List.of(ix), cs.indexesOf(t));
      assertEquals("com.x.T", cs.triggersOf(t).get(0).className());
      assertEquals(1, t.id());
      assertEquals(2, ix.id());
    }
  }

  @Test
  void ddlRollsBackWithTheTransaction() {
    try (Database db = Database.open(StorageOptions.memory("catalog-rb"))) {
      try (StorageTransaction tx = db.begin()) {
        Catalog.putTable(tx, users(Catalog.nextId(tx)));
        tx.put(Catalog.tableKeyPrefix(1), new byte[] {1});
        tx.rollback();
      }
      try (StorageTransaction tx = db.begin()) {
        assertTrue(Catalog.snapshot(tx).tables().isEmpty());
        assertEquals(1, Catalog.nextId(tx), "a rolled-back id is handed out again");
      }
    }
  }

  @Test
  void dropTableRemovesItsRows() {
    try (Database db = Database.open(StorageOptions.memory("catalog-drop"))) {
      TableDef t;
      try (StorageTransaction tx = db.begin()) {
        t = users(Catalog.nextId(tx));
        Catalog.putTable(tx, t);
        for (int i = 0; i < 10; i++) {
          tx.put(Bytes2.concat(Catalog.tableKeyPrefix(t.id()), i), new byte[] {1});
        }
        tx.put(Catalog.tableKeyPrefix(t.id() + 1), new byte[] {2});
        tx.commit();
      }
      try (StorageTransaction tx = db.begin()) {
        Catalog.dropTable(tx, t);
        tx.commit();
      }
      try (StorageTransaction tx = db.begin(true)) {
        assertFalse(tx.scanPrefix(Catalog.tableKeyPrefix(t.id())).hasNext());
        assertTrue(tx.scanPrefix(Catalog.tableKeyPrefix(t.id() + 1)).hasNext());
        assertTrue(Catalog.snapshot(tx).table("app", "Users").isEmpty());
      }
    }
  }

  @Test
  void concurrentDdlConflicts() {
    try (Database db = Database.open(StorageOptions.memory("catalog-conc"))) {
      StorageTransaction a = db.begin();
      StorageTransaction b = db.begin();
      Catalog.putNamespace(a, new NamespaceDef("a", "a", Map.of(), 0));
      Catalog.putNamespace(b, new NamespaceDef("b", "b", Map.of(), 0));
      a.commit();
      assertEquals(ErrorKind.SERIALIZATION_FAILURE, assertThrows(StorageException.class, b::commit).kind());
    }
  }

  /** Test helper: a key under a prefix. */
  static final class Bytes2 {
    static byte[] concat(byte[] prefix, int i) {
      return org.sochdb.storage.engine.Bytes.concat(prefix, new byte[] {(byte) i});
    }
  }
}
