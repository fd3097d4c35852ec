package org.sochdb.vector.hnsw;

import java.util.concurrent.locks.StampedLock;

/**
 * Links a stored node into the graph. The node first searches from the top level down, keeping
 * {@code efConstruction} candidates on each of its own levels; then, bottom level first, it writes
 * its own diverse neighbour list before any back-link, so a search that reaches it can always
 * leave it again. Only a node taller than the graph takes the entry point's lock.
 */
final class GraphInserter {

  private final GraphStore store;
  private final EntryPoint entry;
  private final int efConstruction;

  GraphInserter(GraphStore store, EntryPoint entry, int efConstruction) {
    this.store = store;
    this.entry = entry;
    this.efConstruction = efConstruction;
  }

  void insert(int node, SearchScratch s) {
    float[] q = s.query;
    store.copyVector(node, q);
    int level = store.level(node);
    long e = entry.get();
    if (e == EntryPoint.EMPTY) {
      synchronized (entry.lock) {
        e = entry.get();
        if (e == EntryPoint.EMPTY) {
          entry.set(node, level);
          return;
        }
      }
    }
    int top = EntryPoint.level(e);
    int linked = linkLevels(node, level, EntryPoint.node(e), top, -1, s);
    if (level > top) {
      promote(node, level, linked, s);
    }
  }

  /**
   * Searches from {@code from} on {@code fromLevel} down and links {@code node} on its levels in
   * {@code (floor, min(level, fromLevel)]}.
   *
   * @return the highest level linked
   */
  private int linkLevels(int node, int level, int from, int fromLevel, int floor, SearchScratch s) {
    float[] q = s.query;
    int ep = from;
    for (int l = fromLevel; l > level; l--) {
      ep = GraphSearcher.greedy(store, q, ep, l, s);
    }
    int highest = Math.min(level, fromLevel);
    int[] eps = s.entryPoints;
    eps[0] = ep;
    int epCount = 1;
    for (int l = highest; l > floor; l--) {
      GraphSearcher.searchLevel(store, q, eps, epCount, efConstruction, l, null, s);
      epCount = s.drainResults(l);
      eps = s.levelNodes(l);
    }
    for (int l = floor + 1; l <= highest; l++) {
      connect(node, l, s);
    }
    return highest;
  }

  private void promote(int node, int level, int linked, SearchScratch s) {
    synchronized (entry.lock) {
      long e = entry.get();
      int top = EntryPoint.level(e);
      if (top > linked) {
        // Another node raised the graph while this one searched: link the levels it missed.
        linkLevels(node, level, EntryPoint.node(e), top, linked, s);
      }
      if (level > top) {
        entry.set(node, level);
      }
    }
  }

  private void connect(int node, int level, SearchScratch s) {
    int maxConn = level == 0 ? store.maxConn0 : store.maxConn;
    int[] candidates = s.levelNodes(level);
    float[] costs = s.levelCosts(level);
    int count = s.levelCount(level);
    int[] selected = s.selected;
    float[] selectedCosts = s.selectedCosts;
    int n = 0;
    for (int i = 0; i < count && n < maxConn; i++) {
      int c = candidates[i];
      if (c != node && isDiverse(c, costs[i], selected, n)) {
        selected[n] = c;
        selectedCosts[n] = costs[i];
        n++;
      }
    }
    StampedLock lock = store.lock(node);
    long stamp = lock.writeLock();
    try {
      store.list(node, level, s.list).set(selected, selectedCosts, n);
    } finally {
      lock.unlockWrite(stamp);
    }
    for (int i = 0; i < n; i++) {
      int neighbor = selected[i];
      lock = store.lock(neighbor);
      stamp = lock.writeLock();
      try {
        store.list(neighbor, level, s.list).addBackLink(node, selectedCosts[i], store);
      } finally {
        lock.unlockWrite(stamp);
      }
    }
  }

  /** Whether {@code candidate} is nearer the new node than to every neighbour already chosen. */
  private boolean isDiverse(int candidate, float cost, int[] selected, int n) {
    for (int i = 0; i < n; i++) {
      if (store.cost(candidate, selected[i]) <= cost) {
        return false;
      }
    }
    return true;
  }
}
