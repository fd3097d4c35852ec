package org.sochdb.adapter.error;

/**
 * A vector whose length differs from the dimension of its column or index (SQLSTATE 22000);
 * the driver turns it into {@code DimensionMismatchException} with both numbers.
 */
public final class VectorDimensionException extends SochSqlException {
  private static final long serialVersionUID = 1L;
  private final int expected;
  private final int actual;

  /** {@code where} says what holds the dimension, e.g. {@code column "embedding"}. */
  public VectorDimensionException(int expected, int actual, String where) {
    super("22000", "vector dimension mismatch: expected " + expected + ", got " + actual + " (" + where + ")");
    this.expected = expected;
    this.actual = actual;
  }

  public int expected() {
    return expected;
  }

  public int actual() {
    return actual;
  }
}
