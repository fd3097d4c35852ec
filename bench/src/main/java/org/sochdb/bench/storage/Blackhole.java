package org.sochdb.bench.storage;

/** Keeps results of measured loops observable so the JIT cannot drop the work. */
final class Blackhole {
  private static volatile long sink;

  private Blackhole() {}

  static void consume(long v) {
    sink += v;
  }
}
