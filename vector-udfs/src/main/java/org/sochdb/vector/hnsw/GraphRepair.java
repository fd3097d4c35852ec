package org.sochdb.vector.hnsw;

import java.util.BitSet;
import java.util.concurrent.locks.StampedLock;

/**
 * Links nodes that a build left without a path from the entry point on level 0. Diversity
 * pruning can take every in-link of a node away (Lucene meets the same and connects its graph's
 * components after a build): such a node is never found by a search. Each unreachable node gets
 * a link from its nearest reachable node whose list has room, and what it links to becomes
 * reachable with it.
 */
final class GraphRepair {
  private GraphRepair() {}

  /**
   * Repairs {@code index}'s level 0; returns how many nodes it linked. Adds running meanwhile
   * may leave their own nodes for a later repair.
   */
  static int connect(HnswIndex index) {
    GraphStore store = index.store;
    int size = store.size();
    if (size < 2) {
      return 0;
    }
    BitSet reachable = new BitSet(size);
    int[] buffer = new int[store.maxConn0 + 1];
    int[] queue = new int[size];
    mark(store, EntryPoint.node(index.entry.get()), reachable, queue, buffer);
    NeighborList view = new NeighborList();
    float[] vector = new float[index.dimension()];
    int linked = 0;
    for (int node = reachable.nextClearBit(0); node < size; node = reachable.nextClearBit(node + 1)) {
      store.copyVector(node, vector);
      TopHits near = index.search(vector, Math.min(size, store.maxConn0), 2 * store.maxConn0, reachable::get);
      for (int i = 0; i < near.size(); i++) {
        int from = near.ordinals()[i];
        StampedLock lock = store.lock(from);
        long stamp = lock.writeLock();
        try {
          NeighborList list = store.list(from, 0, view);
          if (list.size() < store.maxConn0) {
            list.addBackLink(node, store.cost(from, node), store);
            linked++;
            break;
          }
        } finally {
          lock.unlockWrite(stamp);
        }
      }
      mark(store, node, reachable, queue, buffer);
    }
    return linked;
  }

  /** Marks {@code start} and every node reachable from it on level 0. */
  private static void mark(GraphStore store, int start, BitSet reachable, int[] queue, int[] buffer) {
    if (reachable.get(start)) {
      return;
    }
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    reachable.set(start);
    while (head < tail) {
      int n = store.readNeighbors(queue[head++], 0, buffer);
      for (int i = 0; i < n; i++) {
        if (reachable.get(buffer[i]) == false) {
          reachable.set(buffer[i]);
          queue[tail++] = buffer[i];
        }
      }
    }
  }
}
