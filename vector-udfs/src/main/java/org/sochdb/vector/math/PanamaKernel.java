package org.sochdb.vector.math;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD kernel on {@code jdk.incubator.vector}. Only {@link VectorKernels} names this class, and
 * only reflectively when the module is in the boot layer, so a JVM started without
 * {@code --add-modules jdk.incubator.vector} never links it.
 */
final class PanamaKernel implements VectorKernel {

  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();

  PanamaKernel() {}

  @Override
  public float dot(float[] a, int aOff, float[] b, int bOff, int length) {
    int i = 0;
    float sum = 0;
    if (length >= 2 * LANES) {
      // Two accumulators: one fused multiply-add chain would wait on its own latency.
      FloatVector acc0 = FloatVector.zero(SPECIES);
      FloatVector acc1 = FloatVector.zero(SPECIES);
      for (int bound = length - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector a0 = FloatVector.fromArray(SPECIES, a, aOff + i);
        FloatVector b0 = FloatVector.fromArray(SPECIES, b, bOff + i);
        FloatVector a1 = FloatVector.fromArray(SPECIES, a, aOff + i + LANES);
        FloatVector b1 = FloatVector.fromArray(SPECIES, b, bOff + i + LANES);
        acc0 = a0.fma(b0, acc0);
        acc1 = a1.fma(b1, acc1);
      }
      if (i <= length - LANES) {
        FloatVector a0 = FloatVector.fromArray(SPECIES, a, aOff + i);
        FloatVector b0 = FloatVector.fromArray(SPECIES, b, bOff + i);
        acc0 = a0.fma(b0, acc0);
        i += LANES;
      }
      sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
    }
    for (; i < length; i++) {
      sum = Math.fma(a[aOff + i], b[bOff + i], sum);
    }
    return sum;
  }

  @Override
  public float squareDistance(float[] a, int aOff, float[] b, int bOff, int length) {
    int i = 0;
    float sum = 0;
    if (length >= 2 * LANES) {
      FloatVector acc0 = FloatVector.zero(SPECIES);
      FloatVector acc1 = FloatVector.zero(SPECIES);
      for (int bound = length - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector d0 = FloatVector.fromArray(SPECIES, a, aOff + i)
            .sub(FloatVector.fromArray(SPECIES, b, bOff + i));
        FloatVector d1 = FloatVector.fromArray(SPECIES, a, aOff + i + LANES)
            .sub(FloatVector.fromArray(SPECIES, b, bOff + i + LANES));
        acc0 = d0.fma(d0, acc0);
        acc1 = d1.fma(d1, acc1);
      }
      if (i <= length - LANES) {
        FloatVector d0 = FloatVector.fromArray(SPECIES, a, aOff + i)
            .sub(FloatVector.fromArray(SPECIES, b, bOff + i));
        acc0 = d0.fma(d0, acc0);
        i += LANES;
      }
      sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
    }
    for (; i < length; i++) {
      float d = a[aOff + i] - b[bOff + i];
      sum = Math.fma(d, d, sum);
    }
    return sum;
  }

  @Override
  public String name() {
    return "panama-" + SPECIES.vectorBitSize();
  }
}
