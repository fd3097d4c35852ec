package org.sochdb.vector.hnsw;

/**
 * The node every search starts from, with its level, read together from one volatile long. It
 * changes only under {@link #lock}, held by the rare insertion whose node tops the graph.
 */
final class EntryPoint {

  static final long EMPTY = -1L;

  final Object lock = new Object();
  private volatile long packed = EMPTY;

  long get() {
    return packed;
  }

  void set(int node, int level) {
    packed = ((long) level << 32) | (node & 0xffffffffL);
  }

  static int node(long packed) {
    return (int) packed;
  }

  static int level(long packed) {
    return (int) (packed >>> 32);
  }
}
