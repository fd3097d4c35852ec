package org.sochdb.vector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sochdb.vector.text.IndexFixture.id;
import static org.sochdb.vector.text.IndexFixture.render;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/** The index lives in the caller's transaction: visibility, isolation, rollback, delete, update, concurrency. */
class TransactionalIndexTest {
  private final IndexFixture f = new IndexFixture().add("red apple", "green apple pie");

  @AfterEach
  void close() {
    f.close();
  }

  private static List<Integer> ids(List<Hit> hits) {
    return hits.stream().map(h -> id(h.docId())).toList();
  }

  @Test
  void anOpenTransactionSeesItsOwnDocumentsAndNobodyElseDoes() {
    try (StorageTransaction writer = f.db.begin()) {
      f.index.add(writer, id(3), "apple crumble");
      assertEquals(List.of(3), ids(f.index.search(writer, "crumble", 10, null)));
      assertEquals(3, f.index.search(writer, "apple", 10, null).size());
      assertEquals(List.of(), f.ids("crumble", 10));
      assertEquals(2, f.search("apple", 10).size());
      writer.commit();
    }
    assertEquals(List.of(3), f.ids("crumble", 10));
  }

  @Test
  void aSnapshotKeepsItsViewAfterOthersCommit() {
    try (StorageTransaction reader = f.db.begin(true)) {
      List<Hit> before = f.index.search(reader, "apple", 10, null);
      f.add(3, "apple").add(4, "apple apple");
      assertEquals(render(before), render(f.index.search(reader, "apple", 10, null)));
    }
    assertEquals(4, f.search("apple", 10).size());
  }

  @Test
  void rollbackLeavesNothing() {
    List<String> before = render(f.search("apple pie crumble", 10));
    try (StorageTransaction tx = f.db.begin()) {
      f.index.add(tx, id(3), "apple crumble");
      f.index.remove(tx, id(1), "red apple");
      tx.rollback();
    }
    assertEquals(before, render(f.search("apple pie crumble", 10)));
  }

  @Test
  void deleteRemovesTheDocumentAndItsStatistics() {
    try (StorageTransaction tx = f.db.begin()) {
      f.index.remove(tx, id(1), "red apple");
      tx.commit();
    }
    assertEquals(List.of(), f.ids("red", 10));
    try (IndexFixture fresh = new IndexFixture().add(2, "green apple pie")) {
      assertEquals(render(fresh.search("apple pie red", 10)), render(f.search("apple pie red", 10)));
    }
  }

  @Test
  void removingEveryDocumentLeavesOnlyStatisticsThatSumToZero() {
    try (StorageTransaction tx = f.db.begin()) {
      f.index.remove(tx, id(1), "red apple");
      f.index.remove(tx, id(2), "green apple pie");
      tx.commit();
    }
    byte[] statistics = java.util.Arrays.copyOf(Catalog.structureKeyPrefix(7), 6);
    statistics[5] = 's';
    try (StorageTransaction tx = f.db.begin(true); KvCursor c = tx.scanPrefix(Catalog.structureKeyPrefix(7))) {
      c.forEachRemaining(e -> assertTrue(Bytes.startsWith(e.key(), statistics)));
    }
    assertEquals(List.of(), f.ids("apple", 10));
  }

  @Test
  void updateIsRemoveThenAddAndScoresLikeAFreshIndex() {
    try (StorageTransaction tx = f.db.begin()) {
      f.index.remove(tx, id(2), "green apple pie");
      f.index.add(tx, id(2), "blue berry pie with apple and apple");
      tx.commit();
    }
    try (IndexFixture fresh = new IndexFixture().add("red apple", "blue berry pie with apple and apple")) {
      for (String q : List.of("apple", "pie", "green", "blue \"berry pie\"")) {
        assertEquals(render(fresh.search(q, 10)), render(f.search(q, 10)), q);
      }
    }
  }

  @Test
  void concurrentTransactionsAddingDifferentDocumentsBothCommit() {
    List<StorageTransaction> txs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      StorageTransaction tx = f.db.begin();
      f.index.add(tx, id(10 + i), "concurrent apple " + i);
      txs.add(tx);
    }
    for (StorageTransaction tx : txs) {
      tx.commit();
    }
    try (IndexFixture fresh = new IndexFixture().add("red apple", "green apple pie")) {
      for (int i = 0; i < 8; i++) {
        fresh.add(10 + i, "concurrent apple " + i);
      }
      assertEquals(render(fresh.search("apple concurrent", 20)), render(f.search("apple concurrent", 20)));
    }
  }

  @Test
  void concurrentChangesToTheSameDocumentConflict() {
    try (StorageTransaction a = f.db.begin(); StorageTransaction b = f.db.begin()) {
      f.index.add(a, id(5), "first text");
      f.index.add(b, id(5), "second text");
      a.commit();
      StorageException e = assertThrows(StorageException.class, b::commit);
      assertEquals(ErrorKind.SERIALIZATION_FAILURE, e.kind());
    }
  }

  @Test
  void removingADocumentThatIsNotIndexedDoesNothing() {
    List<String> before = render(f.search("apple", 10));
    try (StorageTransaction tx = f.db.begin()) {
      f.index.remove(tx, id(9), "red apple");
      tx.commit();
    }
    assertEquals(before, render(f.search("apple", 10)));
  }
}
