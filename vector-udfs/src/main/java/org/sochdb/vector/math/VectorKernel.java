package org.sochdb.vector.math;

/**
 * The float arithmetic behind every vector distance, over slices of arrays so that vectors kept
 * side by side in one large array are read in place.
 */
public interface VectorKernel {

  /** Sum of {@code a[aOff + i] * b[bOff + i]} for {@code i < length}. */
  float dot(float[] a, int aOff, float[] b, int bOff, int length);

  /** Sum of {@code (a[aOff + i] - b[bOff + i])^2} for {@code i < length}. */
  float squareDistance(float[] a, int aOff, float[] b, int bOff, int length);

  /** Euclidean length of {@code a}. */
  default float norm(float[] a) {
    return (float) Math.sqrt(dot(a, 0, a, 0, a.length));
  }

  /** Name for diagnostics and benchmark output. */
  String name();
}
