package org.sochdb.vector.hnsw;

import org.sochdb.vector.math.VectorSimilarity;

/** Refuses vectors the index cannot hold or search with, naming the vector and the reason. */
final class VectorChecks {

  private VectorChecks() {}

  /**
   * Checks {@code v} and returns the factor it is stored with: {@code 1 / |v|} for cosine, else 1.
   *
   * @param what how the message names the vector, e.g. "vector" or "vectors[12]"
   */
  static float check(float[] v, int dimension, VectorSimilarity similarity, String what) {
    if (v == null) {
      throw new IllegalArgumentException(what + " is null");
    }
    if (v.length != dimension) {
      throw new IllegalArgumentException(
          what + " has dimension " + v.length + ", the index has dimension " + dimension);
    }
    double sumSquares = 0;
    for (int i = 0; i < v.length; i++) {
      float x = v[i];
      if (Float.isNaN(x)) {
        throw new IllegalArgumentException(what + " component " + i + " is NaN");
      }
      if (Float.isInfinite(x)) {
        throw new IllegalArgumentException(what + " component " + i + " is infinite");
      }
      sumSquares += (double) x * x;
    }
    if (similarity != VectorSimilarity.COSINE) {
      return 1f;
    }
    if (sumSquares == 0) {
      throw new IllegalArgumentException(what + " is a zero vector, which has no cosine similarity");
    }
    return (float) (1.0 / Math.sqrt(sumSquares));
  }

  /** Writes {@code v * scale} to {@code out}. */
  static void scaleInto(float[] v, float scale, float[] out, int offset) {
    if (scale == 1f) {
      System.arraycopy(v, 0, out, offset, v.length);
      return;
    }
    for (int i = 0; i < v.length; i++) {
      out[offset + i] = v[i] * scale;
    }
  }
}
