package org.sochdb.vector.index;

import java.util.List;
import java.util.Map;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.spi.IndexMethod;
import org.sochdb.adapter.spi.SearchIndex;
import org.sochdb.storage.catalog.TableDef;

/** {@code CREATE INDEX ... USING FULLTEXT (text_column)}: BM25 over English-analyzed terms. */
public final class FullTextMethod implements IndexMethod {
  @Override
  public String name() {
    return "FULLTEXT";
  }

  @Override
  public Map<String, String> define(TableDef table, List<String> columns, Map<String, String> options) {
    if (columns.size() != 1) {
      throw new SochSqlException("42000", "a FULLTEXT index holds one text column, not " + columns.size());
    }
    String type = table.column(columns.get(0)).orElseThrow().type();
    if ("VARCHAR".equals(type) == false && "CHAR".equals(type) == false) {
      throw new SochSqlException("42000", "a FULLTEXT index holds a text column; \"" + columns.get(0) + "\" is "
          + type);
    }
    if (options.isEmpty() == false) {
      throw new SochSqlException("42000", "a FULLTEXT index takes no WITH options; remove WITH ("
          + String.join(", ", options.keySet()) + ")");
    }
    return Map.of();
  }

  @Override
  public SearchIndex open(SearchIndex.Context context) {
    return new FullTextTableIndex(context);
  }
}
