package org.sochdb.vector.sql;

import org.sochdb.vector.math.VectorSimilarity;

/**
 * A search's {@code score} from a distance, higher being better: {@code 1 - distance} (the
 * cosine similarity) for cosine, {@code 1 / (1 + distance)} for euclidean, the inner product
 * itself for dot.
 */
final class Scores {
  private Scores() {}

  static double of(VectorSimilarity similarity, double distance) {
    return switch (similarity) {
      case COSINE -> 1 - distance;
      case EUCLIDEAN -> 1 / (1 + distance);
      case DOT_PRODUCT -> -distance;
    };
  }
}
