package org.sochdb.vector.math;

import java.util.Locale;

/**
 * How two vectors are compared. Every constant gives a distance: smaller means more similar, so
 * results of any similarity sort the same way.
 */
public enum VectorSimilarity {
  /** {@code 1 - cos(a, b)}, in [0, 2]; undefined for a zero vector. */
  COSINE("cosine") {
    @Override
    public float distance(float[] a, float[] b) {
      checkLengths(a, b);
      VectorKernel k = VectorKernels.best();
      float dot = k.dot(a, 0, b, 0, a.length);
      double norms = Math.sqrt((double) k.dot(a, 0, a, 0, a.length) * k.dot(b, 0, b, 0, b.length));
      return (float) (1.0 - dot / norms);
    }
  },
  /** Euclidean (L2) distance, not squared. */
  EUCLIDEAN("euclidean") {
    @Override
    public float distance(float[] a, float[] b) {
      checkLengths(a, b);
      return (float) Math.sqrt(VectorKernels.best().squareDistance(a, 0, b, 0, a.length));
    }
  },
  /** The negated inner product {@code -(a . b)}, so that a larger product is a smaller distance. */
  DOT_PRODUCT("dot") {
    @Override
    public float distance(float[] a, float[] b) {
      checkLengths(a, b);
      return -VectorKernels.best().dot(a, 0, b, 0, a.length);
    }
  };

  private final String sqlName;

  VectorSimilarity(String sqlName) {
    this.sqlName = sqlName;
  }

  /** The distance between {@code a} and {@code b}, which must have the same length. */
  public abstract float distance(float[] a, float[] b);

  /** The word SQL uses for this similarity: {@code cosine}, {@code euclidean} or {@code dot}. */
  public String sqlName() {
    return sqlName;
  }

  /**
   * The similarity named by {@code name}, ignoring case: {@code cosine}; {@code euclidean} or
   * {@code l2}; {@code dot}, {@code dot_product} or {@code inner_product}.
   *
   * @throws IllegalArgumentException for any other word
   */
  public static VectorSimilarity parse(String name) {
    String word = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    switch (word) {
      case "cosine":
        return COSINE;
      case "euclidean":
      case "l2":
        return EUCLIDEAN;
      case "dot":
      case "dot_product":
      case "inner_product":
        return DOT_PRODUCT;
      default:
        throw new IllegalArgumentException("unknown vector similarity '" + name
            + "': expected cosine, euclidean (or l2), dot (or dot_product, inner_product)");
    }
  }

  private static void checkLengths(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors of different dimensions: " + a.length + " and " + b.length);
    }
  }
}
