package org.sochdb.vector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sochdb.vector.text.IndexFixture.id;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.StorageTransaction;

/**
 * Postings served from memory are exactly what each snapshot would read from storage: after a
 * commit changes a term, after a rollback, for a snapshot older than the cached one, and for a
 * transaction that wrote the term itself.
 */
class PostingsCacheTest {
  private final IndexFixture f = new IndexFixture().add("red apple", "green apple pie");

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aCommitChangingATermIsSeenByTheNextSearch() {
    assertEquals(List.of(1, 2), f.ids("apple", 10)); // cached now
    f.add(3, "apple apple apple");
    assertEquals(List.of(3, 1, 2), f.ids("apple", 10));
    try (StorageTransaction tx = f.db.begin()) {
      f.index.remove(tx, id(1), "red apple");
      tx.commit();
    }
    assertEquals(List.of(3, 2), f.ids("apple", 10));
    assertEquals(List.of(), f.ids("red", 10));
  }

  @Test
  void anOlderSnapshotDoesNotTakeNewerPostings() {
    try (StorageTransaction old = f.db.begin(true)) {
      f.add(3, "apple");
      assertEquals(3, f.search("apple", 10).size()); // caches the new postings
      assertEquals(2, f.index.search(old, "apple", 10, null).size());
    }
  }

  @Test
  void postingsCachedByAnOlderSnapshotServeNewerOnesOnlyWhileUnchanged() {
    try (StorageTransaction old = f.db.begin(true)) {
      f.add(3, "pear");
      assertEquals(2, f.index.search(old, "apple", 10, null).size()); // "apple" unchanged: may be cached
      assertEquals(2, f.search("apple", 10).size());
      f.add(4, "apple");
      assertEquals(2, f.index.search(old, "apple", 10, null).size());
      assertEquals(3, f.search("apple", 10).size());
    }
  }

  @Test
  void aWriterReadsItsOwnTermsFromStorageAndARollbackChangesNothing() {
    assertEquals(2, f.search("apple", 10).size());
    try (StorageTransaction tx = f.db.begin()) {
      f.index.add(tx, id(3), "apple");
      assertEquals(3, f.index.search(tx, "apple", 10, null).size());
      assertEquals(2, f.search("apple", 10).size());
      tx.rollback();
    }
    assertEquals(2, f.search("apple", 10).size());
    assertEquals(List.of(1, 2), f.ids("apple", 10));
  }
}
