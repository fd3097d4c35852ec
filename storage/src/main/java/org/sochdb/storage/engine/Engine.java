package org.sochdb.storage.engine;

import java.util.Iterator;
import java.util.List;

/**
 * The narrow contract between SochDB and a persistent ordered byte map: everything above
 * (MVCC, catalog, SQL) talks to this interface only. Two stores implement it:
 * {@link MvStoreEngine} on H2's MVStore, the default, and {@link MapDbEngine} on MapDB 3.1; a
 * database is created on one of them ({@link EngineKind}) and stays on it.
 *
 * <p>The engine holds the checkpointed base image. It is not transactional per caller:
 * {@link #apply} changes become durable, all together, at the next {@link #commit}.
 * Implementations are safe for concurrent readers and one writer.
 */
public interface Engine extends AutoCloseable {
  byte[] get(byte[] key);

  /**
   * Entries with {@code from <= key < to} in {@link Bytes#ORDER}; a null bound is open. The
   * iterator is weakly consistent under a concurrent {@link #apply}.
   */
  Iterator<KvEntry> range(byte[] from, byte[] to);

  /**
   * Applies puts and deletes (null values) in order.
   *
   * @return the change in the number of keys
   */
  long apply(List<KvEntry> batch);

  /** A persisted counter or marker kept beside the data (format version, checkpoint LSN). */
  long meta(String name, long missing);

  /** Sets a marker; durable with the next {@link #commit}. */
  void setMeta(String name, long value);

  /** Makes every applied change and marker durable at once; a crash before it returns keeps
   * the previous commit's image whole. */
  void commit();

  /** Number of keys in the base image. */
  long size();

  boolean isPersistent();

  @Override
  void close();
}
