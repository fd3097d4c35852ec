package org.sochdb.bench.vector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.sochdb.vector.hnsw.HnswIndex;
import org.sochdb.vector.math.VectorKernels;

/**
 * SochDB's HNSW index beside Lucene's on the same data in one JVM, same M, ef_construction and
 * seed: build speed on 1 and N threads, single-thread queries/s at recall@10 targets (smallest
 * swept ef reaching each), heap bytes per vector, filtered search, SochDB's reopen time, and the
 * 768-d random "headline" build. Options: {@code --name=value}, see {@link #USAGE}.
 */
public final class HnswBench {

  static final String USAGE = "options: --n=100000 --queries=1000 --m=16 --ef-construction=100"
      + " --threads=2 --seed=42 --efs=10,15,...,1000 --filter-ef=100"
      + " --cases=build,query,filter,reopen,headline --headline-n=10000 --headline-dim=768"
      + " --glove=<path of the JSON; fetched by bench/scripts/fetch-glove.sh when absent>";

  private final Map<String, String> opts;
  private final List<String[]> table = new ArrayList<>();

  private HnswBench(Map<String, String> opts) {
    this.opts = opts;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        System.out.println(USAGE);
        System.exit(arg.equals("--help") ? 0 : 2);
      }
      opts.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    new HnswBench(opts).run();
  }

  private int intOpt(String name, int dflt) {
    return Integer.parseInt(opts.getOrDefault(name, Integer.toString(dflt)).replace("_", ""));
  }

  private boolean runs(String c) {
    return Arrays.asList(opts.getOrDefault("cases", "build,query,filter,reopen,headline").split(","))
        .contains(c);
  }

  private void run() throws Exception {
    int n = intOpt("n", 100_000);
    int nq = intOpt("queries", 1000);
    int m = intOpt("m", 16);
    int efc = intOpt("ef-construction", 100);
    int threads = intOpt("threads", 2);
    long seed = intOpt("seed", 42);
    System.out.printf(Locale.ROOT, "JDK %s (%s), Lucene %s, SochDB kernel %s, %d cores, M=%d, ef_construction=%d%n",
        System.getProperty("java.version"), System.getProperty("java.vm.name"),
        org.apache.lucene.util.Version.LATEST, VectorKernels.best().name(),
        Runtime.getRuntime().availableProcessors(), m, efc);

    SochDbEngine soch = new SochDbEngine(m, efc, seed);
    LuceneEngine lucene = new LuceneEngine(m, efc, seed);
    List<VectorEngine> engines = List.of(soch, lucene);
    if (runs("build") || runs("query") || runs("filter") || runs("reopen")) {
      Path json = opts.containsKey("glove") ? Path.of(opts.get("glove"))
          : GloveVectors.fetch(Path.of(opts.getOrDefault("fetch-script", "bench/scripts/fetch-glove.sh")));
      float[][] all = GloveVectors.read(json, n + nq);
      GroundTruth.normalize(all);
      // Every (n/nq + 1)-th word is a query, so queries span the frequency range of the data.
      int stride = (n + nq) / nq;
      float[][] data = new float[n][];
      float[][] queries = new float[nq][];
      for (int i = 0, d = 0, q = 0; i < all.length; i++) {
        if (i % stride == stride - 1 && q < nq) {
          queries[q++] = all[i];
        } else if (d < n) {
          data[d++] = all[i];
        }
      }
      log("GloVe-100: %,d vectors, %,d queries; computing exact top-10", n, nq);
      int[][] truth = GroundTruth.topK(data, queries, 10, null);

      double[] build1 = new double[2];
      for (int e = 0; e < 2; e++) {
        build1[e] = build(engines.get(e), data, 1);
      }
      row("build, 1 thread", "vectors/s", n / build1[0], n / build1[1]);
      row("heap bytes per vector, graph + vectors", "bytes", soch.totalBytes() / (double) n,
          lucene.totalBytes() / (double) n);
      row("heap bytes per vector, graph only", "bytes", soch.graphBytes() / (double) n,
          lucene.graphBytes() / (double) n);
      if (runs("query")) {
        querySweep(engines, queries, truth);
      }
      if (runs("filter")) {
        for (double share : new double[] {0.10, 0.01}) {
          filtered(engines, data, queries, share, seed);
        }
      }
      if (runs("reopen")) {
        reopen(soch, queries, build1[0]);
      }
      if (runs("build") && threads > 1) {
        double[] buildN = new double[2];
        for (int e = 1; e >= 0; e--) {
          buildN[e] = build(engines.get(e), data, threads);
          QueryRun r = QueryRun.measure(engines.get(e), queries, truth, 10, 100, null);
          log("%s %d-thread graph: recall@10 %.4f at ef 100", engines.get(e).name(), threads, r.recall());
        }
        row("build, " + threads + " threads", "vectors/s", n / buildN[0], n / buildN[1]);
      }
    }
    if (runs("headline")) {
      headline(engines, threads, seed);
    }
    printTable();
  }

  private double build(VectorEngine engine, float[][] data, int threads) throws Exception {
    System.gc();
    long start = System.nanoTime();
    engine.build(data, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    log("%s built %,d vectors on %d thread(s) in %.1f s", engine.name(), data.length, threads, seconds);
    return seconds;
  }

  private void querySweep(List<VectorEngine> engines, float[][] queries, int[][] truth) throws Exception {
    int[] efs = Arrays.stream(opts.getOrDefault("efs",
        "10,15,20,30,40,50,60,80,100,120,150,200,250,300,400,500,600,800,1000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    Map<String, List<QueryRun>> sweeps = new LinkedHashMap<>();
    for (VectorEngine e : engines) {
      QueryRun.measure(e, queries, truth, 10, 100, null); // warm-up
    }
    for (int ef : efs) {
      for (VectorEngine e : engines) {
        QueryRun r = QueryRun.measure(e, queries, truth, 10, ef, null);
        sweeps.computeIfAbsent(e.name(), x -> new ArrayList<>()).add(r);
        log("%-6s ef %4d: recall@10 %.4f, %,.0f queries/s", e.name(), ef, r.recall(), r.qps());
      }
    }
    for (double target : new double[] {0.90, 0.95, 0.99}) {
      QueryRun[] at = new QueryRun[2];
      for (int i = 0; i < 2; i++) {
        at[i] = sweeps.get(engines.get(i).name()).stream().filter(r -> r.recall() >= target)
            .findFirst().orElse(null);
      }
      String label = String.format(Locale.ROOT, "queries/s at recall@10 >= %.2f (ef %s / %s)", target,
          at[0] == null ? "-" : at[0].ef(), at[1] == null ? "-" : at[1].ef());
      row(label, "queries/s", at[0] == null ? Double.NaN : at[0].qps(),
          at[1] == null ? Double.NaN : at[1].qps());
    }
  }

  private void filtered(List<VectorEngine> engines, float[][] data, float[][] queries, double share,
      long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed + Math.round(share * 1000));
    boolean[] accepted = new boolean[data.length];
    for (int i = 0; i < accepted.length; i++) {
      accepted[i] = random.nextDouble() < share;
    }
    IntPredicate accept = i -> accepted[i];
    int[][] truth = GroundTruth.topK(data, queries, 10, accept);
    int ef = intOpt("filter-ef", 100);
    QueryRun[] runs = new QueryRun[2];
    for (int i = 0; i < 2; i++) {
      QueryRun.measure(engines.get(i), queries, truth, 10, ef, accept);
      runs[i] = QueryRun.measure(engines.get(i), queries, truth, 10, ef, accept);
    }
    String pct = String.format(Locale.ROOT, "%.0f%%", share * 100);
    row("filter " + pct + ", ef " + ef + ": recall@10", "recall", runs[0].recall(), runs[1].recall());
    row("filter " + pct + ", ef " + ef + ": queries/s", "queries/s", runs[0].qps(), runs[1].qps());
  }

  private void reopen(SochDbEngine soch, float[][] queries, double buildSeconds) throws Exception {
    Path dir = Files.createTempDirectory("hnsw-bench");
    Path file = dir.resolve("glove.hnsw");
    try {
      HnswIndex built = soch.index();
      long start = System.nanoTime();
      built.writeTo(file);
      double write = (System.nanoTime() - start) / 1e9;
      double read = Double.MAX_VALUE;
      HnswIndex reopened = null;
      for (int i = 0; i < 3; i++) {
        reopened = null;
        System.gc();
        start = System.nanoTime();
        reopened = HnswIndex.readFrom(file);
        read = Math.min(read, (System.nanoTime() - start) / 1e9);
      }
      for (float[] q : queries) {
        if (!Arrays.equals(built.search(q, 10, 50, null).ordinals(), reopened.search(q, 10, 50, null).ordinals())) {
          throw new IllegalStateException("the reopened index answers differently");
        }
      }
      log("SochDB file %,d bytes: write %.3f s, read %.3f s (best of 3), build %.1f s; same answers",
          Files.size(file), write, read, buildSeconds);
      row("reopen (readFrom) time / 1-thread build time", "ratio", read / buildSeconds, Double.NaN);
      row("writeTo seconds / readFrom seconds", "s", write, Double.NaN);
      table.get(table.size() - 1)[2] = String.format(Locale.ROOT, "%.3f / %.3f", write, read);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private void headline(List<VectorEngine> engines, int threads, long seed) throws Exception {
    int n = intOpt("headline-n", 10_000);
    int dim = intOpt("headline-dim", 768);
    SplittableRandom random = new SplittableRandom(seed);
    float[][] data = new float[n][dim];
    float[][] queries = new float[200][dim];
    for (float[][] set : new float[][][] {data, queries}) {
      for (float[] v : set) {
        for (int i = 0; i < dim; i++) {
          v[i] = (float) random.nextGaussian();
        }
      }
      GroundTruth.normalize(set);
    }
    int[][] truth = GroundTruth.topK(data, queries, 10, null);
    double[] rate = new double[2];
    String[] recall = new String[2];
    for (int e = 0; e < 2; e++) {
      VectorEngine engine = engines.get(e);
      rate[e] = n / build(engine, data, threads);
      recall[e] = "not reached";
      for (int ef = 50; ef <= 3200; ef *= 2) {
        QueryRun r = QueryRun.measure(engine, queries, truth, 10, ef, null);
        log("%s %d x %d: ef %d recall@10 %.4f, %,.0f queries/s", engine.name(), n, dim, ef, r.recall(), r.qps());
        if (r.recall() >= 0.95) {
          recall[e] = String.format(Locale.ROOT, "%.3f at ef %d", r.recall(), ef);
          break;
        }
      }
    }
    row(String.format(Locale.ROOT, "headline %,d x %d random: build, %d threads (recall@10: %s / %s)",
        n, dim, threads, recall[0], recall[1]), "vectors/s", rate[0], rate[1]);
  }

  private void row(String what, String unit, double soch, double lucene) {
    table.add(new String[] {what, unit, fmt(soch), fmt(lucene),
        Double.isNaN(soch) || Double.isNaN(lucene) ? "" : String.format(Locale.ROOT, "%.2fx", soch / lucene)});
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.4f", v);
  }

  private void printTable() {
    System.out.println();
    System.out.println("| Case | Unit | SochDB | Lucene | SochDB/Lucene |");
    System.out.println("|---|---|---:|---:|---:|");
    for (String[] r : table) {
      System.out.println("| " + String.join(" | ", r) + " |");
    }
  }

  private static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[%tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
  }
}
