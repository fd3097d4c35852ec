package org.sochdb.vector.hnsw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sochdb.vector.math.VectorSimilarity;

class HnswRecallTest {

  private static final float[][] DATA = TestVectors.random(5000, 32, 11);
  private static final float[][] QUERIES = TestVectors.random(100, 32, 12);
  private static HnswIndex cosine;

  @BeforeAll
  static void buildCosine() {
    cosine = new HnswIndex(32, VectorSimilarity.COSINE, 16, 100, 42);
    cosine.addAll(DATA, 2);
  }

  @ParameterizedTest
  @EnumSource(VectorSimilarity.class)
  void recallAtTenAgainstBruteForce(VectorSimilarity sim) {
    HnswIndex index = sim == VectorSimilarity.COSINE ? cosine : new HnswIndex(32, sim, 16, 100, 42);
    if (index.size() == 0) {
      for (float[] v : DATA) {
        index.add(v);
      }
    }
    double recall = TestVectors.recall(index, DATA, QUERIES, 10, 100, null);
    if (sim != VectorSimilarity.DOT_PRODUCT) {
      // Under a raw inner product a short vector is nobody's near neighbour and can lose every
      // in-link to pruning; a metric keeps every node linked on this data.
      assertEquals(DATA.length, HnswConcurrencyTest.reachableOnLevelZero(index));
    }
    assertTrue(recall >= 0.95, sim + " recall@10 " + recall);
  }

  @Test
  void tenPercentFilter() {
    checkFiltered(i -> i % 10 == 3, 0.9);
  }

  @Test
  void onePercentFilter() {
    checkFiltered(i -> i % 100 == 7, 0.9);
  }

  private static void checkFiltered(IntPredicate accept, double minRecall) {
    for (float[] q : QUERIES) {
      TopHits hits = cosine.search(q, 10, 100, accept);
      assertEquals(10, hits.size());
      for (int ord : hits.ordinals()) {
        assertTrue(accept.test(ord), "returned a rejected ordinal " + ord);
      }
      TopHits exact = cosine.exact(q, 10, accept);
      assertEquals(10, exact.size());
      for (int i = 1; i < 10; i++) {
        assertTrue(hits.distances()[i - 1] <= hits.distances()[i]);
      }
    }
    double recall = TestVectors.recall(cosine, DATA, QUERIES, 10, 100, accept);
    assertTrue(recall >= minRecall, "filtered recall@10 " + recall);
  }

  @Test
  void exactAgreesWithBruteForce() {
    for (float[] q : QUERIES) {
      int[] truth = TestVectors.bruteForce(DATA, q, 10, VectorSimilarity.COSINE, null);
      int[] got = cosine.exact(q, 10, (IntPredicate) null).ordinals();
      // Normalizing first may swap two nearly equal distances; compare as sets of the top 10.
      assertEquals(10, got.length);
      int same = 0;
      for (int t : truth) {
        for (int g : got) {
          same += g == t ? 1 : 0;
        }
      }
      assertTrue(same >= 9, "exact search differs from brute force");
    }
  }
}
