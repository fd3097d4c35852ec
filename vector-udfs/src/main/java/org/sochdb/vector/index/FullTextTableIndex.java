package org.sochdb.vector.index;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.sochdb.adapter.spi.SearchIndex;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.vector.text.FullTextIndex;
import org.sochdb.vector.text.Hit;
import org.sochdb.vector.text.TextAnalyzer;

/**
 * The full-text index of one text column. Its postings live in the transaction's key space
 * (under the index's structure prefix), written with the row, so visibility, rollback and
 * durability are the table's own; what it keeps in memory is a cache of committed postings.
 */
public final class FullTextTableIndex implements SearchIndex {
  private final Context context;
  private final int column;
  private final FullTextIndex index;

  FullTextTableIndex(Context context) {
    this.context = context;
    this.column = context.table().columnIndex(context.index().columns().get(0));
    long baseline = context.isNew() ? 0 : context.database().storage().lastCommitLsn();
    this.index = new FullTextIndex(Catalog.structureKeyPrefix(context.index().id()), TextAnalyzer.english(), baseline);
  }

  @Override
  public void insert(StorageTransaction tx, byte[] rowKey, Object[] row) {
    if (row[column] instanceof String text) {
      index.add(tx, rowKey, text);
    }
  }

  @Override
  public void delete(StorageTransaction tx, byte[] rowKey, Object[] row) {
    if (row[column] instanceof String text) {
      index.remove(tx, rowKey, text);
    }
  }

  @Override
  public boolean changes(Object[] old, Object[] row) {
    return Objects.equals(old[column], row[column]) == false;
  }

  @Override
  public void build(StorageTransaction tx) {
    context.scanRows(tx, (key, row) -> insert(tx, key, row));
  }

  @Override
  public void drop() {
    // the postings went with the index's key range when the drop committed
  }

  @Override
  public void close() {
    // everything is in the database's own files
  }

  /** The indexed column's position in the table's rows. */
  public int column() {
    return column;
  }

  /** The best {@code k} rows for {@code query} that {@code tx} sees and {@code accept} (of row keys) takes. */
  public List<Hit> search(StorageTransaction tx, String query, int k, Predicate<byte[]> accept) {
    return index.search(tx, query, k, accept);
  }
}
