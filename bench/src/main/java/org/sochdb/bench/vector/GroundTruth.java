package org.sochdb.bench.vector;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.sochdb.vector.math.VectorKernel;
import org.sochdb.vector.math.VectorKernels;

/** Exact top-k by brute force over unit vectors (largest dot product first, ties by ordinal). */
final class GroundTruth {

  private GroundTruth() {}

  static int[][] topK(float[][] data, float[][] queries, int k, IntPredicate accept) {
    VectorKernel kernel = VectorKernels.best();
    int[][] truth = new int[queries.length][];
    IntStream.range(0, queries.length).parallel().forEach(qi -> {
      float[] q = queries[qi];
      long[] best = new long[k];
      Arrays.fill(best, Long.MAX_VALUE);
      for (int i = 0; i < data.length; i++) {
        if (accept != null && !accept.test(i)) {
          continue;
        }
        float cost = -kernel.dot(q, 0, data[i], 0, q.length);
        int bits = Float.floatToIntBits(cost);
        long key = ((long) (bits ^ ((bits >> 31) & 0x7fffffff)) << 32) | i;
        if (key < best[k - 1]) {
          int at = k - 1;
          while (at > 0 && best[at - 1] > key) {
            best[at] = best[at - 1];
            at--;
          }
          best[at] = key;
        }
      }
      truth[qi] = Arrays.stream(best).filter(key -> key != Long.MAX_VALUE).mapToInt(key -> (int) key).toArray();
    });
    return truth;
  }

  static double recall(int[][] truth, int[][] found) {
    long hits = 0;
    long wanted = 0;
    for (int q = 0; q < truth.length; q++) {
      wanted += truth[q].length;
      for (int t : truth[q]) {
        for (int f : found[q]) {
          if (f == t) {
            hits++;
            break;
          }
        }
      }
    }
    return (double) hits / wanted;
  }

  static void normalize(float[][] vectors) {
    VectorKernel kernel = VectorKernels.best();
    for (float[] v : vectors) {
      float inv = 1f / kernel.norm(v);
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
  }
}
