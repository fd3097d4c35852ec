package org.sochdb.vector.sql;

import org.sochdb.adapter.error.VectorDimensionException;
import org.sochdb.vector.math.VectorSimilarity;

/**
 * The distance functions of SQL, each taking two vectors (a VECTOR column, a bound
 * {@code float[]} or the text {@code '[0.1, 0.2]'}) and returning NULL when either is NULL:
 * {@code cosine_distance} (1 - cosine similarity), {@code l2_distance} (Euclidean),
 * {@code inner_product} (the dot product: larger is closer) and {@code vector_dims}.
 */
public final class DistanceFunctions {
  private DistanceFunctions() {}

  public static Double cosineDistance(Object a, Object b) {
    return distance("cosine_distance", VectorSimilarity.COSINE, a, b);
  }

  public static Double l2Distance(Object a, Object b) {
    return distance("l2_distance", VectorSimilarity.EUCLIDEAN, a, b);
  }

  public static Double innerProduct(Object a, Object b) {
    Double d = distance("inner_product", VectorSimilarity.DOT_PRODUCT, a, b);
    return d == null ? null : -d;
  }

  public static Integer vectorDims(Object a) {
    float[] v = Arguments.vector(a, "vector_dims", "its argument");
    return v == null ? null : v.length;
  }

  private static Double distance(String function, VectorSimilarity similarity, Object a, Object b) {
    float[] x = Arguments.vector(a, function, "the first argument");
    float[] y = Arguments.vector(b, function, "the second argument");
    if (x == null || y == null) {
      return null;
    }
    if (x.length != y.length) {
      throw new VectorDimensionException(x.length, y.length, function + "'s second argument");
    }
    return (double) similarity.distance(x, y);
  }
}
