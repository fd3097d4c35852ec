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

  /** Equality on the leading columns (a prefix match on the last one is not a point). */
  public boolean isPoint() {
    return lowerInclusive && upperInclusive && lower.equals(upper) && isPrefix() == false;
  }

  /** A range of the values that start with a text or bytes: {@code LIKE 'abc%'}. */
  public static KeyRange startingWith(List<BoundValue> equalities, BoundValue prefix) {
    List<BoundValue> bound = new java.util.ArrayList<>(equalities);
    bound.add(new BoundValue.Prefix(prefix));
    return new KeyRange(List.copyOf(bound), true, List.copyOf(bound), true);
  }

  public boolean isPrefix() {
    return lower.isEmpty() == false && lower.get(lower.size() - 1) instanceof BoundValue.Prefix;
  }

  @Override
  public String toString() {
    if (isPoint()) {
      return "=" + tuple(lower);
    }
    if (isPrefix() && lower.equals(upper)) {
      return "starts with " + tuple(lower);
    }
    return (lower.isEmpty() ? "(-inf" : (lowerInclusive ? "[" : "(") + tuple(lower)) + ", "
        + (upper.isEmpty() ? "+inf)" : tuple(upper) + (upperInclusive ? "]" : ")"));
  }

  private static String tuple(List<BoundValue> v) {
    return v.size() == 1 ? v.get(0).toString()
        : v.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"));
  }
}
