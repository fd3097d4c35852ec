package org.sochdb.adapter.types;

import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.error.VectorDimensionException;

/**
 * {@code CAST(x AS VECTOR(n))}: text such as {@code '[0.1, 0.2]'}, an array or a vector made a
 * {@code float[]} of exactly {@code n} finite components. Called by the code Calcite generates.
 */
public final class VectorCast {
  private VectorCast() {}

  public static Object cast(Object value, int dimension) {
    if (value == null) {
      return null;
    }
    float[] v;
    try {
      v = (float[]) SqlTypes.toStorage(ValueType.VECTOR, value);
    } catch (IllegalArgumentException e) {
      throw new SochSqlException("22018", "cannot cast to VECTOR(" + dimension + "): " + e.getMessage());
    }
    if (v.length != dimension) {
      throw new VectorDimensionException(dimension, v.length, "CAST to VECTOR(" + dimension + ")");
    }
    for (int i = 0; i < v.length; i++) {
      if (Float.isFinite(v[i]) == false) {
        throw new SochSqlException("22000", "cannot cast to VECTOR(" + dimension + "): component " + i + " is "
            + v[i] + "; vectors hold finite numbers only");
      }
    }
    return v;
  }
}
