package org.sochdb.bench.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Commit throughput for a fixed time: {@code threads} committers, each looping "begin, put one
 * random 16-byte key with a 100-byte value, commit" as fast as the engine lets it. Commits
 * during the lead-in are not counted.
 */
final class CommitLoad {
  private CommitLoad() {}

  /** Runs the load and returns measured commits per second. */
  static double run(KvTarget target, int threads, double warmupSeconds, double seconds, long seed)
      throws InterruptedException {
    LongAdder commits = new LongAdder();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      SplittableRandom rnd = new SplittableRandom(seed * 31 + t);
      byte[] value = new byte[Dataset.VALUE_BYTES];
      rnd.nextBytes(value);
      Thread w = new Thread(() -> {
        try {
          while (stop.get() == false) {
            byte[] key = new byte[Dataset.KEY_BYTES];
            rnd.nextBytes(key);
            target.commitOne(key, value);
            commits.increment();
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }, "committer-" + t);
      workers.add(w);
    }
    workers.forEach(Thread::start);
    Thread.sleep((long) (warmupSeconds * 1000));
    long c0 = commits.sum();
    long t0 = System.nanoTime();
    Thread.sleep((long) (seconds * 1000));
    long c1 = commits.sum();
    long t1 = System.nanoTime();
    stop.set(true);
    for (Thread w : workers) {
      w.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a committer failed", failure.get());
    }
    return (c1 - c0) / ((t1 - t0) / 1e9);
  }
}
