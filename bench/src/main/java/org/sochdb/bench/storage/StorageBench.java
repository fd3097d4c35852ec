package org.sochdb.bench.storage;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Side-by-side throughput of SochDB's storage engine (on MVStore, its default, and on MapDB)
 * and H2's MVStore + TransactionStore on the same data in one JVM: load, point reads, full
 * scan, range scans, durable commits. Engines alternate within every repetition (A B C, C B A,
 * A B C, ...), each gets an untimed warm-up round first, and the table shows the median of the
 * repetitions. See {@link BenchOptions}.
 */
public final class StorageBench {
  private final BenchOptions opts;
  private final TempDirs dirs;
  private final Results results = new Results();

  private StorageBench(BenchOptions opts, TempDirs dirs) {
    this.opts = opts;
    this.dirs = dirs;
    String n = String.format(Locale.ROOT, "%,d", opts.n());
    String len = String.format(Locale.ROOT, "%,d", opts.rangeLen());
    results.define(new Results.Line("1a", n + " random puts, " + opts.batch()
        + "/tx, until the last commit returns (SochDB normal, MVStore auto-commit)", "puts/s"));
    results.define(new Results.Line("1b", "the same, including the final SochDB checkpoint() / MVStore commit()+sync()", "puts/s"));
    results.define(new Results.Line("2a", n + " random point reads after close + reopen", "reads/s"));
    results.define(new Results.Line("2b", n + " random point reads in the loading process, after the final flush", "reads/s"));
    results.define(new Results.Line("2c", n + " random point reads right after the load, no flush, no reopen"
        + " (SochDB: in-memory database, every read served by the version store)", "reads/s"));
    results.define(new Results.Line("3", "full ordered scan of " + n + " entries", "entries/s"));
    results.define(new Results.Line("4", opts.rangeScans() + " range scans of " + len
        + " consecutive keys from a random key", "scans/s"));
    results.define(new Results.Line("5a", "sync_mode=full commits of one put, 1 thread", "commits/s"));
    results.define(new Results.Line("5b", "sync_mode=full commits of one put, 4 threads", "commits/s"));
  }

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    System.out.println(environment(args));
    long start = System.nanoTime();
    try (TempDirs dirs = new TempDirs(opts.tmp())) {
      new StorageBench(opts, dirs).run(start, args);
    }
  }

  private void run(long start, String[] args) throws Exception {
    // Warm-up: every phase once per engine at a smaller size, not recorded.
    Dataset warm = new Dataset(opts.warmupN(), Math.min(opts.rangeScans(), 20),
        Math.max(1, opts.warmupN() / 100), opts.seed() + 1);
    for (String e : opts.engines()) {
      log("warm-up %s (%,d keys)", e, opts.warmupN());
      dataRound(e, warm, false);
      if (opts.runs("commit")) {
        commitRound(e, 4, Math.min(1.0, opts.commitSeconds()), false);
      }
    }
    if (opts.runs("memread")) {
      log("warm-up: reads before any flush (%,d keys)", opts.warmupN());
      memReadPhase(warm, 1, false);
    }
    warm = null;

    Dataset data = new Dataset(opts.n(), opts.rangeScans(), opts.rangeLen(), opts.seed());
    boolean dataCases = opts.runs("load") || opts.runs("read") || opts.runs("scan") || opts.runs("range");
    for (int rep = 0; rep < opts.reps() && dataCases; rep++) {
      for (String e : order(rep)) {
        log("rep %d/%d %s: load, flush, reads, scans", rep + 1, opts.reps(), e);
        dataRound(e, data, true);
      }
    }
    if (opts.runs("memread")) {
      log("reads before any flush: load each engine once, then %d alternating read passes", opts.reps());
      memReadPhase(data, opts.reps(), true);
    }
    if (opts.runs("commit")) {
      for (int threads : new int[] {1, 4}) {
        for (int rep = 0; rep < opts.reps(); rep++) {
          for (String e : order(rep)) {
            log("rep %d/%d %s: full-sync commits, %d thread(s), %.1f s", rep + 1, opts.reps(), e, threads,
                opts.commitSeconds());
            commitRound(e, threads, opts.commitSeconds(), true);
          }
        }
      }
    }
    double total = (System.nanoTime() - start) / 1e9;
    System.out.println();
    System.out.println("## Samples (ops/s, in run order)");
    System.out.println(results.raw());
    System.out.println("## Results (median of " + opts.reps() + "; ratio > 1 = SochDB faster)");
    System.out.println();
    System.out.print(results.markdown(BenchOptions.ALL_ENGINES.stream().filter(opts.engines()::contains).toList()));
    System.out.println();
    System.out.printf(Locale.ROOT, "total run time %.0f s; system load average at end %.2f; args: %s%n", total,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), String.join(" ", args));
  }

  /** Alternates the engines' order: A B C, C B A, A B C, ... */
  private List<String> order(int rep) {
    List<String> o = new ArrayList<>(opts.engines());
    if (rep % 2 == 1) {
      java.util.Collections.reverse(o);
    }
    return o;
  }

  /** Load (BULK mode), final flush, warm reads, close + reopen, reads, full scan, range scans. */
  private void dataRound(String engine, Dataset d, boolean record) {
    Path dir = dirs.fresh(engine);
    int n = d.size();
    try (KvTarget t = Engines.open(engine, dir, Engines.Mode.BULK)) {
      settle();
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i += opts.batch()) {
        t.putBatch(d, i, Math.min(n, i + opts.batch()));
      }
      long t1 = System.nanoTime();
      t.flush();
      long t2 = System.nanoTime();
      detail("load %.2f s, final flush %.2f s, on disk %,d MB", s(t1 - t0), s(t2 - t1),
          TempDirs.sizeBytes(dir) >> 20);
      rec(record, "1a", engine, n / s(t1 - t0));
      rec(record, "1b", engine, n / s(t2 - t0));

      if (opts.runs("read")) {
        settle();
        long r0 = System.nanoTime();
        long found = t.pointReads(d);
        long r1 = System.nanoTime();
        check(found == d.readOrder().length, engine + " found " + found + " of " + d.readOrder().length);
        detail("warm reads %.2f s; %s", s(r1 - r0), t.describe());
        rec(record, "2b", engine, d.readOrder().length / s(r1 - r0));
      }

      long o0 = System.nanoTime();
      t.reopen();
      detail("close + reopen %.2f s", s(System.nanoTime() - o0));

      if (opts.runs("read")) {
        settle();
        long r0 = System.nanoTime();
        long found = t.pointReads(d);
        long r1 = System.nanoTime();
        check(found == d.readOrder().length, engine + " found " + found + " of " + d.readOrder().length);
        detail("reads after reopen %.2f s; %s", s(r1 - r0), t.describe());
        rec(record, "2a", engine, d.readOrder().length / s(r1 - r0));
      }
      if (opts.runs("scan")) {
        settle();
        long s0 = System.nanoTime();
        long count = t.fullScan();
        long s1 = System.nanoTime();
        check(count == n, engine + " full scan saw " + count + " of " + n);
        detail("full scan %.2f s", s(s1 - s0));
        rec(record, "3", engine, n / s(s1 - s0));
      }
      if (opts.runs("range")) {
        settle();
        long s0 = System.nanoTime();
        for (int i = 0; i < d.rangeScans(); i++) {
          long count = t.rangeScan(d.rangeFirst(i), d.rangeLast(i), d.rangeEndExclusive(i));
          check(count == d.rangeLen(), engine + " range scan saw " + count + " of " + d.rangeLen());
        }
        long s1 = System.nanoTime();
        detail("range scans %.2f s", s(s1 - s0));
        rec(record, "4", engine, d.rangeScans() / s(s1 - s0));
      }
    } finally {
      TempDirs.delete(dir);
    }
  }

  /**
   * Reads right after the load, with no explicit flush and no reopen: SochDB as an in-memory
   * database whose version store is large enough that nothing is checkpointed (every read is a
   * version-store hit); MVStore in its default mode (file, background writer). Every engine is loaded once and stays
   * open; then the read pass is repeated {@code reps} times, alternating the engines.
   */
  private void memReadPhase(Dataset d, int reps, boolean record) {
    List<Path> paths = new ArrayList<>();
    java.util.Map<String, KvTarget> open = new java.util.LinkedHashMap<>();
    int n = d.size();
    try {
      for (String e : opts.engines()) {
        Path dir = dirs.fresh(e);
        paths.add(dir);
        KvTarget t = Engines.open(e, dir, Engines.Mode.MEMTABLE);
        open.put(e, t);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i += opts.batch()) {
          t.putBatch(d, i, Math.min(n, i + opts.batch()));
        }
        detail("%s load %.2f s (not in the table)", e, s(System.nanoTime() - t0));
      }
      for (int rep = 0; rep < reps; rep++) {
        for (String e : order(rep)) {
          KvTarget t = open.get(e);
          settle();
          long r0 = System.nanoTime();
          long found = t.pointReads(d);
          long r1 = System.nanoTime();
          check(found == d.readOrder().length, e + " found " + found + " of " + d.readOrder().length);
          detail("pass %d %s reads %.2f s; %s", rep + 1, e, s(r1 - r0), t.describe());
          rec(record, "2c", e, d.readOrder().length / s(r1 - r0));
        }
      }
    } finally {
      for (var en : open.entrySet()) {
        long c0 = System.nanoTime();
        en.getValue().close();
        detail("%s close %.2f s", en.getKey(), s(System.nanoTime() - c0));
      }
      paths.forEach(TempDirs::delete);
    }
  }

  private void commitRound(String engine, int threads, double seconds, boolean record) throws InterruptedException {
    Path dir = dirs.fresh(engine);
    try (KvTarget t = Engines.open(engine, dir, Engines.Mode.FULL)) {
      double rate = CommitLoad.run(t, threads, opts.commitWarmupSeconds(), seconds, opts.seed() + threads);
      detail("%.0f commits/s; %s", rate, t.describe());
      rec(record, threads == 1 ? "5a" : "5b", engine, rate);
    } finally {
      TempDirs.delete(dir);
    }
  }

  private void rec(boolean record, String line, String engine, double opsPerSecond) {
    if (record) {
      results.add(line, engine, opsPerSecond);
    }
  }

  /** Lets the previous phase's garbage and background work settle before a timed phase. */
  private static void settle() {
    System.gc();
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double s(long nanos) {
    return nanos / 1e9;
  }

  private static void check(boolean ok, String message) {
    if (ok == false) {
      throw new IllegalStateException("benchmark sanity check failed: " + message);
    }
  }

  private static void log(String fmt, Object... args) {
    System.out.printf(Locale.ROOT, "[%tT] " + fmt + "%n", prepend(System.currentTimeMillis(), args));
  }

  private static void detail(String fmt, Object... args) {
    System.out.printf(Locale.ROOT, "    " + fmt + "%n", args);
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] out = new Object[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  /** JVM, heap and GC flags and the command line, for the report. */
  static String environment(String[] args) {
    var rt = ManagementFactory.getRuntimeMXBean();
    String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, """
        # SochDB storage (on MVStore and on MapDB) vs H2 MVStore
        JVM:        %s %s (%s), %s %s
        heap:       max %,d MB; JVM flags: %s
        GC:         %s
        CPUs:       %d available; OS %s %s; system load average at start %.2f
        command:    %s
        bench args: %s
        """,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"), System.getProperty("java.vm.info"), "",
        Runtime.getRuntime().maxMemory() >> 20, rt.getInputArguments(), gcs,
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.version"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("sun.java.command"), String.join(" ", args));
  }
}
