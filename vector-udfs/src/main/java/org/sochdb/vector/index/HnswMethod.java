package org.sochdb.vector.index;

import java.util.List;
import java.util.Map;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.spi.IndexMethod;
import org.sochdb.adapter.spi.SearchIndex;
import org.sochdb.storage.catalog.TableDef;

/** {@code CREATE INDEX ... USING HNSW (vector_column) WITH (metric = 'cosine', m = 16, ef_construction = 100)}. */
public final class HnswMethod implements IndexMethod {
  @Override
  public String name() {
    return "HNSW";
  }

  @Override
  public Map<String, String> define(TableDef table, List<String> columns, Map<String, String> options) {
    if (columns.size() != 1) {
      throw new SochSqlException("42000", "an HNSW index holds one VECTOR column, not " + columns.size());
    }
    String type = table.column(columns.get(0)).orElseThrow().type();
    if ("VECTOR".equals(type) == false) {
      throw new SochSqlException("42000", "an HNSW index holds a VECTOR column; \"" + columns.get(0) + "\" is "
          + type);
    }
    return HnswOptions.normalize(options);
  }

  @Override
  public SearchIndex open(SearchIndex.Context context) {
    return new HnswTableIndex(context);
  }
}
