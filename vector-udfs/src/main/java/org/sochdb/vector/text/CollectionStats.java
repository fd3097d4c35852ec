package org.sochdb.vector.text;

import java.nio.ByteBuffer;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageTransaction;

/**
 * The number of indexed documents and the sum of their lengths, kept as signed deltas in
 * {@value #SHARDS} shard keys and summed when read. A transaction writes only the shard of
 * its id, so concurrently open transactions (whose ids differ) never write the same
 * statistics key and do not fail each other's commits; a document added in one
 * transaction and removed in another leaves +1 in one shard and -1 in another, which sum
 * to the exact count.
 */
record CollectionStats(long docCount, long totalLength) {
  static final int SHARDS = 64;

  static CollectionStats read(StorageTransaction tx, IndexKeys keys) {
    long docs = 0;
    long length = 0;
    try (KvCursor c = tx.scanPrefix(keys.statsPrefix())) {
      while (c.hasNext()) {
        ByteBuffer v = ByteBuffer.wrap(c.next().value());
        docs += v.getLong();
        length += v.getLong();
      }
    }
    return new CollectionStats(docs, length);
  }

  /** Adds {@code docs} documents of {@code length} terms in all (negative to take away). */
  static void add(StorageTransaction tx, IndexKeys keys, long docs, long length) {
    byte[] key = keys.statsShard((int) Long.remainderUnsigned(tx.id(), SHARDS));
    byte[] old = tx.get(key);
    ByteBuffer v = old == null ? ByteBuffer.allocate(16) : ByteBuffer.wrap(old);
    long newDocs = v.getLong(0) + docs;
    long newLength = v.getLong(8) + length;
    if (newDocs == 0 && newLength == 0) {
      tx.delete(key);
    } else {
      tx.put(key, ByteBuffer.allocate(16).putLong(newDocs).putLong(newLength).array());
    }
  }
}
