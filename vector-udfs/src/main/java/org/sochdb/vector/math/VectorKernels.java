package org.sochdb.vector.math;

import java.lang.invoke.MethodHandles;

/**
 * Chooses the distance kernel once per JVM: the SIMD one when {@code jdk.incubator.vector} is in
 * the boot layer, the scalar one otherwise. An application embedding SochDB therefore needs no
 * JVM flag, and a JVM without the module never sees the incubator's start-up warning on our
 * account.
 */
public final class VectorKernels {

  private static final VectorKernel BEST = choose();

  private VectorKernels() {}

  /** The kernel chosen for this JVM. */
  public static VectorKernel best() {
    return BEST;
  }

  private static VectorKernel choose() {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return ScalarKernel.INSTANCE;
    }
    try {
      Class<?> type = MethodHandles.lookup().findClass(VectorKernels.class.getPackageName() + ".PanamaKernel");
      return (VectorKernel) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      // A module present but unusable (a stripped runtime image) still leaves a working kernel.
      return ScalarKernel.INSTANCE;
    }
  }

  /** The SIMD kernel if this JVM can run it, for tests that compare both kernels. */
  static VectorKernel panamaOrNull() {
    return BEST instanceof ScalarKernel ? null : BEST;
  }
}
