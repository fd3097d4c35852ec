package org.sochdb.bench.storage;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The keys, values and access orders of one repetition, the same for every engine: {@code n}
 * random 16-byte keys (in insertion order and sorted unsigned), a random read order over them,
 * and random range starts.
 */
final class Dataset {
  static final int KEY_BYTES = 16;
  static final int VALUE_BYTES = 100;
  private static final int POOL_BYTES = 1 << 20;

  private final byte[][] keys;
  private final byte[][] sorted;
  private final int[] readOrder;
  private final int[] rangeStarts;
  private final int rangeLen;
  private final byte[] valuePool;

  Dataset(int n, int rangeScans, int rangeLen, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    keys = new byte[n][];
    for (int i = 0; i < n; i++) {
      byte[] k = new byte[KEY_BYTES];
      for (int j = 0; j < KEY_BYTES; j += 8) {
        long r = rnd.nextLong();
        for (int b = 0; b < 8; b++) {
          k[j + b] = (byte) (r >>> (8 * b));
        }
      }
      keys[i] = k;
    }
    sorted = keys.clone();
    Arrays.sort(sorted, Arrays::compareUnsigned);
    for (int i = 1; i < n; i++) {
      if (Arrays.equals(sorted[i - 1], sorted[i])) {
        throw new IllegalStateException("duplicate random key; change --seed");
      }
    }
    readOrder = new int[n];
    for (int i = 0; i < n; i++) {
      readOrder[i] = rnd.nextInt(n);
    }
    this.rangeLen = rangeLen;
    rangeStarts = new int[rangeScans];
    for (int i = 0; i < rangeScans; i++) {
      rangeStarts[i] = rnd.nextInt(n - rangeLen); // leaves room for endExclusive
    }
    valuePool = new byte[POOL_BYTES + VALUE_BYTES];
    rnd.nextBytes(valuePool);
  }

  int size() {
    return keys.length;
  }

  byte[] key(int i) {
    return keys[i];
  }

  /** A fresh 100-byte array of incompressible bytes, deterministic for {@code i}. */
  byte[] value(int i) {
    int off = (int) ((i * 0x9E3779B1L) & (POOL_BYTES - 1));
    return Arrays.copyOfRange(valuePool, off, off + VALUE_BYTES);
  }

  /** Random key indices, with repeats: the point-read sequence. */
  int[] readOrder() {
    return readOrder;
  }

  int rangeScans() {
    return rangeStarts.length;
  }

  int rangeLen() {
    return rangeLen;
  }

  byte[] rangeFirst(int scan) {
    return sorted[rangeStarts[scan]];
  }

  byte[] rangeLast(int scan) {
    return sorted[rangeStarts[scan] + rangeLen - 1];
  }

  byte[] rangeEndExclusive(int scan) {
    return sorted[rangeStarts[scan] + rangeLen];
  }
}
