package org.sochdb.bench.vector;

import java.util.function.IntPredicate;
import org.sochdb.vector.hnsw.HnswIndex;
import org.sochdb.vector.math.VectorSimilarity;

/** SochDB's {@link HnswIndex}, built with {@code addAll}. */
final class SochDbEngine implements VectorEngine {

  private final int m;
  private final int efConstruction;
  private final long seed;
  private HnswIndex index;

  SochDbEngine(int m, int efConstruction, long seed) {
    this.m = m;
    this.efConstruction = efConstruction;
    this.seed = seed;
  }

  @Override
  public String name() {
    return "SochDB";
  }

  @Override
  public void build(float[][] data, int threads) {
    index = new HnswIndex(data[0].length, VectorSimilarity.COSINE, m, efConstruction, seed);
    index.addAll(data, threads);
  }

  HnswIndex index() {
    return index;
  }

  void use(HnswIndex reopened) {
    index = reopened;
  }

  @Override
  public int[] search(float[] query, int k, int ef, IntPredicate accept) {
    return index.search(query, k, ef, accept).ordinals();
  }

  @Override
  public long graphBytes() {
    long vectors = (long) index.size() * index.dimension() * Float.BYTES;
    return index.ramBytesUsed() - vectors;
  }

  @Override
  public long totalBytes() {
    return index.ramBytesUsed();
  }
}
