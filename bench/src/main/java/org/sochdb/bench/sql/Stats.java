package org.sochdb.bench.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Medians and compact sample lists. */
final class Stats {
  private Stats() {}

  static double median(List<Double> samples) {
    List<Double> s = new ArrayList<>(samples);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    double a = Math.abs(v);
    String f = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, f, v);
  }

  static String list(List<Double> samples) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < samples.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(format(samples.get(i)));
    }
    return sb.append(']').toString();
  }
}
