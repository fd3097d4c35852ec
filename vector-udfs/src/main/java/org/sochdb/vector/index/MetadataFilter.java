package org.sochdb.vector.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.storage.catalog.TableDef;

/**
 * A search's {@code filter_json}: a JSON object whose members must all match. A member names a
 * column of the table (case-insensitively) or, when no column has that name, a member of the
 * JSON in the table's {@code metadata} column. Its value is a string, number or boolean that the
 * row's value must equal, or an array of them, one of which it must equal. {@code {}} matches
 * every row, as NULL does.
 */
public final class MetadataFilter {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Per attribute ({@link Attributes} naming), the values one of which must be there. */
  private final Map<String, Set<String>> required;
  private final String text;

  private MetadataFilter(Map<String, Set<String>> required, String text) {
    this.required = required;
    this.text = text;
  }

  /** The filter {@code json} describes for {@code table}, or null when {@code json} is null or {@code {}}. */
  public static MetadataFilter parse(String json, TableDef table, String function) {
    if (json == null) {
      return null;
    }
    JsonNode doc;
    try {
      doc = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw bad(function, json, "it is not valid JSON");
    }
    if (doc == null || doc.isObject() == false) {
      throw bad(function, json, "it must be a JSON object such as {\"source\": \"web\"}");
    }
    Map<String, Set<String>> required = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      boolean isColumn = table.column(e.getKey()).isPresent() && Attributes.METADATA.equalsIgnoreCase(e.getKey()) == false;
      String attribute = isColumn ? Attributes.column(e.getKey()) : Attributes.member(e.getKey());
      Set<String> values = new HashSet<>();
      List<JsonNode> given = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(given::add);
      } else {
        given.add(e.getValue());
      }
      for (JsonNode v : given) {
        String c = Attributes.canonical(v);
        if (c == null) {
          throw bad(function, json, "member \"" + e.getKey() + "\" must be a string, number or boolean, or an array of them");
        }
        values.add(c);
      }
      required.put(attribute, values);
    }
    return required.isEmpty() ? null : new MetadataFilter(required, json);
  }

  private static SochSqlException bad(String function, String json, String why) {
    return new SochSqlException("22023", function + ": filter_json '" + json + "' cannot be used: " + why);
  }

  /** Per attribute, the values of which one must be present. */
  Map<String, Set<String>> required() {
    return required;
  }

  /** Whether {@code row} of {@code table} matches; {@code skip} is a column filters never read. */
  public boolean matches(TableDef table, Object[] row, int skip) {
    Map<String, Set<String>> present = new LinkedHashMap<>();
    for (Attributes.Value v : Attributes.of(table, row, skip)) {
      present.computeIfAbsent(v.attribute(), k -> new HashSet<>()).add(v.value());
    }
    for (Map.Entry<String, Set<String>> e : required.entrySet()) {
      Set<String> have = present.get(e.getKey());
      if (have == null || java.util.Collections.disjoint(have, e.getValue())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
