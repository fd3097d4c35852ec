package org.sochdb.vector.hnsw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.sochdb.vector.math.VectorSimilarity;

class HnswIndexTest {

  private static HnswIndex index(VectorSimilarity sim, float[]... vectors) {
    HnswIndex index = new HnswIndex(vectors[0].length, sim, 4, 20, 1);
    for (int i = 0; i < vectors.length; i++) {
      assertEquals(i, index.add(vectors[i]));
    }
    return index;
  }

  @Test
  void euclideanNearestWithTiesBySmallerOrdinal() {
    HnswIndex index = index(VectorSimilarity.EUCLIDEAN,
        new float[] {0, 0}, new float[] {2, 0}, new float[] {0, 2}, new float[] {2, 2},
        new float[] {10, 10});
    float s5 = (float) Math.sqrt(5);
    TopHits hits = index.search(new float[] {1, 0}, 4, 10, null);
    assertArrayEquals(new int[] {0, 1, 2, 3}, hits.ordinals());
    assertArrayEquals(new float[] {1, 1, s5, s5}, hits.distances(), 1e-6f);
    TopHits exact = index.exact(new float[] {1, 0}, 4, (IntPredicate) null);
    assertArrayEquals(hits.ordinals(), exact.ordinals());
    assertArrayEquals(hits.distances(), exact.distances(), 0f);
  }

  @Test
  void cosineDistancesAreExactAndVectorsStoredUnitLength() {
    HnswIndex index = index(VectorSimilarity.COSINE,
        new float[] {1, 0}, new float[] {0, 1}, new float[] {1, 1}, new float[] {-1, 0});
    TopHits hits = index.search(new float[] {2, 0}, 4, 10, null);
    assertArrayEquals(new int[] {0, 2, 1, 3}, hits.ordinals());
    assertArrayEquals(new float[] {0, 1 - (float) Math.sqrt(0.5), 1, 2}, hits.distances(), 1e-6f);
    float h = (float) Math.sqrt(0.5);
    assertArrayEquals(new float[] {h, h}, index.vector(2), 1e-7f);
  }

  @Test
  void dotProductDistanceIsTheNegatedProduct() {
    HnswIndex index = index(VectorSimilarity.DOT_PRODUCT,
        new float[] {1, 0}, new float[] {0, 2}, new float[] {3, 3});
    TopHits hits = index.search(new float[] {1, 1}, 3, 3, null);
    assertArrayEquals(new int[] {2, 1, 0}, hits.ordinals());
    assertArrayEquals(new float[] {-6, -2, -1}, hits.distances(), 0f);
  }

  @Test
  void filterAndCandidateListAndSmallK() {
    float[][] points = new float[20][];
    for (int i = 0; i < 20; i++) {
      points[i] = new float[] {i, 0};
    }
    HnswIndex index = index(VectorSimilarity.EUCLIDEAN, points);
    float[] q = {6.2f, 0};
    assertArrayEquals(new int[] {6, 7, 5}, index.search(q, 3, 1, null).ordinals());
    assertArrayEquals(new int[] {6, 8, 4}, index.search(q, 3, 10, i -> i % 2 == 0).ordinals());
    assertArrayEquals(new int[] {6, 8, 4}, index.exact(q, 3, i -> i % 2 == 0).ordinals());
    assertArrayEquals(new int[] {9, 1, 19}, index.exact(q, 3, new int[] {19, 1, 9, 9}).ordinals());
    assertArrayEquals(new int[] {15}, index.search(q, 3, 10, i -> i == 15).ordinals());
    assertArrayEquals(new float[] {0.2f, 0.8f, 1.2f}, index.search(q, 3, 10, null).distances(), 1e-5f);
  }

  @Test
  void emptyIndexFindsNothing() {
    HnswIndex index = new HnswIndex(3, VectorSimilarity.COSINE, 16, 100, 1);
    assertEquals(0, index.search(new float[] {1, 2, 3}, 5, 50, null).size());
    assertEquals(0, index.exact(new float[] {1, 2, 3}, 5, (IntPredicate) null).size());
    assertEquals(0, index.size());
  }

  @Test
  void refusesBadVectorsSayingWhichAndWhy() {
    HnswIndex index = new HnswIndex(3, VectorSimilarity.COSINE, 16, 100, 1);
    assertEquals("vector has dimension 2, the index has dimension 3",
        refused(() -> index.add(new float[] {1, 2})));
    assertEquals("vector component 1 is NaN",
        refused(() -> index.add(new float[] {1, Float.NaN, 2})));
    assertEquals("vector component 2 is infinite",
        refused(() -> index.add(new float[] {1, 2, Float.NEGATIVE_INFINITY})));
    assertEquals("vector is a zero vector, which has no cosine similarity",
        refused(() -> index.add(new float[3])));
    assertEquals("vectors[1] component 0 is NaN", refused(() -> index.addAll(
        new float[][] {{1, 2, 3}, {Float.NaN, 0, 0}}, 1)));
    assertEquals("query has dimension 4, the index has dimension 3",
        refused(() -> index.search(new float[4], 1, 10, null)));
    assertEquals("k must be positive, got 0",
        refused(() -> index.search(new float[] {1, 1, 1}, 0, 10, null)));
    assertEquals(0, index.size(), "a refused addAll adds nothing");
    HnswIndex euclidean = new HnswIndex(3, VectorSimilarity.EUCLIDEAN, 16, 100, 1);
    assertEquals(0, euclidean.add(new float[3]), "a zero vector is fine without cosine");
    assertEquals("ordinal 1 is not in the index (size 1)",
        refused(() -> euclidean.exact(new float[3], 1, new int[] {1})));
  }

  private static String refused(Runnable action) {
    return assertThrows(IllegalArgumentException.class, action::run).getMessage();
  }

  @Test
  void reportsItsParametersAndMemory() {
    HnswIndex index = new HnswIndex(32, VectorSimilarity.EUCLIDEAN, 16, 100, 1);
    index.addAll(TestVectors.random(2000, 32, 3), 2);
    assertEquals(2000, index.size());
    assertEquals(32, index.dimension());
    assertEquals(16, index.m());
    assertEquals(100, index.efConstruction());
    assertEquals(VectorSimilarity.EUCLIDEAN, index.similarity());
    long perVector = index.ramBytesUsed() / 2000;
    // 128 bytes of vector, 33 link slots + count, 33 costs; blocks of 512 round up 2000 to 2048.
    assertTrue(perVector > 128 + 4 * 34 + 4 * 33 && perVector < 480, "bytes per vector " + perVector);
  }
}
