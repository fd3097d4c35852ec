package org.sochdb.bench.sql;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one measurement on every engine, interleaved so that noise from other work on the
 * machine falls on both: each round is cut into slices, and the engines take turns slice by
 * slice, the first engine alternating from one slice to the next. A round's value for an
 * engine is the mean of its slices. Warm-up rounds come first and are discarded.
 */
final class Interleaver {
  /** One slice of a measurement on one engine; returns the measured value (lower is better). */
  interface Trial {
    /**
     * @param seq a number unique to this (round, slice) in the process, the same for every
     *     engine: a trial derives its keys from it so that no two slices use the same ones
     */
    double run(Engine engine, int seq) throws Exception;
  }

  private final List<Engine> engines;

  Interleaver(List<Engine> engines) {
    this.engines = engines;
  }

  /**
   * @return per engine, one value per measured round
   */
  Map<Engine, List<Double>> run(String name, int warmups, int reps, int slices, Trial trial) throws Exception {
    Map<Engine, List<Double>> samples = new EnumMap<>(Engine.class);
    engines.forEach(e -> samples.put(e, new ArrayList<>()));
    for (int round = 0; round < warmups + reps; round++) {
      System.gc();
      Map<Engine, Double> sum = new EnumMap<>(Engine.class);
      for (int s = 0; s < slices; s++) {
        int seq = round * slices + s;
        for (Engine e : order(round + s)) {
          sum.merge(e, trial.run(e, seq), Double::sum);
        }
      }
      if (round >= warmups) {
        sum.forEach((e, v) -> samples.get(e).add(v / slices));
      }
    }
    StringBuilder sb = new StringBuilder("  " + name + ":");
    samples.forEach((e, s) -> sb.append(' ').append(e.label).append(' ').append(Stats.list(s)));
    List<Double> soch = samples.get(Engine.SOCHDB);
    List<Double> h2 = samples.get(Engine.H2);
    if (soch != null && h2 != null) { // rounds ran side by side: their ratios show how much noise moved the medians
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < soch.size(); i++) {
        ratios.add(soch.get(i) / h2.get(i));
      }
      sb.append(" | SochDB/H2 per round ").append(Stats.list(ratios)).append(", median ")
          .append(Stats.format(Stats.median(ratios)));
    }
    System.out.println(sb);
    return samples;
  }

  /** Whether {@code seq} (as passed to a trial) belongs to a warm-up round. */
  static boolean warmup(int seq, int warmups, int slices) {
    return seq < warmups * slices;
  }

  private List<Engine> order(int turn) {
    List<Engine> o = new ArrayList<>(engines);
    if (turn % 2 == 1) {
      java.util.Collections.reverse(o);
    }
    return o;
  }
}
