package org.sochdb.vector.hnsw;

import org.sochdb.vector.math.VectorKernel;
import org.sochdb.vector.math.VectorKernels;
import org.sochdb.vector.math.VectorSimilarity;

/**
 * The cost the graph orders by, cheaper to compute than the reported distance and in the same
 * order: the negated dot product for cosine (on unit vectors) and dot product, the squared L2
 * distance for Euclidean.
 */
final class Metric {

  private final VectorSimilarity similarity;
  private final VectorKernel kernel = VectorKernels.best();
  private final boolean squared;

  Metric(VectorSimilarity similarity) {
    this.similarity = similarity;
    this.squared = similarity == VectorSimilarity.EUCLIDEAN;
  }

  VectorSimilarity similarity() {
    return similarity;
  }

  float cost(float[] a, int aOff, float[] b, int bOff, int dimension) {
    return squared
        ? kernel.squareDistance(a, aOff, b, bOff, dimension)
        : -kernel.dot(a, aOff, b, bOff, dimension);
  }

  /** The distance {@link VectorSimilarity#distance} defines, from a cost. */
  float distance(float cost) {
    switch (similarity) {
      case COSINE:
        return Math.max(0f, 1f + cost);
      case EUCLIDEAN:
        return (float) Math.sqrt(cost);
      default:
        return cost;
    }
  }
}
