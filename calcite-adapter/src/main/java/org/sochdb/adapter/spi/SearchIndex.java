package org.sochdb.adapter.spi;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * The live structure of one index made by an {@link IndexMethod}. The adapter calls
 * {@link #insert} and {@link #delete} for every row of the table written in a transaction (an
 * update is a delete of the old row and an insert of the new one, unless the indexed columns
 * are unchanged), always from the writer's thread and in its transaction, after the row itself
 * was written: a structure that follows the transaction through
 * {@link StorageTransaction#addListener} sees its commit, rollback and savepoint rollbacks.
 *
 * <p>Implementations are thread-safe: many transactions write and search at once.
 */
public interface SearchIndex {
  /** What a structure knows of its place: the database, its definition and its table. */
  interface Context {
    SochDatabase database();

    IndexDef index();

    /** The table as it was defined when the structure opened; columns are only ever added. */
    TableDef table();

    /** The table as {@code tx} sees it (with any columns added since the structure opened). */
    TableDef table(StorageTransaction tx);

    /**
     * The file this structure may keep beside the database's files ({@code name} is a suffix
     * such as {@code ".hnsw"}), or null for an in-memory database.
     */
    Path file(String suffix);

    /**
     * Whether the index is being created now (its structure starts empty and is filled by
     * {@link SearchIndex#build}), rather than opened after it was committed.
     */
    boolean isNew();

    /** Calls {@code row} with the key and decoded values of every row of the table {@code tx} sees. */
    void scanRows(StorageTransaction tx, BiConsumer<byte[], Object[]> row);
  }

  /** A row was written: {@code row} holds the table's values in column order, storage form. */
  void insert(StorageTransaction tx, byte[] rowKey, Object[] row);

  /** A row was deleted; {@code row} holds the values it had. */
  void delete(StorageTransaction tx, byte[] rowKey, Object[] row);

  /** Whether an update from {@code old} to {@code row} changes what this index holds. */
  boolean changes(Object[] old, Object[] row);

  /** Indexes the rows {@code tx} sees; called once, by the transaction that creates the index. */
  void build(StorageTransaction tx);

  /** The index was dropped and the drop committed: free its memory and files. */
  void drop();

  /** The database is closing: keep what makes the next open fast. */
  void close();
}
