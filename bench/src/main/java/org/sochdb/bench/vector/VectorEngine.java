package org.sochdb.bench.vector;

import java.util.function.IntPredicate;

/** One HNSW implementation under test, built over a data set and searched by ordinal. */
interface VectorEngine {

  String name();

  /** Builds a fresh graph over {@code data}, with {@code threads} threads. */
  void build(float[][] data, int threads) throws Exception;

  /** The ordinals of the {@code k} nearest accepted vectors, searching with {@code ef} candidates. */
  int[] search(float[] query, int k, int ef, IntPredicate accept) throws Exception;

  /** Heap bytes of the graph alone. */
  long graphBytes();

  /** Heap bytes of graph and vectors. */
  long totalBytes();
}
