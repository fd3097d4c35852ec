package org.sochdb.bench.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every measured sample by line and engine, and the Markdown table of their medians. */
final class Results {
  /** One row of the table; {@code note} is printed under the table when set. */
  record Line(String id, String label, String unit) {}

  private final Map<String, Line> lines = new LinkedHashMap<>();
  private final Map<String, Map<String, List<Double>>> samples = new LinkedHashMap<>();

  void define(Line line) {
    lines.put(line.id(), line);
    samples.put(line.id(), new LinkedHashMap<>());
  }

  void add(String lineId, String engine, double opsPerSecond) {
    samples.get(lineId).computeIfAbsent(engine, e -> new ArrayList<>()).add(opsPerSecond);
    System.out.printf(Locale.ROOT, "    %-12s %-10s %,14.0f %s%n", engine, lineId, opsPerSecond,
        lines.get(lineId).unit());
  }

  static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    int m = a.length / 2;
    return a.length % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2;
  }

  /**
   * The table: median ops/s of each of {@code engines}, then each SochDB target's throughput
   * divided by MVStore's (higher = SochDB faster).
   */
  String markdown(List<String> engines) {
    List<String> compared = engines.contains(Engines.MVSTORE)
        ? engines.stream().filter(e -> e.equals(Engines.MVSTORE) == false).toList() : List.of();
    StringBuilder sb = new StringBuilder("| # | Case | Unit |");
    engines.forEach(e -> sb.append(' ').append(Engines.label(e)).append(" |"));
    compared.forEach(e -> sb.append(' ').append(Engines.label(e)).append("/MVStore |"));
    sb.append("\n|---|---|---|").append("---:|".repeat(engines.size() + compared.size())).append('\n');
    for (Line line : lines.values()) {
      Map<String, List<Double>> byEngine = samples.get(line.id());
      if (byEngine.isEmpty()) {
        continue;
      }
      sb.append("| ").append(line.id()).append(" | ").append(line.label()).append(" | ").append(line.unit()).append(" |");
      engines.forEach(e -> sb.append(' ').append(fmt(med(byEngine.get(e)))).append(" |"));
      Double m = med(byEngine.get(Engines.MVSTORE));
      for (String e : compared) {
        Double s = med(byEngine.get(e));
        sb.append(' ').append(s != null && m != null && m > 0 ? String.format(Locale.ROOT, "%.2fx", s / m) : "n/a")
            .append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Every sample, for the record: line, engine, values in run order. */
  String raw() {
    StringBuilder sb = new StringBuilder();
    for (var e : samples.entrySet()) {
      for (var byEngine : e.getValue().entrySet()) {
        sb.append(String.format(Locale.ROOT, "  %-9s %-12s", e.getKey(), byEngine.getKey()));
        for (double v : byEngine.getValue()) {
          sb.append(String.format(Locale.ROOT, " %,.0f", v));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static Double med(List<Double> xs) {
    return xs == null || xs.isEmpty() ? null : median(xs);
  }

  private static String fmt(Double v) {
    return v == null ? "—" : String.format(Locale.ROOT, "%,.0f", v);
  }
}
