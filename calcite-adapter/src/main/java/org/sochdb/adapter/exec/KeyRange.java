package org.sochdb.adapter.exec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A range over the leading columns of a key (primary key or index): {@code lower} and
 * {@code upper} are tuples over the first columns, empty when that end is open. Equality on
 * a prefix is a range whose ends are the same tuple, both inclusive.
 */
public record KeyRange(List<BoundValue> lower, boolean lowerInclusive, List<BoundValue> upper,
    boolean upperInclusive) {

  public static KeyRange point(List<BoundValue> values) {
    return new KeyRange(values, true, values, true);
  }

  public boolean isPoint() {
    return lowerInclusive && upperInclusive && lower.equals(upper);
  }

  @Override
  public String toString() {
    if (isPoint()) {
      return "=" + tuple(lower);
    }
    return (lower.isEmpty() ? "(-inf" : (lowerInclusive ? "[" : "(") + tuple(lower)) + ", "
        + (upper.isEmpty() ? "+inf)" : tuple(upper) + (upperInclusive ? "]" : ")"));
  }

  private static String tuple(List<BoundValue> v) {
    return v.size() == 1 ? v.get(0).toString()
        : v.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"));
  }
}
