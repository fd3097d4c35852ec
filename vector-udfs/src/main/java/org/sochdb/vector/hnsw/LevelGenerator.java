package org.sochdb.vector.hnsw;

/**
 * Draws each node's top level from the exponential distribution HNSW prescribes,
 * {@code floor(-ln(u) * mL)} with {@code mL = 1 / ln(M)}. The draw is a hash of the seed and the
 * ordinal rather than a shared random stream, so concurrent adds give every node the level it
 * would get in a single-threaded build.
 */
final class LevelGenerator {

  /** Levels are stored in a byte; a level this high needs about M^30 nodes. */
  static final int MAX_LEVEL = 30;

  private final long seed;
  private final double ml;

  LevelGenerator(long seed, int m) {
    this.seed = seed;
    this.ml = m == 1 ? 1.0 : 1.0 / Math.log(m);
  }

  int levelOf(int ordinal) {
    long bits = mix(seed + 0x9E3779B97F4A7C15L * (ordinal + 1L));
    double u = ((bits >>> 11) + 1) * 0x1.0p-53; // in (0, 1]
    return Math.min(MAX_LEVEL, (int) (-Math.log(u) * ml));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
