package org.sochdb.vector.sql;

import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.types.SqlTypes;

/** Checks of the arguments the search and distance functions share, with messages that say what to pass. */
public final class Arguments {
  /** The last text vector parsed on this thread: a literal in a scan's distance is parsed once, not per row. */
  private static final ThreadLocal<Object[]> LAST_TEXT = ThreadLocal.withInitial(() -> new Object[2]);

  private Arguments() {}

  /**
   * A vector argument: a {@code float[]} (or {@code double[]}, a list of numbers) bound with
   * {@code setObject}, a VECTOR column's value, or the text {@code '[0.1, 0.2]'}; null stays null.
   */
  public static float[] vector(Object v, String function, String argument) {
    if (v == null) {
      return null;
    }
    Object[] last = v instanceof String ? LAST_TEXT.get() : null;
    if (last != null && v.equals(last[0])) {
      return (float[]) last[1];
    }
    float[] f;
    try {
      f = (float[]) SqlTypes.toStorage(ValueType.VECTOR, v);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new SochSqlException("22018", function + ": " + argument + " must be a vector, given as float[] or as "
          + "text like '[0.1, 0.2]': " + e.getMessage());
    }
    for (int i = 0; i < f.length; i++) {
      if (Float.isFinite(f[i]) == false) {
        throw new SochSqlException("22000", function + ": " + argument + " component " + i + " is " + f[i]
            + "; vectors hold finite numbers only");
      }
    }
    if (last != null) {
      last[0] = v;
      last[1] = f;
    }
    return f;
  }

  /** A count such as k: zero or more (null when the statement is only being planned). */
  static int count(Integer n, String function, String argument) {
    if (n == null) {
      throw new SochSqlException("22004", function + ": " + argument + " must not be NULL");
    }
    if (n < 0) {
      throw new SochSqlException("22023", function + ": " + argument + " must be 0 or more, not " + n);
    }
    return n;
  }

  /** ef_search: at least 1, default max(64, k). */
  static int efSearch(Integer ef, int k, String function) {
    if (ef == null) {
      return Math.max(64, k);
    }
    if (ef < 1 || ef > 100_000) {
      throw new SochSqlException("22023", function + ": ef_search must be from 1 to 100000, not " + ef);
    }
    return Math.max(ef, k);
  }
}
