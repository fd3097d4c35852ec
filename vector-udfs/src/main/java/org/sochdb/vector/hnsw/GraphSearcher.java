package org.sochdb.vector.hnsw;

import java.util.function.IntPredicate;

/**
 * Best-first search of one level of the graph. The results queue holds only accepted nodes;
 * rejected nodes still enter the candidate queue and route the search, and the candidate queue
 * is not bounded by the filter, so the search goes on until it holds {@code ef} accepted nodes or
 * runs out of nodes nearer than its worst result.
 */
final class GraphSearcher {

  private GraphSearcher() {}

  /** Leaves the best {@code ef} accepted nodes in {@code s.results}. */
  static void searchLevel(GraphStore g, float[] query, int[] entryPoints, int entryCount, int ef,
      int level, IntPredicate accept, SearchScratch s) {
    NodeQueue candidates = s.candidates;
    NodeQueue results = s.results;
    VisitedSet visited = s.visited;
    candidates.clear();
    results.clear();
    visited.clear();
    for (int i = 0; i < entryCount; i++) {
      int ep = entryPoints[i];
      if (visited.visit(ep)) {
        float cost = g.cost(query, ep);
        candidates.push(cost, ep);
        if (accept == null || accept.test(ep)) {
          results.offer(cost, ep, ef);
        }
      }
    }
    float bound = results.size() >= ef ? results.topDistance() : Float.POSITIVE_INFINITY;
    int[] neighbors = s.neighbors;
    while (!candidates.isEmpty()) {
      long top = candidates.popKey();
      if (NodeQueue.distance(top) > bound) {
        break;
      }
      int n = g.readNeighbors(NodeQueue.node(top), level, neighbors);
      for (int i = 0; i < n; i++) {
        int node = neighbors[i];
        if (!visited.visit(node)) {
          continue;
        }
        float cost = g.cost(query, node);
        if (cost < bound) {
          candidates.push(cost, node);
          if ((accept == null || accept.test(node)) && results.offer(cost, node, ef)
              && results.size() >= ef) {
            bound = results.topDistance();
          }
        }
      }
    }
  }

  /** The nearest node on {@code level} reached greedily from {@code from}. */
  static int greedy(GraphStore g, float[] query, int from, int level, SearchScratch s) {
    s.entryPoints[0] = from;
    searchLevel(g, query, s.entryPoints, 1, 1, level, null, s);
    return s.results.topNode();
  }
}
