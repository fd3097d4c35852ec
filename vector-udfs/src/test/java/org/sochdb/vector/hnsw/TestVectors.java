package org.sochdb.vector.hnsw;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.sochdb.vector.math.VectorSimilarity;

/** Seeded data sets and brute-force answers for the index tests. */
final class TestVectors {

  private TestVectors() {}

  static float[][] random(int n, int dimension, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[][] vectors = new float[n][dimension];
    for (float[] v : vectors) {
      for (int i = 0; i < dimension; i++) {
        v[i] = (float) (random.nextDouble() * 2 - 1);
      }
    }
    return vectors;
  }

  /** The true top k of {@code query} among {@code data}'s accepted rows, nearest first. */
  static int[] bruteForce(float[][] data, float[] query, int k, VectorSimilarity sim,
      IntPredicate accept) {
    long[] keys = new long[data.length];
    int n = 0;
    for (int i = 0; i < data.length; i++) {
      if (accept == null || accept.test(i)) {
        keys[n++] = NodeQueue.key(sim.distance(query, data[i]), i);
      }
    }
    Arrays.sort(keys, 0, n);
    int[] top = new int[Math.min(k, n)];
    for (int i = 0; i < top.length; i++) {
      top[i] = NodeQueue.node(keys[i]);
    }
    return top;
  }

  /** Share of the true top k found, over all queries. */
  static double recall(HnswIndex index, float[][] data, float[][] queries, int k, int ef,
      IntPredicate accept) {
    long found = 0;
    long wanted = 0;
    for (float[] q : queries) {
      int[] truth = bruteForce(data, q, k, index.similarity(), accept);
      int[] got = index.search(q, k, ef, accept).ordinals();
      wanted += truth.length;
      for (int t : truth) {
        for (int g : got) {
          if (g == t) {
            found++;
            break;
          }
        }
      }
    }
    return (double) found / wanted;
  }
}
