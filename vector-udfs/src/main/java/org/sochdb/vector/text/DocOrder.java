package org.sochdb.vector.text;

import java.util.Arrays;

/**
 * Compares docIds held as key tails. A docId's first 8 bytes, read big-endian into a long,
 * order like the bytes themselves under unsigned comparison, so most comparisons are one
 * long comparison; equal heads fall back to the bytes.
 */
final class DocOrder {
  private DocOrder() {}

  /** The first 8 bytes of the docId at {@code key[from..]}, zero-padded, big-endian. */
  static long head(byte[] key, int from) {
    long h = 0;
    int end = Math.min(key.length, from + 8);
    for (int i = from; i < end; i++) {
      h = (h << 8) | (key[i] & 0xFF);
    }
    return h << (8 * (8 - (end - from)));
  }

  static int compare(long headA, byte[] a, int fromA, long headB, byte[] b, int fromB) {
    int c = Long.compareUnsigned(headA, headB);
    return c != 0 ? c : Arrays.compareUnsigned(a, fromA, a.length, b, fromB, b.length);
  }
}
