package org.sochdb.vector.text;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sochdb.storage.Database;
import org.sochdb.storage.StorageOptions;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;

/** An in-memory database with one full-text index, and short ways to fill and query it. */
final class IndexFixture implements AutoCloseable {
  private static final AtomicInteger NAMES = new AtomicInteger();

  final Database db = Database.open(StorageOptions.memory("fts-test-" + NAMES.incrementAndGet()));
  final FullTextIndex index = new FullTextIndex(Catalog.structureKeyPrefix(7));

  static byte[] id(int n) {
    return ByteBuffer.allocate(4).putInt(n).array();
  }

  static int id(byte[] docId) {
    return ByteBuffer.wrap(docId).getInt();
  }

  /** Adds {@code texts[i]} as document i + 1, committed. */
  IndexFixture add(String... texts) {
    try (StorageTransaction tx = db.begin()) {
      for (int i = 0; i < texts.length; i++) {
        index.add(tx, id(i + 1), texts[i]);
      }
      tx.commit();
    }
    return this;
  }

  /** Adds {@code text} as document {@code id}, committed. */
  IndexFixture add(int id, String text) {
    try (StorageTransaction tx = db.begin()) {
      index.add(tx, id(id), text);
      tx.commit();
    }
    return this;
  }

  List<Hit> search(String query, int k) {
    try (StorageTransaction tx = db.begin(true)) {
      return index.search(tx, query, k, null);
    }
  }

  /** "docId:score" per hit, to compare whole result lists. */
  static List<String> render(List<Hit> hits) {
    return hits.stream().map(h -> id(h.docId()) + ":" + (float) h.score()).toList();
  }

  List<Integer> ids(String query, int k) {
    return search(query, k).stream().map(h -> id(h.docId())).toList();
  }

  @Override
  public void close() {
    db.close();
  }
}
