package org.sochdb.vector.index;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the graph's nodes stand for: per ordinal, the row key, a hash of the vector as the row
 * holds it, and the two moments that bound the node's visibility.
 *
 * <p>{@code born} and {@code died} are encoded so that a zero array means "not yet known":
 * <ul>
 *   <li>{@code born}: 0 not registered (invisible), {@code lsn + 1} committed at {@code lsn},
 *       {@code -txId} written by a transaction still open or committing, {@link #DEAD} never
 *       committed (rolled back);</li>
 *   <li>{@code died}: 0 alive, {@code lsn + 1} deleted by the commit at {@code lsn},
 *       {@code -txId} deleted by a transaction that is committing.</li>
 * </ul>
 * Growth happens in chunks, so readers never see an array being copied.
 */
final class NodeStates {
  static final long DEAD = Long.MIN_VALUE;
  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private final AtomicReferenceArray<Chunk> chunks = new AtomicReferenceArray<>(1 << 17);

  private static final class Chunk {
    final AtomicLongArray born = new AtomicLongArray(CHUNK);
    final AtomicLongArray died = new AtomicLongArray(CHUNK);
    final long[] hashes = new long[CHUNK];
    final byte[][] keys = new byte[CHUNK][];
  }

  private Chunk chunk(int ordinal) {
    int i = ordinal >>> CHUNK_BITS;
    Chunk c = chunks.get(i);
    if (c == null) {
      chunks.compareAndSet(i, null, new Chunk());
      c = chunks.get(i);
    }
    return c;
  }

  /** Records a new node; {@code born} is published last, so a reader that sees it sees the rest. */
  void register(int ordinal, byte[] rowKey, long vectorHash, long born) {
    Chunk c = chunk(ordinal);
    int o = ordinal & (CHUNK - 1);
    c.keys[o] = rowKey;
    c.hashes[o] = vectorHash;
    c.died.set(o, 0);
    c.born.set(o, born);
  }

  long born(int ordinal) {
    Chunk c = chunks.get(ordinal >>> CHUNK_BITS);
    return c == null ? 0 : c.born.get(ordinal & (CHUNK - 1));
  }

  long died(int ordinal) {
    Chunk c = chunks.get(ordinal >>> CHUNK_BITS);
    return c == null ? 0 : c.died.get(ordinal & (CHUNK - 1));
  }

  void setBorn(int ordinal, long value) {
    chunk(ordinal).born.set(ordinal & (CHUNK - 1), value);
  }

  void setDied(int ordinal, long value) {
    chunk(ordinal).died.set(ordinal & (CHUNK - 1), value);
  }

  boolean casDied(int ordinal, long expected, long value) {
    return chunk(ordinal).died.compareAndSet(ordinal & (CHUNK - 1), expected, value);
  }

  byte[] key(int ordinal) {
    return chunk(ordinal).keys[ordinal & (CHUNK - 1)];
  }

  long hash(int ordinal) {
    return chunk(ordinal).hashes[ordinal & (CHUNK - 1)];
  }

  /** Whether the node is committed and not deleted by any commit: what a file keeps. */
  boolean committedAlive(int ordinal) {
    long b = born(ordinal);
    return b > 0 && died(ordinal) <= 0;
  }

  /** The vector's identity as stored in the row: equal rows give equal hashes. */
  static long hash(float[] vector) {
    long h = 0x9E3779B97F4A7C15L ^ vector.length;
    for (float f : vector) {
      h = (h ^ Float.floatToIntBits(f)) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return h;
  }
}
