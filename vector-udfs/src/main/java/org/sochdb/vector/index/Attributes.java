package org.sochdb.vector.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * The values of a row that a metadata filter can match: each column's value (text up to
 * {@value #MAX_TEXT} characters, numbers, booleans), and each top-level member of the JSON
 * object in a column named {@code metadata} (an array member gives each of its elements).
 *
 * <p>An attribute is named {@code c:<column in lower case>} or {@code m:<member>}; a value is
 * written {@code s:text}, {@code n:number} (so 1, 1.0 and 1e0 are equal) or {@code b:true}.
 */
final class Attributes {
  static final int MAX_TEXT = 512;
  static final String METADATA = "metadata";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Attributes() {}

  /** One attribute's value. */
  record Value(String attribute, String value) {}

  /** The attribute values of {@code row}, skipping column {@code skip} (the vector). */
  static List<Value> of(TableDef table, Object[] row, int skip) {
    List<Value> out = new ArrayList<>();
    List<ColumnDef> columns = table.columns();
    for (int i = 0; i < columns.size() && i < row.length; i++) {
      if (i == skip || row[i] == null) {
        continue;
      }
      String name = columns.get(i).name();
      if (METADATA.equalsIgnoreCase(name) && row[i] instanceof String text) {
        members(text, out);
        continue;
      }
      String v = canonical(row[i]);
      if (v != null) {
        out.add(new Value(column(name), v));
      }
    }
    return out;
  }

  static String column(String name) {
    return "c:" + name.toLowerCase(java.util.Locale.ROOT);
  }

  static String member(String name) {
    return "m:" + name;
  }

  private static void members(String text, List<Value> out) {
    JsonNode doc;
    try {
      doc = JSON.readTree(text);
    } catch (java.io.IOException e) {
      return; // metadata that is not JSON has no members to match
    }
    if (doc == null || doc.isObject() == false) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isArray()) {
        for (JsonNode element : e.getValue()) {
          add(e.getKey(), element, out);
        }
      } else {
        add(e.getKey(), e.getValue(), out);
      }
    }
  }

  private static void add(String key, JsonNode node, List<Value> out) {
    String v = canonical(node);
    if (v != null) {
      out.add(new Value(member(key), v));
    }
  }

  /** A JSON scalar's canonical value, or null for what filters cannot match (objects, arrays, null). */
  static String canonical(JsonNode node) {
    if (node.isTextual()) {
      return canonical(node.textValue());
    } else if (node.isNumber()) {
      return canonical(node.decimalValue());
    } else if (node.isBoolean()) {
      return "b:" + node.booleanValue();
    }
    return null;
  }

  /** The value of {@code type} a canonical value stands for, or null when no value of that type can equal it. */
  static Object value(String canonical, org.sochdb.adapter.codec.ValueType type) {
    Object given = switch (canonical.charAt(0)) {
      case 's' -> canonical.substring(2);
      case 'n' -> new BigDecimal(canonical.substring(2));
      default -> Boolean.valueOf(canonical.substring(2));
    };
    try {
      Object v = org.sochdb.adapter.types.SqlTypes.toStorage(type, given);
      return canonical.equals(canonical(v)) ? v : null;
    } catch (RuntimeException e) {
      return null; // not a value of the key's type: matches no row
    }
  }

  /** A column value's canonical value, or null for kinds filters do not match (binary, vectors, long text). */
  static String canonical(Object v) {
    if (v instanceof String s) {
      return s.length() <= MAX_TEXT ? "s:" + s : null;
    } else if (v instanceof BigDecimal d) {
      return "n:" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? canonical(BigDecimal.valueOf(d)) : null;
    } else if (v instanceof Number n) {
      return canonical(BigDecimal.valueOf(n.longValue()));
    } else if (v instanceof Boolean b) {
      return "b:" + b;
    } else if (v instanceof java.time.temporal.Temporal t) {
      return "s:" + t;
    }
    return null;
  }
}
