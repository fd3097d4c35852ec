package org.sochdb.bench.sql;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Command-line options of {@link SqlBench}.
 *
 * <pre>
 *   --scale=1.0      multiplies every row and operation count (0.1 for a quick run)
 *   --reps=5         measured repetitions of each cheap measurement (expensive ones use max(3, reps/2))
 *   --only=a,b       run only these workloads: point, insert, literal, olap, open
 *   --engines=a,b    sochdb,h2 (a single engine is for profiling: ratios are then blank)
 *   --dir=PATH       base directory for the databases (default: a new temp directory)
 *   --keep           keep the databases afterwards
 * </pre>
 */
record BenchConfig(double scale, int reps, Set<String> only, List<Engine> engines, Path dir, boolean keep) {
  static final List<String> WORKLOADS = List.of("point", "insert", "literal", "olap", "open");

  static BenchConfig parse(String[] args) {
    double scale = 1.0;
    int reps = 5;
    Set<String> only = new LinkedHashSet<>(WORKLOADS);
    List<Engine> engines = List.of(Engine.SOCHDB, Engine.H2);
    Path dir = null;
    boolean keep = false;
    for (String a : args) {
      String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
      if (a.startsWith("--scale=")) {
        scale = Double.parseDouble(v);
      } else if (a.startsWith("--reps=")) {
        reps = Integer.parseInt(v);
      } else if (a.startsWith("--only=")) {
        only = new LinkedHashSet<>(Arrays.asList(v.split(",")));
        if (WORKLOADS.containsAll(only) == false) {
          throw new IllegalArgumentException("--only takes " + WORKLOADS + ", not " + v);
        }
      } else if (a.startsWith("--engines=")) {
        engines = Arrays.stream(v.split(",")).map(Engine::parse).toList();
      } else if (a.startsWith("--dir=")) {
        dir = Path.of(v);
      } else if (a.equals("--keep")) {
        keep = true;
      } else {
        throw new IllegalArgumentException("unknown argument " + a
            + "; known: --scale=F --reps=N --only=" + String.join(",", WORKLOADS) + " --engines=sochdb,h2 --dir=P --keep");
      }
    }
    if (reps < 3) {
      throw new IllegalArgumentException("--reps must be at least 3 (medians of 3 or more)");
    }
    return new BenchConfig(scale, reps, only, engines, dir, keep);
  }

  /** {@code n} times the scale, at least 1. */
  int scaled(long n) {
    return (int) Math.max(1, Math.round(n * scale));
  }

  /** Repetitions for measurements that take seconds each. */
  int slowReps() {
    return Math.max(3, reps / 2 + 1);
  }

  boolean runs(String workload) {
    return only.contains(workload);
  }
}
