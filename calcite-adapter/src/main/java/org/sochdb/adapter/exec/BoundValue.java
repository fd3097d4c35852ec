package org.sochdb.adapter.exec;

import org.apache.calcite.DataContext;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.types.SqlTypes;

/** One end of a key range as planned: a constant, or a statement parameter read at run time. */
public sealed interface BoundValue {
  /** The value in storage form; null when it is SQL NULL (a comparison with it is never true). */
  Object resolve(DataContext root, ValueType type);

  /** A literal, already in storage form. */
  record Constant(Object value) implements BoundValue {
    @Override
    public Object resolve(DataContext root, ValueType type) {
      return value;
    }

    @Override
    public String toString() {
      if (value instanceof String s) {
        return "'" + s + "'";
      }
      if (value instanceof byte[] b) {
        return "X'" + java.util.HexFormat.of().withUpperCase().formatHex(b) + "'";
      }
      return String.valueOf(value);
    }
  }

  /**
   * The fixed start of a LIKE pattern given as the {@code index}-th {@code ?}: the text before its
   * first unescaped {@code %} or {@code _} (empty when it starts with one), as UTF-8 bytes for
   * {@code from_utf8(col) LIKE ?}. Null when the pattern is NULL (LIKE NULL matches nothing).
   */
  record LikePattern(int index, Character escape, boolean utf8) implements BoundValue {
    @Override
    public Object resolve(DataContext root, ValueType type) {
      Object v = root.get("?" + index);
      if (v == null) {
        return null;
      }
      String prefix = literalPrefix(v.toString(), escape);
      if (prefix == null || (utf8 && prefix.indexOf('\uFFFD') >= 0)) {
        prefix = ""; // a malformed pattern fails in the filter above; read every non-null key meanwhile
      }
      return utf8 ? prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8) : prefix;
    }

    /** The text before the first unescaped wildcard; null if the escape character ends the pattern. */
    public static String literalPrefix(String pattern, Character escape) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (escape != null && c == escape) {
          if (++i == pattern.length()) {
            return null;
          }
          out.append(pattern.charAt(i));
        } else if (c == '%' || c == '_') {
          break;
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }

    @Override
    public String toString() {
      return "prefix of ?" + index;
    }
  }

  /**
   * The last bound of a range over a text or binary key column meaning "every value that starts
   * with this" ({@code LIKE 'abc%'}): the scan encodes it without its terminator, so the range
   * [bound, prefix end of bound) holds exactly the values with that prefix.
   */
  record Prefix(BoundValue text) implements BoundValue {
    @Override
    public Object resolve(DataContext root, ValueType type) {
      return text.resolve(root, type);
    }

    @Override
    public String toString() {
      return text + "*";
    }
  }

  /** The {@code index}-th {@code ?} of the statement. */
  record Param(int index) implements BoundValue {
    @Override
    public Object resolve(DataContext root, ValueType type) {
      return SqlTypes.toStorage(type, root.get("?" + index));
    }

    @Override
    public String toString() {
      return "?" + index;
    }
  }
}
