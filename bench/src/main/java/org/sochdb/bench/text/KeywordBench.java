package org.sochdb.bench.text;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sochdb.bench.storage.TempDirs;
import org.sochdb.vector.text.TextAnalyzer;

/**
 * SochDB's BM25 {@code FullTextIndex} (on an in-memory and on a file database) against Lucene
 * 9 on the same WordNet glosses, queries and analyzer in one JVM: indexing throughput, query
 * throughput (one untimed pass per target, then {@code reps} passes with the targets' order
 * rotating; medians), and how far SochDB's top k agree with Lucene's. See {@link KeywordOptions}.
 */
public final class KeywordBench {
  private KeywordBench() {}

  public static void main(String[] args) throws Exception {
    KeywordOptions opts = KeywordOptions.parse(args);
    System.out.printf(Locale.ROOT, "# Keyword search (BM25): SochDB FullTextIndex vs Lucene 9.12.3%n"
            + "JVM %s, max heap %,d MB, %d CPUs, load average %.2f; args: %s%n",
        System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), String.join(" ", args));
    Path wordnet = opts.wordnet() != null ? opts.wordnet() : WordNetGlosses.fetch();
    List<String> docs = WordNetGlosses.read(wordnet, opts.n());
    TextAnalyzer analyzer = TextAnalyzer.english();
    List<String> queries = QueryMaker.make(docs, opts.queries(), opts.seed(), analyzer);
    System.out.printf(Locale.ROOT, "corpus: %,d WordNet glosses, %.1f terms each after analysis; %,d queries of 1-3 words, k=%d%n",
        docs.size(), docs.stream().limit(5000).mapToInt(d -> analyzer.tokens(d).size()).average().orElse(0),
        queries.size(), opts.k());

    try (TempDirs dirs = new TempDirs(opts.tmp())) {
      List<KeywordTarget> targets = new ArrayList<>();
      Map<String, Double> indexRate = new LinkedHashMap<>();
      try {
        for (String name : opts.targets()) {
          KeywordTarget t = switch (name) {
            case "lucene" -> new LuceneTarget(analyzer);
            case "sochdb-memory" -> SochDbTarget.memory(analyzer, opts.batch());
            case "sochdb-file" -> SochDbTarget.file(dirs.fresh("keyword"), analyzer, opts.batch());
            default -> throw new IllegalArgumentException("unknown target " + name);
          };
          targets.add(t);
          long start = System.nanoTime();
          t.index(docs);
          double seconds = (System.nanoTime() - start) / 1e9;
          indexRate.put(name, docs.size() / seconds);
          log("%s: indexed in %.1f s", name, seconds);
          if (t instanceof SochDbTarget s && name.equals("sochdb-file")) {
            start = System.nanoTime();
            s.checkpoint();
            log("%s: checkpoint %.1f s", name, (System.nanoTime() - start) / 1e9);
          }
        }
        run(opts, queries, targets, indexRate);
      } finally {
        for (KeywordTarget t : targets) {
          t.close();
        }
      }
    }
  }

  private static void run(KeywordOptions opts, List<String> queries, List<KeywordTarget> targets,
      Map<String, Double> indexRate) throws Exception {
    Map<String, int[][]> results = new LinkedHashMap<>();
    for (KeywordTarget t : targets) {
      int[][] out = new int[queries.size()][];
      t.searchAll(queries, opts.k(), out); // warm-up, and the results compared below
      results.put(t.name(), out);
    }
    Map<String, double[]> qps = new LinkedHashMap<>();
    targets.forEach(t -> qps.put(t.name(), new double[opts.reps()]));
    for (int rep = 0; rep < opts.reps(); rep++) {
      for (int i = 0; i < targets.size(); i++) {
        KeywordTarget t = targets.get((i + rep) % targets.size());
        int[][] out = new int[queries.size()][];
        long start = System.nanoTime();
        t.searchAll(queries, opts.k(), out);
        qps.get(t.name())[rep] = queries.size() / ((System.nanoTime() - start) / 1e9);
      }
    }
    double luceneQps = median(qps.get("lucene"));
    System.out.println();
    System.out.println("| Target | Indexing docs/s | Queries/s (median of " + opts.reps() + ") | vs Lucene | top-" + opts.k()
        + " overlap with Lucene | identical top-" + opts.k() + " lists |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    int[][] reference = results.get("lucene");
    for (KeywordTarget t : targets) {
      double q = median(qps.get(t.name()));
      System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2fx | %.4f | %.4f |%n", t.name(),
          indexRate.get(t.name()), q, q / luceneQps, overlap(reference, results.get(t.name())),
          identical(reference, results.get(t.name())));
    }
    qps.forEach((name, v) -> System.out.printf(Locale.ROOT, "%s queries/s per pass: %s%n", name, Arrays.toString(
        Arrays.stream(v).mapToLong(Math::round).toArray())));
  }

  /** Mean over queries of |A ∩ B| / max(|A|, |B|); two empty lists agree fully. */
  static double overlap(int[][] a, int[][] b) {
    double sum = 0;
    for (int q = 0; q < a.length; q++) {
      int size = Math.max(a[q].length, b[q].length);
      if (size == 0) {
        sum += 1;
        continue;
      }
      int common = 0;
      for (int x : a[q]) {
        for (int y : b[q]) {
          if (x == y) {
            common++;
            break;
          }
        }
      }
      sum += common / (double) size;
    }
    return sum / a.length;
  }

  static double identical(int[][] a, int[][] b) {
    int same = 0;
    for (int q = 0; q < a.length; q++) {
      if (Arrays.equals(a[q], b[q])) {
        same++;
      }
    }
    return same / (double) a.length;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "  " + format + "%n", args);
  }
}
