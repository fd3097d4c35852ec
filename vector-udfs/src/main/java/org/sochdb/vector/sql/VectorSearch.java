package org.sochdb.vector.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.calcite.schema.ScannableTable;
import org.sochdb.adapter.error.VectorDimensionException;
import org.sochdb.adapter.exec.TableLayout;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.vector.index.HnswTableIndex;
import org.sochdb.vector.index.MetadataFilter;
import org.sochdb.vector.math.VectorSimilarity;

/**
 * {@code TABLE(vector_search(table, vector, k [, filter_json [, ef_search]]))}: the {@code k}
 * rows nearest to {@code vector} by the table's HNSW index, nearest first, with the table's
 * columns, {@code score} and {@code distance}. The filter is applied during the search. A table
 * with no HNSW index is searched exactly, by cosine distance, over its one VECTOR column.
 */
public final class VectorSearch {
  public static final String NAME = "vector_search";

  private VectorSearch() {}

  /** Entry point of SQL: the table for these arguments (planning passes null for non-literals). */
  public static ScannableTable vectorSearch(@Parameter(name = "table") String table,
      @Parameter(name = "vector") Object vector,
      @Parameter(name = "k") Integer k,
      @Parameter(name = "filter_json", optional = true) String filterJson,
      @Parameter(name = "ef_search", optional = true) Integer efSearch) {
    return new Search(table, vector, k, filterJson, efSearch);
  }

  /** One call's rows. */
  private static final class Search extends SearchTable {
    private final Object vector;
    private final Integer k;
    private final String filterJson;
    private final Integer efSearch;

    Search(String table, Object vector, Integer k, String filterJson, Integer efSearch) {
      super(table, NAME, true);
      this.vector = vector;
      this.k = k;
      this.filterJson = filterJson;
      this.efSearch = efSearch;
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      SochSession session = SochSessions.of(root);
      int limit = Arguments.count(k, NAME, "k");
      float[] query = Arguments.vector(vector, NAME, "vector");
      if (query == null) {
        return Linq4j.emptyEnumerable();
      }
      int ef = Arguments.efSearch(efSearch, limit, NAME);
      return Linq4j.asEnumerable((List<Object[]>) session.read(tx -> rows(session, tx, query, limit, ef)));
    }

    private List<Object[]> rows(SochSession session, StorageTransaction tx, float[] query, int limit, int ef) {
      SearchTarget target = SearchTarget.of(session, table, NAME);
      MetadataFilter filter = MetadataFilter.parse(filterJson, target.table(), NAME);
      SearchRows.Reader reader = new SearchRows.Reader(tx, target.table(), true);
      List<Object[]> out = new ArrayList<>();
      var index = target.index("HNSW");
      if (index.isPresent()) {
        HnswTableIndex hnsw = (HnswTableIndex) index.get();
        for (HnswTableIndex.Hit hit : hnsw.search(tx, query, limit, ef, filter)) {
          Object[] stored = reader.stored(hit.rowKey());
          if (stored != null) {
            out.add(reader.result(stored, Scores.of(hnsw.similarity(), hit.distance()), (double) hit.distance()));
          }
        }
        return out;
      }
      int column = target.vectorColumn(NAME);
      for (Scored s : exact(tx, target, column, VectorSimilarity.COSINE, query, limit, filter)) {
        out.add(reader.result(s.row(), Scores.of(VectorSimilarity.COSINE, s.distance()), s.distance()));
      }
      return out;
    }
  }

  /** A row and its distance to the query. */
  record Scored(byte[] key, Object[] row, double distance) {}

  /** Nearest first, ties by primary key. */
  static final Comparator<Scored> NEAREST = Comparator.comparingDouble(Scored::distance)
      .thenComparing(Scored::key, Arrays::compareUnsigned);

  /** The {@code k} rows nearest to {@code query} by a scan of the table: what a table without an index gets. */
  static List<Scored> exact(StorageTransaction tx, SearchTarget target, int column, VectorSimilarity similarity,
      float[] query, int k, MetadataFilter filter) {
    PriorityQueue<Scored> worst = new PriorityQueue<>(NEAREST.reversed());
    TableDef def = target.table();
    TableLayout layout = new TableLayout(def);
    try (var cursor = tx.scan(layout.prefix, Bytes.prefixEnd(layout.prefix))) {
      while (cursor.hasNext() && k > 0) {
        var kv = cursor.next();
        Object[] row = layout.decodeRow(kv.value());
        if (!(row[column] instanceof float[] v) || (filter != null && filter.matches(def, row, column) == false)) {
          continue;
        }
        if (v.length != query.length) {
          throw new VectorDimensionException(v.length, query.length, "column \"" + def.columns().get(column).name()
              + "\"");
        }
        worst.add(new Scored(kv.key(), row, similarity.distance(v, query)));
        if (worst.size() > k) {
          worst.poll();
        }
      }
    }
    List<Scored> out = new ArrayList<>(worst);
    out.sort(NEAREST);
    return out;
  }
}
