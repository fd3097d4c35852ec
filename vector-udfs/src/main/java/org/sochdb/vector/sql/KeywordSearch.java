package org.sochdb.vector.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.calcite.schema.ScannableTable;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.vector.index.FullTextTableIndex;
import org.sochdb.vector.index.MetadataFilter;
import org.sochdb.vector.text.Hit;

/**
 * {@code TABLE(keyword_search(table, text, k [, filter_json]))}: the {@code k} rows whose
 * full-text-indexed column best matches {@code text} by BM25 (k1 = 1.2, b = 0.75), best first,
 * with the table's columns and {@code score}. Words are alternatives; a "double-quoted phrase"
 * must appear as written (after stemming).
 */
public final class KeywordSearch {
  public static final String NAME = "keyword_search";

  private KeywordSearch() {}

  /** Entry point of SQL: the table for these arguments (planning passes null for non-literals). */
  public static ScannableTable keywordSearch(@Parameter(name = "table") String table,
      @Parameter(name = "text") String text,
      @Parameter(name = "k") Integer k,
      @Parameter(name = "filter_json", optional = true) String filterJson) {
    return new Search(table, text, k, filterJson);
  }

  private static final class Search extends SearchTable {
    private final String text;
    private final Integer k;
    private final String filterJson;

    Search(String table, String text, Integer k, String filterJson) {
      super(table, NAME, false);
      this.text = text;
      this.k = k;
      this.filterJson = filterJson;
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      SochSession session = SochSessions.of(root);
      int limit = Arguments.count(k, NAME, "k");
      if (text == null) {
        return Linq4j.emptyEnumerable();
      }
      return Linq4j.asEnumerable((List<Object[]>) session.read(tx -> {
        SearchTarget target = SearchTarget.of(session, table, NAME);
        SearchRows.Reader reader = new SearchRows.Reader(tx, target.table(), false);
        List<Object[]> out = new ArrayList<>();
        for (Hit hit : hits(tx, target, text, limit, MetadataFilter.parse(filterJson, target.table(), NAME), NAME)) {
          Object[] stored = reader.stored(hit.docId());
          if (stored != null) {
            out.add(reader.result(stored, hit.score(), null));
          }
        }
        return out;
      }));
    }
  }

  /** The table's best {@code k} BM25 matches that {@code filter} accepts. */
  static List<Hit> hits(StorageTransaction tx, SearchTarget target, String text, int k, MetadataFilter filter,
      String function) {
    FullTextTableIndex index = (FullTextTableIndex) target.index("FULLTEXT").orElseThrow(() -> new SochSqlException(
        "42704", function + ": table \"" + target.table().name() + "\" has no FULLTEXT index; create one with "
            + "CREATE INDEX name ON " + target.table().name() + " USING FULLTEXT (column)"));
    Predicate<byte[]> accept = null;
    if (filter != null) {
      SearchRows.Reader reader = new SearchRows.Reader(tx, target.table(), false);
      accept = key -> {
        Object[] row = reader.stored(key);
        return row != null && filter.matches(target.table(), row, -1);
      };
    }
    return index.search(tx, text, k, accept);
  }
}
