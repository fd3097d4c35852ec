package org.sochdb.bench.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows of the final report, printed as a Markdown table. */
final class ResultTable {
  /** One operation: medians per engine in {@code unit}, and the goal for SochDB/H2 (NaN: none). */
  record Row(String operation, String unit, double sochdb, double h2, double goal) {
    double ratio() {
      return sochdb / h2;
    }

    String met() {
      if (Double.isNaN(goal) || Double.isNaN(ratio())) {
        return "-";
      }
      return ratio() <= goal ? "yes" : "**no**";
    }
  }

  private final List<Row> rows = new ArrayList<>();

  void add(String operation, String unit, Map<Engine, List<Double>> samples, double goal) {
    add(operation, unit, median(samples, Engine.SOCHDB), median(samples, Engine.H2), goal);
  }

  void add(String operation, String unit, double sochdb, double h2, double goal) {
    rows.add(new Row(operation, unit, sochdb, h2, goal));
  }

  private static double median(Map<Engine, List<Double>> samples, Engine e) {
    List<Double> s = samples.get(e);
    return s == null || s.isEmpty() ? Double.NaN : Stats.median(s);
  }

  private static String withUnit(double v, String unit) {
    return Double.isNaN(v) ? "-" : Stats.format(v) + " " + unit;
  }

  String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| operation | SochDB | H2 | SochDB/H2 | goal | met? |\n");
    sb.append("| --- | ---: | ---: | ---: | ---: | :---: |\n");
    for (Row r : rows) {
      sb.append("| ").append(r.operation()).append(" | ")
          .append(withUnit(r.sochdb(), r.unit())).append(" | ")
          .append(withUnit(r.h2(), r.unit())).append(" | ")
          .append(Double.isNaN(r.ratio()) ? "-" : String.format(Locale.ROOT, "%.2fx", r.ratio())).append(" | ")
          .append(Double.isNaN(r.goal()) ? "-" : String.format(Locale.ROOT, "<= %.1fx", r.goal())).append(" | ")
          .append(r.met()).append(" |\n");
    }
    return sb.toString();
  }
}
