package org.sochdb.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sochdb.toon.Toon;

/**
 * The Python SDK's query builder: JSON documents under a key prefix, reduced to some fields, each as a
 * one-row TOON table named {@code result} ({@code products/laptop: result[1]{name,price}:Laptop,999}).
 *
 * <pre>{@code
 * for (KeyValue kv : db.kvQuery("products/").select("name", "price").limit(10).toList()) {
 *   System.out.println(kv.keyString() + ": " + kv.valueString());
 * }
 * }</pre>
 *
 * The JSON types survive: numbers and booleans are written bare, strings as TOON strings (so
 * the string {@code "999"} stays quoted). In SQL the same read is
 * {@code TABLE(kv_query('products/', 'name, price INTEGER', 10))}, whose columns carry SQL types.
 * Values that are not JSON objects give all-null fields.
 */
public final class PrefixQuery {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeyValueStore store;
  private final byte[] prefix;
  private List<String> fields = List.of();
  private long limit = Long.MAX_VALUE;

  PrefixQuery(KeyValueStore store, byte[] prefix) {
    this.store = store;
    this.prefix = prefix;
  }

  /** The fields to keep, in output order (all of each document's fields when none are given). */
  public PrefixQuery select(String... names) {
    this.fields = List.copyOf(Arrays.asList(names));
    return this;
  }

  /** At most {@code n} entries. */
  public PrefixQuery limit(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("limit must be 0 or more, not " + n);
    }
    this.limit = n;
    return this;
  }

  /** The matching entries in key order, each value replaced by its TOON row. */
  public List<KeyValue> toList() throws SQLException {
    List<KeyValue> out = new ArrayList<>();
    if (limit == 0) {
      return out;
    }
    try (KvScan scan = store.scanPrefix(prefix)) {
      for (KeyValue kv : scan) {
        Map<String, Object> row = row(kv.value());
        List<String> names = fields.isEmpty() ? List.copyOf(row.keySet()) : fields;
        String toon = Toon.encode("result", List.of(row), names);
        out.add(new KeyValue(kv.key(), toon.getBytes(StandardCharsets.UTF_8)));
        if (out.size() >= limit) {
          break;
        }
      }
    }
    return out;
  }

  private static Map<String, Object> row(byte[] value) {
    Map<String, Object> row = new LinkedHashMap<>();
    JsonNode doc;
    try {
      doc = value == null ? null : JSON.readTree(value);
    } catch (IOException e) {
      doc = null;
    }
    if (doc != null && doc.isObject()) {
      doc.fields().forEachRemaining(e -> row.put(e.getKey(), plain(e.getValue())));
    }
    return row;
  }

  /** A JSON value as TOON encodes it: String, Long, BigDecimal, Boolean, null, nested Map; arrays as JSON text. */
  private static Object plain(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      n.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue())));
      return m;
    }
    return n.toString();
  }
}
