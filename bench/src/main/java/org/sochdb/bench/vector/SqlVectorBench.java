package org.sochdb.bench.vector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Vector search through SochDB's SQL surface beside Lucene's HNSW on the same data in one JVM:
 * build rate (batched inserts plus CREATE INDEX, against Lucene's graph build on the same
 * number of threads), queries/s of {@code vector_search} at recall@10 0.90, 0.95 and 0.99 against
 * Lucene's (the best of four passes each, the engines taking turns), and the time to reopen the database and answer a first query, as a fraction of the
 * build time. Options {@code --name=value}: n, queries, m, ef-construction, threads, efs,
 * data=glove|random, dim (random), glove (path), dir (database directory; a temporary one
 * otherwise), compare=false (SochDB's build and reopen only, for sizes where Lucene and the
 * exact answers would take too long).
 */
public final class SqlVectorBench {
  private SqlVectorBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (String a : args) {
      o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    int n = Integer.parseInt(o.getOrDefault("n", "100000"));
    int nq = Integer.parseInt(o.getOrDefault("queries", "1000"));
    int m = Integer.parseInt(o.getOrDefault("m", "16"));
    int efc = Integer.parseInt(o.getOrDefault("ef-construction", "100"));
    int threads = Integer.parseInt(o.getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    float[][] all = data(o, n + nq);
    GroundTruth.normalize(all);
    float[][] data = java.util.Arrays.copyOfRange(all, 0, n);
    float[][] queries = java.util.Arrays.copyOfRange(all, n, n + nq);
    boolean compare = Boolean.parseBoolean(o.getOrDefault("compare", "true"));
    int[][] truth = compare ? GroundTruth.topK(data, queries, 10, null) : null;
    Path dir = o.containsKey("dir") ? Path.of(o.get("dir")) : Files.createTempDirectory("sochdb-sqlvec");

    SqlEngine sql = new SqlEngine(dir, m, efc);
    LuceneEngine lucene = new LuceneEngine(m, efc, 42);
    System.out.printf("data: %s, n=%d, dim=%d, queries=%d, M=%d, ef_construction=%d, threads=%d, java %s%n",
        o.getOrDefault("data", "glove"), n, data[0].length, nq, m, efc, threads, System.getProperty("java.version"));
    sql.build(data, threads);
    double sqlBuild = (sql.insertNanos + sql.indexNanos) / 1e9;
    if (compare == false) {
      System.out.printf("build: SochDB SQL %.0f vec/s (inserts %.1f s + CREATE INDEX %.1f s)%n", n / sqlBuild,
          sql.insertNanos / 1e9, sql.indexNanos / 1e9);
      reopen(sql, queries[0], sqlBuild);
      return;
    }
    long t = System.nanoTime();
    lucene.build(data, threads);
    double luceneBuild = (System.nanoTime() - t) / 1e9;
    System.out.printf("build: SochDB SQL %.0f vec/s (inserts %.1f s + CREATE INDEX %.1f s), Lucene %.0f vec/s (%.1f s); "
        + "ratio %.2fx%n", n / sqlBuild, sql.insertNanos / 1e9, sql.indexNanos / 1e9, n / luceneBuild, luceneBuild,
        luceneBuild / sqlBuild);

    String[] efs = o.getOrDefault("efs", "10,16,24,32,48,64,96,128,192,256,384,512").split(",");
    for (double target : new double[] {0.90, 0.95, 0.99}) {
      QueryRun s = firstReaching(sql, queries, truth, efs, target);
      QueryRun l = firstReaching(lucene, queries, truth, efs, target);
      for (int rep = 0; s != null && l != null && rep < 3; rep++) { // alternate, keep each one's best pass
        s = best(s, QueryRun.measure(sql, queries, truth, 10, s.ef(), null));
        l = best(l, QueryRun.measure(lucene, queries, truth, 10, l.ef(), null));
      }
      System.out.printf("recall@10 >= %.2f: SochDB SQL %s, Lucene %s; ratio %s%n", target, show(s), show(l),
          s == null || l == null ? "-" : String.format("%.2fx", s.qps() / l.qps()));
    }
    reopen(sql, queries[0], sqlBuild);
  }

  private static void reopen(SqlEngine sql, float[] query, double buildSeconds) throws Exception {
    double reopen = sql.reopenNanos(query) / 1e9;
    System.out.printf("reopen to first answer: %.2f s = %.3f of the build time%n", reopen, reopen / buildSeconds);
    sql.close();
  }

  private static QueryRun best(QueryRun a, QueryRun b) {
    return b.qps() > a.qps() ? b : a;
  }

  private static String show(QueryRun r) {
    return r == null ? "not reached" : String.format("%.0f q/s (ef %d, recall %.3f)", r.qps(), r.ef(), r.recall());
  }

  private static QueryRun firstReaching(VectorEngine e, float[][] queries, int[][] truth, String[] efs, double target)
      throws Exception {
    int warm = Math.min(200, queries.length);
    QueryRun.measure(e, java.util.Arrays.copyOf(queries, warm), java.util.Arrays.copyOf(truth, warm), 10, 64, null);
    for (String ef : efs) {
      QueryRun r = QueryRun.measure(e, queries, truth, 10, Integer.parseInt(ef), null);
      if (r.recall() >= target) {
        return r;
      }
    }
    return null;
  }

  private static float[][] data(Map<String, String> o, int count) throws Exception {
    if ("random".equals(o.getOrDefault("data", "glove"))) {
      int dim = Integer.parseInt(o.getOrDefault("dim", "100"));
      Random r = new Random(42);
      float[][] out = new float[count][dim];
      for (float[] v : out) {
        for (int j = 0; j < dim; j++) {
          v[j] = (float) r.nextGaussian();
        }
      }
      return out;
    }
    Path json = o.containsKey("glove") ? Path.of(o.get("glove"))
        : GloveVectors.fetch(Path.of(o.getOrDefault("fetch-script", "bench/scripts/fetch-glove.sh")));
    return GloveVectors.read(json, count);
  }
}
