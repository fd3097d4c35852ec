package org.sochdb.bench.vector;

import java.util.function.IntPredicate;

/** One timed pass of every query through an engine on one thread: recall@k and queries/s. */
record QueryRun(int ef, double recall, double qps) {

  static QueryRun measure(VectorEngine engine, float[][] queries, int[][] truth, int k, int ef,
      IntPredicate accept) throws Exception {
    int[][] found = new int[queries.length][];
    long start = System.nanoTime();
    for (int i = 0; i < queries.length; i++) {
      found[i] = engine.search(queries[i], k, ef, accept);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new QueryRun(ef, GroundTruth.recall(truth, found), queries.length / seconds);
  }
}
