package org.sochdb.vector.hnsw;

import java.util.Arrays;

/**
 * A binary heap of (distance, node) pairs packed into longs, so a search keeps no objects per
 * entry. The distance's sortable bits sit above the node, so comparing keys orders by distance and
 * then by smaller node. A "worst on top" queue stores complemented keys in the same min-heap.
 */
final class NodeQueue {

  private final boolean worstOnTop;
  private long[] heap;
  private int size;

  NodeQueue(int initialCapacity, boolean worstOnTop) {
    this.worstOnTop = worstOnTop;
    this.heap = new long[Math.max(1, initialCapacity)];
  }

  static long key(float distance, int node) {
    int bits = Float.floatToIntBits(distance);
    // Flip the magnitude bits of negatives so signed int order equals float order.
    int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
    return ((long) sortable << 32) | (node & 0xffffffffL);
  }

  static int node(long key) {
    return (int) key;
  }

  static float distance(long key) {
    int sortable = (int) (key >>> 32);
    return Float.intBitsToFloat(sortable ^ ((sortable >> 31) & 0x7fffffff));
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    size = 0;
  }

  /** The key on top: the best pair, or the worst for a worst-on-top queue. */
  long topKey() {
    long k = heap[0];
    return worstOnTop ? ~k : k;
  }

  int topNode() {
    return node(topKey());
  }

  float topDistance() {
    return distance(topKey());
  }

  void push(float distance, int node) {
    pushKey(key(distance, node));
  }

  void pushKey(long key) {
    long k = worstOnTop ? ~key : key;
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      long p = heap[parent];
      if (p <= k) {
        break;
      }
      heap[i] = p;
      i = parent;
    }
    heap[i] = k;
  }

  /**
   * Keeps at most {@code limit} entries, dropping the worst: for a worst-on-top queue only.
   *
   * @return whether the pair was kept
   */
  boolean offer(float distance, int node, int limit) {
    long key = key(distance, node);
    if (size < limit) {
      pushKey(key);
      return true;
    }
    if (key < ~heap[0]) {
      replaceTop(~key);
      return true;
    }
    return false;
  }

  long popKey() {
    long top = heap[0];
    size--;
    if (size > 0) {
      replaceTop(heap[size]);
    }
    return worstOnTop ? ~top : top;
  }

  int pop() {
    return node(popKey());
  }

  private void replaceTop(long k) {
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      long c = heap[child];
      int right = child + 1;
      if (right < size && heap[right] < c) {
        child = right;
        c = heap[right];
      }
      if (k <= c) {
        break;
      }
      heap[i] = c;
      i = child;
    }
    heap[i] = k;
  }

  long ramBytesUsed() {
    return 32 + 16 + 8L * heap.length;
  }
}
