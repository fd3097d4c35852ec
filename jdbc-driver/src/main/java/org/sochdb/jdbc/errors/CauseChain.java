package org.sochdb.jdbc.errors;

import java.util.function.Predicate;

/** Walks a throwable's cause chain, bounded so that a cyclic chain cannot loop forever. */
final class CauseChain {

  /** Chains longer than this are cut off; real ones are a handful of links. */
  static final int MAX_DEPTH = 64;

  private CauseChain() {
  }

  /** The first throwable from {@code start} (inclusive) down the causes that matches, or null. */
  static Throwable find(Throwable start, Predicate<Throwable> test) {
    Throwable t = start;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      if (test.test(t)) {
        return t;
      }
    }
    return null;
  }
}
