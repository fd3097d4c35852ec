package org.sochdb.vector.hnsw;

/**
 * A mutable view of one node's neighbour list on one level, kept sorted by cost to the owner
 * (nearest first). Callers hold the owner's write lock; one view is reused for every list a
 * thread edits.
 *
 * <p>Back-links follow HNSW's heuristic as Lucene applies it: a new back-link goes in unchecked;
 * when the list overflows, the farthest entry that is closer to some nearer entry than to the
 * owner is dropped (only pairs involving an unchecked entry are compared, the others passed
 * before), else the farthest entry.
 */
final class NeighborList {

  private int[] ids;
  private int base;
  private float[] costs;
  private int costBase;
  private int maxConn;

  NeighborList bind(int[] ids, int base, float[] costs, int costBase, int maxConn) {
    this.ids = ids;
    this.base = base;
    this.costs = costs;
    this.costBase = costBase;
    this.maxConn = maxConn;
    return this;
  }

  int size() {
    return ids[base];
  }

  int id(int i) {
    return ids[base + 1 + i] & ~GraphStore.UNCHECKED;
  }

  /** The stored id with its unchecked flag, for copying a list exactly. */
  int rawId(int i) {
    return ids[base + 1 + i];
  }

  float cost(int i) {
    return costs[costBase + i];
  }

  /**
   * Replaces the list with the first {@code n} of {@code nodes}, nearest first: a fresh diverse
   * selection, or a list read back with its unchecked flags.
   */
  void set(int[] nodes, float[] nodeCosts, int n) {
    System.arraycopy(nodes, 0, ids, base + 1, n);
    System.arraycopy(nodeCosts, 0, costs, costBase, n);
    ids[base] = n;
  }

  /** Adds a link to {@code node} at {@code cost}, then prunes back to the maximum degree. */
  void addBackLink(int node, float cost, GraphStore store) {
    int n = ids[base];
    for (int i = 0; i < n; i++) {
      if (id(i) == node) {
        return;
      }
    }
    int at = n;
    while (at > 0 && costs[costBase + at - 1] > cost) {
      at--;
    }
    System.arraycopy(ids, base + 1 + at, ids, base + 2 + at, n - at);
    System.arraycopy(costs, costBase + at, costs, costBase + at + 1, n - at);
    ids[base + 1 + at] = node | GraphStore.UNCHECKED;
    costs[costBase + at] = cost;
    n++;
    if (n > maxConn) {
      int drop = worstNonDiverse(n, store);
      System.arraycopy(ids, base + 2 + drop, ids, base + 1 + drop, n - drop - 1);
      System.arraycopy(costs, costBase + drop + 1, costs, costBase + drop, n - drop - 1);
      n--;
      for (int i = 0; i < n; i++) {
        ids[base + 1 + i] &= ~GraphStore.UNCHECKED;
      }
    }
    ids[base] = n;
  }

  private boolean unchecked(int i) {
    return ids[base + 1 + i] < 0;
  }

  private int worstNonDiverse(int n, GraphStore store) {
    for (int i = n - 1; i > 0; i--) {
      int candidate = id(i);
      float ownerCost = costs[costBase + i];
      boolean self = unchecked(i);
      boolean anyUncheckedBelow = false;
      for (int j = 0; j < i; j++) {
        boolean other = unchecked(j);
        anyUncheckedBelow |= other;
        if ((self || other) && store.cost(candidate, id(j)) <= ownerCost) {
          return i;
        }
      }
      if (!self && !anyUncheckedBelow) {
        // Every pair left was compared when the list was last pruned.
        break;
      }
    }
    return n - 1;
  }
}
