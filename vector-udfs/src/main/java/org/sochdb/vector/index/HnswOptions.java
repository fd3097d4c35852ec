package org.sochdb.vector.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.vector.math.VectorSimilarity;

/**
 * The {@code WITH} options of an HNSW index: {@code metric} ('cosine', 'euclidean' or 'dot';
 * default cosine), {@code m} (neighbours per node, 2 to 100; default 16) and
 * {@code ef_construction} (candidates kept while inserting, at least m, up to 2000; default 100).
 */
record HnswOptions(VectorSimilarity similarity, int m, int efConstruction) {
  static final Set<String> KEYS = Set.of("metric", "m", "ef_construction");

  /** Options as stored in the catalog (already checked). */
  static HnswOptions of(Map<String, String> stored) {
    return check(stored);
  }

  /** Checks options as written and returns them complete and normalized, for the catalog. */
  static Map<String, String> normalize(Map<String, String> given) {
    HnswOptions o = check(given);
    Map<String, String> out = new LinkedHashMap<>();
    out.put("metric", o.similarity().sqlName());
    out.put("m", Integer.toString(o.m()));
    out.put("ef_construction", Integer.toString(o.efConstruction()));
    return out;
  }

  private static HnswOptions check(Map<String, String> given) {
    for (String key : given.keySet()) {
      if (KEYS.contains(key) == false) {
        throw new SochSqlException("42000", "HNSW index option \"" + key + "\" is unknown; the options are metric, m "
            + "and ef_construction");
      }
    }
    VectorSimilarity similarity;
    try {
      similarity = VectorSimilarity.parse(given.getOrDefault("metric", "cosine"));
    } catch (IllegalArgumentException e) {
      throw new SochSqlException("22023", "HNSW index option metric: " + e.getMessage());
    }
    int m = integer(given, "m", 16, 2, 100);
    int ef = integer(given, "ef_construction", 100, m, 2000);
    return new HnswOptions(similarity, m, ef);
  }

  private static int integer(Map<String, String> given, String key, int otherwise, int min, int max) {
    String text = given.get(key);
    if (text == null) {
      return otherwise;
    }
    try {
      int v = Integer.parseInt(text.trim());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw new SochSqlException("22023", "HNSW index option " + key + " must be a whole number from " + min + " to "
        + max + ", not '" + text + "'");
  }
}
