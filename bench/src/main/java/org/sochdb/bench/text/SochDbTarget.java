package org.sochdb.bench.text;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.sochdb.storage.Database;
import org.sochdb.storage.StorageOptions;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.vector.text.FullTextIndex;
import org.sochdb.vector.text.Hit;
import org.sochdb.vector.text.TextAnalyzer;

/**
 * SochDB's {@link FullTextIndex} on an in-memory or a file database: documents indexed
 * {@code batch} per transaction (docId = the document number, 4 bytes big-endian), every
 * query in its own read-only transaction. The file database is checkpointed after indexing,
 * so queries read the engine's pages rather than the version store.
 */
final class SochDbTarget implements KeywordTarget {
  private final String name;
  private final Database db;
  private final FullTextIndex index;
  private final int batch;

  private SochDbTarget(String name, StorageOptions options, TextAnalyzer analyzer, int batch) {
    this.name = name;
    this.db = Database.open(options);
    this.index = new FullTextIndex(Catalog.structureKeyPrefix(1), analyzer, 0);
    this.batch = batch;
  }

  static SochDbTarget memory(TextAnalyzer analyzer, int batch) {
    return new SochDbTarget("sochdb-memory", StorageOptions.memory("keyword-bench"), analyzer, batch);
  }

  static SochDbTarget file(Path dir, TextAnalyzer analyzer, int batch) {
    return new SochDbTarget("sochdb-file", StorageOptions.file(dir), analyzer, batch);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void index(List<String> docs) {
    for (int start = 0; start < docs.size(); start += batch) {
      try (StorageTransaction tx = db.begin()) {
        for (int i = start; i < Math.min(docs.size(), start + batch); i++) {
          index.add(tx, ByteBuffer.allocate(4).putInt(i).array(), docs.get(i));
        }
        tx.commit();
      }
    }
  }

  /** Folds the version store into the engine (file databases only). */
  void checkpoint() {
    db.checkpoint();
  }

  @Override
  public void searchAll(List<String> queries, int k, int[][] out) {
    for (int q = 0; q < queries.size(); q++) {
      try (StorageTransaction tx = db.begin(true)) {
        List<Hit> hits = index.search(tx, queries.get(q), k, null);
        int[] ids = new int[hits.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = ByteBuffer.wrap(hits.get(i).docId()).getInt();
        }
        out[q] = ids;
      }
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
