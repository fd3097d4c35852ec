package org.sochdb.vector.index;

/**
 * Whether a filtered vector search should compare the query with every matching node instead of
 * walking the graph. An exact pass costs one distance per match; a filtered graph walk costs
 * about {@code ef} expansions of 2M neighbours each, inflated by how rarely a node matches, so
 * when few nodes match the exact pass is both cheaper and perfectly accurate.
 */
final class Selectivity {
  private Selectivity() {}

  static boolean exact(int matching, int nodes, int k, int ef) {
    if (matching <= Math.max(k, ef) * 8) {
      return true;
    }
    double fraction = (double) matching / Math.max(1, nodes);
    double graphCost = Math.max(k, ef) * 32.0 / fraction;
    return matching <= graphCost;
  }
}
