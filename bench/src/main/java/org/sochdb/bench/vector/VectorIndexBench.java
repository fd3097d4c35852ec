package org.sochdb.bench.vector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.sochdb.client.VectorIndex;
import org.sochdb.client.VectorHit;

/**
 * The client's standalone {@code VectorIndex} on the 10,000 x 768-d case: {@code insertBatch}
 * rate on all cores for the default graph (M 16, ef_construction 100) and for a faster, sparser
 * one, each with the recall@10 its searches reach (exact top 10 as truth). Options
 * {@code --name=value}: n, dim, queries, configs (m:efc,...), efs.
 */
public final class VectorIndexBench {
  private VectorIndexBench() {}

  public static void main(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (String a : args) {
      o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    int n = Integer.parseInt(o.getOrDefault("n", "10000"));
    int dim = Integer.parseInt(o.getOrDefault("dim", "768"));
    int nq = Integer.parseInt(o.getOrDefault("queries", "200"));
    Random r = new Random(42);
    float[][] all = new float[n + nq][dim];
    for (float[] v : all) {
      for (int j = 0; j < dim; j++) {
        v[j] = (float) r.nextGaussian();
      }
    }
    GroundTruth.normalize(all);
    float[][] data = java.util.Arrays.copyOfRange(all, 0, n);
    float[][] queries = java.util.Arrays.copyOfRange(all, n, n + nq);
    int[][] truth = GroundTruth.topK(data, queries, 10, null);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(Integer.toString(i));
    }
    System.out.printf("n=%d, dim=%d, queries=%d, threads=%d, java %s%n", n, dim, nq,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    for (String config : o.getOrDefault("configs", "16:100,8:32").split(",")) {
      int m = Integer.parseInt(config.split(":")[0]);
      int efc = Integer.parseInt(config.split(":")[1]);
      VectorIndex index = new VectorIndex(dim, "cosine", m, efc);
      long start = System.nanoTime();
      index.insertBatch(ids, data);
      double seconds = (System.nanoTime() - start) / 1e9;
      StringBuilder recalls = new StringBuilder();
      for (String ef : o.getOrDefault("efs", "64,200,800").split(",")) {
        double found = 0;
        for (int q = 0; q < nq; q++) {
          Set<Integer> want = new HashSet<>();
          for (int t : truth[q]) {
            want.add(t);
          }
          for (VectorHit h : index.search(queries[q], 10, Integer.parseInt(ef))) {
            found += want.contains(Integer.parseInt(h.id())) ? 1 : 0;
          }
        }
        recalls.append(String.format(" ef %s: %.3f", ef, found / (nq * 10.0)));
      }
      System.out.printf("M %d, ef_construction %d: insertBatch %.0f vec/s (%.2f s); recall@10%s%n", m, efc,
          n / seconds, seconds, recalls);
    }
  }
}
