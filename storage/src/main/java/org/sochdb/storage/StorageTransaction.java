package org.sochdb.storage;

import java.util.function.Supplier;
import org.sochdb.storage.engine.Bytes;

/**
 * A snapshot-isolated unit of work over the database's ordered byte map.
 *
 * <p>Reads see the data committed when the transaction began plus its own writes;
 * {@link #commit()} applies every write at once or, when another transaction committed a
 * write to one of the same keys after this one began, fails with
 * {@link org.sochdb.storage.error.ErrorKind#SERIALIZATION_FAILURE} and changes nothing
 * (first committer wins). Not thread-safe: use a transaction from one thread at a time.
 * Closing an active transaction rolls it back.
 */
public interface StorageTransaction extends AutoCloseable {
  /** An id unique among the transactions of this process. */
  long id();

  /** The LSN of the last commit this transaction's snapshot includes. */
  long snapshotLsn();

  boolean isReadOnly();

  boolean isActive();

  /** The value of {@code key}, or null when absent. */
  byte[] get(byte[] key);

  void put(byte[] key, byte[] value);

  void delete(byte[] key);

  /** Entries with {@code from <= key < to} in unsigned byte order; a null bound is open. */
  KvCursor scan(byte[] from, byte[] to);

  /** Entries whose key starts with {@code prefix}. */
  default KvCursor scanPrefix(byte[] prefix) {
    return scan(prefix.length == 0 ? null : prefix, Bytes.prefixEnd(prefix));
  }

  /** Whether this transaction has written anything (that a commit would log). */
  boolean hasWrites();

  /** Marks the current state; {@link #rollbackTo} takes back every write made after it. */
  int savepoint();

  void rollbackTo(int savepoint);

  /**
   * Makes the writes durable as the database's sync mode says and visible to transactions
   * that begin afterwards.
   *
   * @return the commit's LSN (for a transaction without writes, the LSN of its snapshot)
   */
  long commit();

  void rollback();

  /** Registers a hook that sees this transaction's commit, rollback and savepoint rollbacks:
   * how secondary structures (search indexes) follow a transaction. */
  void addListener(TransactionListener listener);

  /** Per-transaction state of another layer, created on first use. */
  <T> T attachment(Object key, Supplier<T> init);

  @Override
  void close();
}
