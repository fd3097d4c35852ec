package org.sochdb.vector.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VectorSimilarityTest {

  private static final float[] A = {3, 4, 0};
  private static final float[] B = {4, 3, 0};

  @Test
  void distancesOnHandMadeVectors() {
    assertEquals(1 - 24f / 25f, VectorSimilarity.COSINE.distance(A, B), 1e-6f);
    assertEquals((float) Math.sqrt(2), VectorSimilarity.EUCLIDEAN.distance(A, B), 1e-6f);
    assertEquals(-24f, VectorSimilarity.DOT_PRODUCT.distance(A, B), 0f);
    assertEquals(0f, VectorSimilarity.COSINE.distance(A, new float[] {6, 8, 0}), 1e-6f);
    assertEquals(2f, VectorSimilarity.COSINE.distance(A, new float[] {-3, -4, 0}), 1e-6f);
    assertEquals(5f, VectorSimilarity.EUCLIDEAN.distance(A, new float[3]), 0f);
  }

  @ParameterizedTest
  @CsvSource({"cosine,COSINE", "COSINE,COSINE", "euclidean,EUCLIDEAN", "L2,EUCLIDEAN",
      "dot,DOT_PRODUCT", "Dot_Product,DOT_PRODUCT", "inner_product,DOT_PRODUCT"})
  void parsesAcceptedWords(String word, VectorSimilarity expected) {
    assertEquals(expected, VectorSimilarity.parse(word));
  }

  @Test
  void refusesOtherWordsNamingTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VectorSimilarity.parse("manhattan"));
    assertEquals("unknown vector similarity 'manhattan': expected cosine, euclidean (or l2), "
        + "dot (or dot_product, inner_product)", e.getMessage());
  }

  @Test
  void sqlNames() {
    assertEquals("cosine", VectorSimilarity.COSINE.sqlName());
    assertEquals("euclidean", VectorSimilarity.EUCLIDEAN.sqlName());
    assertEquals("dot", VectorSimilarity.DOT_PRODUCT.sqlName());
  }

  @Test
  void refusesDifferentDimensions() {
    assertThrows(IllegalArgumentException.class,
        () -> VectorSimilarity.EUCLIDEAN.distance(A, new float[2]));
  }
}
