package org.sochdb.bench.storage;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line: {@code --name=value} pairs, every one optional.
 *
 * @param n keys loaded (and point reads done) per repetition
 * @param batch puts per transaction in the load
 * @param reps measured repetitions of every line (the table shows the median)
 * @param warmupN keys in the untimed warm-up round each engine gets first
 * @param rangeScans range scans per repetition
 * @param rangeLen keys per range scan (1% of n by default)
 * @param commitSeconds measured time of each commit-throughput run
 * @param commitWarmupSeconds untimed lead-in of each commit-throughput run
 * @param cases which lines to run: load, read, scan, range, memread, commit
 * @param engines which engines to run: sochdb (on MVStore), sochdb-mapdb (on MapDB), mvstore
 * @param seed seed of the keys, values and access orders (the same for every engine)
 * @param tmp directory under which each run makes (and deletes) its own temp directory
 */
record BenchOptions(int n, int batch, int reps, int warmupN, int rangeScans, int rangeLen,
    double commitSeconds, double commitWarmupSeconds, Set<String> cases, List<String> engines,
    long seed, Path tmp) {

  static final List<String> ALL_CASES = List.of("load", "read", "scan", "range", "memread", "commit");
  static final List<String> ALL_ENGINES = List.of(Engines.SOCHDB, Engines.SOCHDB_MAPDB, Engines.MVSTORE);

  static BenchOptions parse(String[] args) {
    int n = 1_000_000;
    int batch = 1_000;
    int reps = 3;
    Integer warmupN = null;
    int rangeScans = 100;
    Integer rangeLen = null;
    double commitSeconds = 5;
    double commitWarmupSeconds = 1;
    Set<String> cases = new LinkedHashSet<>(ALL_CASES);
    List<String> engines = ALL_ENGINES;
    long seed = 20240601L;
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        System.out.println(usage());
        System.exit(0);
      }
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") == false || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, got '" + arg + "'\n" + usage());
      }
      String name = arg.substring(2, eq);
      String value = arg.substring(eq + 1);
      switch (name) {
        case "n" -> n = positiveInt(name, value);
        case "batch" -> batch = positiveInt(name, value);
        case "reps" -> reps = positiveInt(name, value);
        case "warmup-n" -> warmupN = Integer.parseInt(value.replace("_", ""));
        case "range-scans" -> rangeScans = positiveInt(name, value);
        case "range-len" -> rangeLen = positiveInt(name, value);
        case "commit-seconds" -> commitSeconds = Double.parseDouble(value);
        case "commit-warmup-seconds" -> commitWarmupSeconds = Double.parseDouble(value);
        case "cases" -> cases = pick(name, value, ALL_CASES);
        case "engines" -> engines = List.copyOf(pick(name, value, ALL_ENGINES));
        case "seed" -> seed = Long.parseLong(value);
        case "tmp" -> tmp = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option --" + name + "\n" + usage());
      }
    }
    int len = rangeLen != null ? rangeLen : Math.max(1, n / 100);
    if (len >= n) {
      throw new IllegalArgumentException("--range-len must be below --n");
    }
    int w = warmupN != null ? warmupN : Math.max(Math.min(n, 10_000), Math.min(n / 10, 100_000));
    return new BenchOptions(n, batch, reps, w, rangeScans, len, commitSeconds, commitWarmupSeconds,
        cases, engines, seed, tmp);
  }

  boolean runs(String c) {
    return cases.contains(c);
  }

  private static int positiveInt(String name, String value) {
    int v = Integer.parseInt(value.replace("_", ""));
    if (v <= 0) {
      throw new IllegalArgumentException("--" + name + " must be positive");
    }
    return v;
  }

  private static Set<String> pick(String name, String value, List<String> allowed) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : value.split(",")) {
      String t = s.trim().toLowerCase(java.util.Locale.ROOT);
      if (t.isEmpty()) {
        continue;
      }
      if (allowed.contains(t) == false) {
        throw new IllegalArgumentException("--" + name + " takes " + allowed + ", not '" + t + "'");
      }
      out.add(t);
    }
    return out;
  }

  static String usage() {
    return """
        usage: StorageBench [--n=1000000] [--batch=1000] [--reps=3] [--warmup-n=100000]
                            [--range-scans=100] [--range-len=n/100] [--commit-seconds=5]
                            [--commit-warmup-seconds=1] [--cases=load,read,scan,range,memread,commit]
                            [--engines=sochdb,sochdb-mapdb,mvstore] [--seed=20240601] [--tmp=/tmp]""";
  }
}
