package org.sochdb.vector.hnsw;

import java.util.Arrays;

/**
 * Nodes seen by one search: a bitset over all ordinals that remembers which words it dirtied, so
 * clearing it costs what the search touched rather than the size of the graph.
 */
final class VisitedSet {

  private long[] words = new long[0];
  private int[] dirty = new int[64];
  private int dirtyCount;

  /** Marks {@code node}; returns false when it was already marked. */
  boolean visit(int node) {
    int w = node >>> 6;
    if (w >= words.length) {
      // Adds running beside the search can link nodes newer than any seen before.
      words = Arrays.copyOf(words, Math.max(w + 1, words.length + (words.length >>> 2) + 16));
    }
    long old = words[w];
    long bit = 1L << node;
    if ((old & bit) != 0) {
      return false;
    }
    if (old == 0) {
      if (dirtyCount == dirty.length) {
        dirty = Arrays.copyOf(dirty, dirtyCount * 2);
      }
      dirty[dirtyCount++] = w;
    }
    words[w] = old | bit;
    return true;
  }

  void clear() {
    for (int i = 0; i < dirtyCount; i++) {
      words[dirty[i]] = 0;
    }
    dirtyCount = 0;
  }

  long ramBytesUsed() {
    return 32 + 16 + 8L * words.length + 16 + 4L * dirty.length;
  }
}
