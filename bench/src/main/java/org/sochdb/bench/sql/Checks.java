package org.sochdb.bench.sql;

/** Sanity checks on what a measurement read: a wrong answer makes a timing meaningless. */
final class Checks {
  private Checks() {}

  static void expect(String what, Object expected, Object actual) {
    if (expected.equals(actual) == false) {
      throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
    }
  }
}
