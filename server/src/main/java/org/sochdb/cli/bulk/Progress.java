package org.sochdb.cli.bulk;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on stderr, drawn only when the process has a terminal (redirected output gets
 * no control characters), redrawn at most ten times a second.
 */
final class Progress implements AutoCloseable {
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final String label;
  private final long total;
  private final long start = System.nanoTime();
  private final boolean shown;
  private long lastDraw;
  private long done;
  private boolean closed;

  Progress(String label, long total) {
    this(label, total, System.err, System.console() != null);
  }

  Progress(String label, long total, PrintStream err, boolean shown) {
    this.label = label;
    this.total = total;
    this.err = err;
    this.shown = shown;
  }

  /** Counts {@code n} more items done. */
  void step(long n) {
    done += n;
    long now = System.nanoTime();
    if (shown && (now - lastDraw > 100_000_000L || done == total)) {
      lastDraw = now;
      int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
      err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d (%.0f vec/s)", label, "=".repeat(filled),
          " ".repeat(WIDTH - filled), done, total, rate()));
      err.flush();
    }
  }

  /** Items done per second so far. */
  double rate() {
    double seconds = seconds();
    return seconds == 0 ? 0 : done / seconds;
  }

  /** Seconds since the start. */
  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  /** The summary line: {@code 1000 vectors in 0.52 s (1923 vec/s)} and what follows. */
  String summary(String rest) {
    return String.format(Locale.ROOT, "%d vectors in %.2f s (%.0f vec/s)%s", done, seconds(), rate(), rest);
  }

  @Override
  public void close() {
    if (shown && closed == false) {
      closed = true;
      err.println();
    }
  }
}
