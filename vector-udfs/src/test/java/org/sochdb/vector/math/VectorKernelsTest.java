package org.sochdb.vector.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorKernelsTest {

  @Test
  void testJvmRunsThePanamaKernel() {
    assertNotNull(VectorKernels.panamaOrNull(), "surefire starts the JVM with jdk.incubator.vector");
    assertEquals("panama", VectorKernels.best().name().substring(0, 6));
  }

  @Test
  void panamaAndScalarAgreeOnEveryLengthAndOffset() {
    VectorKernel panama = VectorKernels.panamaOrNull();
    VectorKernel scalar = ScalarKernel.INSTANCE;
    SplittableRandom random = new SplittableRandom(7);
    int[] lengths = new int[80];
    for (int i = 0; i < 79; i++) {
      lengths[i] = i;
    }
    lengths[79] = 768;
    for (int length : lengths) {
      float[] a = randomArray(random, length + 5);
      float[] b = randomArray(random, length + 9);
      for (int aOff : new int[] {0, 3}) {
        int bOff = 7 - aOff;
        double dot = 0;
        double sq = 0;
        for (int i = 0; i < length; i++) {
          dot += (double) a[aOff + i] * b[bOff + i];
          double d = a[aOff + i] - b[bOff + i];
          sq += d * d;
        }
        float tolerance = 1e-5f * (length + 1);
        assertEquals(dot, scalar.dot(a, aOff, b, bOff, length), tolerance, "scalar dot " + length);
        assertEquals(dot, panama.dot(a, aOff, b, bOff, length), tolerance, "panama dot " + length);
        assertEquals(sq, scalar.squareDistance(a, aOff, b, bOff, length), tolerance, "scalar l2 " + length);
        assertEquals(sq, panama.squareDistance(a, aOff, b, bOff, length), tolerance, "panama l2 " + length);
      }
    }
  }

  @Test
  void normIsTheEuclideanLength() {
    assertEquals(13f, ScalarKernel.INSTANCE.norm(new float[] {3, 4, 12}), 0f);
    assertEquals(13f, VectorKernels.best().norm(new float[] {3, 4, 12}), 0f);
  }

  private static float[] randomArray(SplittableRandom random, int length) {
    float[] a = new float[length];
    for (int i = 0; i < length; i++) {
      a[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return a;
  }
}
