package org.sochdb.vector.hnsw;

/**
 * Nearest neighbours found by a search: {@code ordinals[i]} lies at {@code distances[i]} from the
 * query, distances ascending, equal distances by smaller ordinal first.
 */
public record TopHits(int[] ordinals, float[] distances) {

  /** Number of hits. */
  public int size() {
    return ordinals.length;
  }
}
