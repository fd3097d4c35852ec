package org.sochdb.client;

import java.util.ArrayList;
import java.util.List;

/** The SQL of one {@link SearchRequest}: a call of vector_search, keyword_search or hybrid_search. */
record SearchSql(String sql, Object[] params, boolean hasDistance) {
  private static final String COLUMNS = "SELECT \"id\", \"content\", \"metadata\", \"score\"";

  /** @param target the collection's name as a SQL text literal */
  static SearchSql of(String target, SearchRequest r) {
    boolean vector = r.vector() != null;
    boolean text = r.textQuery() != null;
    String filter = MetadataJson.write(r.filter());
    List<Object> params = new ArrayList<>();
    StringBuilder call = new StringBuilder();
    if (vector && text) {
      call.append("hybrid_search(").append(target).append(", ?, ?, ?, ?");
      params.add(r.vector());
      params.add(r.textQuery());
      params.add(r.k());
      params.add(r.alpha());
      optional(call, params, filter);
    } else if (vector) {
      call.append("vector_search(").append(target).append(", ?, ?");
      params.add(r.vector());
      params.add(r.k());
      if (filter != null || r.efSearch() != null) {
        call.append(", ?");
        params.add(filter == null ? "{}" : filter);
      }
      optional(call, params, r.efSearch());
    } else if (text) {
      call.append("keyword_search(").append(target).append(", ?, ?");
      params.add(r.textQuery());
      params.add(r.k());
      optional(call, params, filter);
    } else {
      throw new IllegalArgumentException("a search needs a vector, a text query or both");
    }
    String columns = vector ? COLUMNS + ", \"distance\"" : COLUMNS;
    return new SearchSql(columns + " FROM TABLE(" + call + "))", params.toArray(), vector);
  }

  private static void optional(StringBuilder call, List<Object> params, Object value) {
    if (value != null) {
      call.append(", ?");
      params.add(value);
    }
  }
}
