package org.sochdb.bench.storage;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Repeats one operation of {@link StorageBench} for a while on one engine, so a sampling
 * profiler (JFR) sees enough of it. Not a measurement: StorageBench is.
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile -cp ... \
 *   org.sochdb.bench.storage.ProfileLoop --engine=sochdb --op=scan --n=1000000 --seconds=30
 * </pre>
 *
 * Ops: {@code read} (point reads after load, flush, reopen), {@code scan} (full scan),
 * {@code range} (1% range scans), {@code memread} (point reads with everything in the version
 * store; SochDB in-memory database), {@code load} (repeated fresh loads with the final flush),
 * {@code commit1} / {@code commit4} (sync_mode=full commits, 1 or 4 threads).
 */
public final class ProfileLoop {
  private ProfileLoop() {}

  public static void main(String[] args) throws Exception {
    String engine = Engines.SOCHDB;
    String op = "read";
    int n = 1_000_000;
    double seconds = 30;
    for (String a : args) {
      String v = a.substring(a.indexOf('=') + 1);
      if (a.startsWith("--engine=")) {
        engine = v;
      } else if (a.startsWith("--op=")) {
        op = v;
      } else if (a.startsWith("--n=")) {
        n = Integer.parseInt(v.replace("_", ""));
      } else if (a.startsWith("--seconds=")) {
        seconds = Double.parseDouble(v);
      } else {
        throw new IllegalArgumentException("usage: ProfileLoop --engine=sochdb|sochdb-mapdb|mvstore "
            + "--op=read|scan|range|memread|load|commit1|commit4 [--n=1000000] [--seconds=30]");
      }
    }
    Dataset d = new Dataset(n, 100, Math.max(1, n / 100), 20240601L);
    try (TempDirs dirs = new TempDirs(Path.of(System.getProperty("java.io.tmpdir")))) {
      if (op.startsWith("commit")) {
        int threads = op.equals("commit4") ? 4 : 1;
        try (KvTarget t = Engines.open(engine, dirs.fresh(engine), Engines.Mode.FULL)) {
          double rate = CommitLoad.run(t, threads, 1, seconds, 7);
          System.out.printf(Locale.ROOT, "%s %s: %,.0f commits/s%n", engine, op, rate);
        }
        return;
      }
      Engines.Mode mode = op.equals("memread") ? Engines.Mode.MEMTABLE : Engines.Mode.BULK;
      if (op.equals("load")) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int rounds = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() < end) {
          Path dir = dirs.fresh(engine);
          try (KvTarget t = Engines.open(engine, dir, mode)) {
            load(t, d);
            t.flush();
          }
          TempDirs.delete(dir);
          rounds++;
        }
        System.out.printf(Locale.ROOT, "%s load+flush: %,.0f puts/s over %d rounds%n", engine,
            (double) rounds * n / ((System.nanoTime() - t0) / 1e9), rounds);
        return;
      }
      try (KvTarget t = Engines.open(engine, dirs.fresh(engine), mode)) {
        load(t, d);
        if (mode == Engines.Mode.BULK) {
          t.flush();
          t.reopen();
        }
        long ops = 0;
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
          switch (op) {
            case "read", "memread" -> ops += t.pointReads(d);
            case "scan" -> ops += t.fullScan();
            case "range" -> {
              for (int i = 0; i < d.rangeScans(); i++) {
                t.rangeScan(d.rangeFirst(i), d.rangeLast(i), d.rangeEndExclusive(i));
              }
              ops += d.rangeScans();
            }
            default -> throw new IllegalArgumentException("unknown op " + op);
          }
        }
        System.out.printf(Locale.ROOT, "%s %s: %,.0f ops/s%n", engine, op, ops / ((System.nanoTime() - t0) / 1e9));
      }
    }
  }

  private static void load(KvTarget t, Dataset d) {
    for (int i = 0; i < d.size(); i += 1000) {
      t.putBatch(d, i, Math.min(d.size(), i + 1000));
    }
  }
}
