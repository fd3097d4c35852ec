package org.sochdb.vector.sql;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.calcite.schema.ScannableTable;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.vector.index.HnswTableIndex;
import org.sochdb.vector.index.MetadataFilter;
import org.sochdb.vector.text.Hit;

/**
 * {@code TABLE(hybrid_search(table, vector, text, k [, alpha [, filter_json]]))}: vector and
 * keyword results fused by reciprocal rank. Each side returns its best {@code max(k, 100)} rows;
 * a row's score is {@code alpha / (60 + rank_vector) + (1 - alpha) / (60 + rank_keyword)} with
 * ranks from 1 and a side that did not return the row adding 0; the {@code k} best scores come
 * back, ties broken by primary key. {@code alpha} (default 0.5) weights the vector side;
 * {@code distance} is the row's distance to {@code vector} (NULL when the row has no vector).
 * A NULL {@code vector} or {@code text} leaves that side out.
 */
public final class HybridSearch {
  public static final String NAME = "hybrid_search";
  /** The constant of reciprocal rank fusion, as its authors and most engines use it. */
  static final int RRF_K = 60;
  static final int WINDOW = 100;

  private HybridSearch() {}

  /** Entry point of SQL: the table for these arguments (planning passes null for non-literals). */
  public static ScannableTable hybridSearch(@Parameter(name = "table") String table,
      @Parameter(name = "vector") Object vector,
      @Parameter(name = "text") String text,
      @Parameter(name = "k") Integer k,
      // Object, not Double: Calcite hands a literal such as 0.7 to table functions as a BigDecimal.
      @Parameter(name = "alpha", optional = true) Object alpha,
      @Parameter(name = "filter_json", optional = true) String filterJson) {
    return new Search(table, vector, text, k, alpha, filterJson);
  }

  /** A fused candidate. */
  private static final class Candidate {
    final byte[] key;
    double score;
    Double distance;

    Candidate(byte[] key) {
      this.key = key;
    }
  }

  private static final class Search extends SearchTable {
    private final Object vector;
    private final String text;
    private final Integer k;
    private final Object alpha;
    private final String filterJson;

    Search(String table, Object vector, String text, Integer k, Object alpha, String filterJson) {
      super(table, NAME, true);
      this.vector = vector;
      this.text = text;
      this.k = k;
      this.alpha = alpha;
      this.filterJson = filterJson;
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      SochSession session = SochSessions.of(root);
      int limit = Arguments.count(k, NAME, "k");
      double a = alpha == null ? 0.5 : alpha instanceof Number n ? n.doubleValue() : Double.NaN;
      if (Double.isNaN(a) || a < 0 || a > 1) {
        throw new SochSqlException("22023", NAME + ": alpha must be from 0 to 1, not " + alpha);
      }
      float[] query = Arguments.vector(vector, NAME, "vector");
      return Linq4j.asEnumerable((List<Object[]>) session.read(tx -> rows(session, tx, query, limit, a)));
    }

    private List<Object[]> rows(SochSession session, StorageTransaction tx, float[] query, int limit, double a) {
      SearchTarget target = SearchTarget.of(session, table, NAME);
      MetadataFilter filter = MetadataFilter.parse(filterJson, target.table(), NAME);
      int window = Math.max(limit, WINDOW);
      Map<ByteBuffer, Candidate> fused = new LinkedHashMap<>();
      HnswTableIndex hnsw = null;
      if (query != null && limit > 0) {
        hnsw = (HnswTableIndex) target.index("HNSW").orElseThrow(() -> new SochSqlException("42704", NAME
            + ": table \"" + target.table().name() + "\" has no HNSW index; create one with CREATE INDEX name ON "
            + target.table().name() + " USING HNSW (column)"));
        List<HnswTableIndex.Hit> hits = hnsw.search(tx, query, window, Arguments.efSearch(null, window, NAME), filter);
        for (int rank = 0; rank < hits.size(); rank++) {
          Candidate c = fused.computeIfAbsent(ByteBuffer.wrap(hits.get(rank).rowKey()),
              b -> new Candidate(b.array()));
          c.score += a / (RRF_K + rank + 1);
          c.distance = (double) hits.get(rank).distance();
        }
      }
      if (text != null && limit > 0) {
        List<Hit> hits = KeywordSearch.hits(tx, target, text, window, filter, NAME);
        for (int rank = 0; rank < hits.size(); rank++) {
          Candidate c = fused.computeIfAbsent(ByteBuffer.wrap(hits.get(rank).docId()), b -> new Candidate(b.array()));
          c.score += (1 - a) / (RRF_K + rank + 1);
        }
      }
      List<Candidate> ranked = new ArrayList<>(fused.values());
      ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
          .thenComparing(c -> c.key, Arrays::compareUnsigned));
      SearchRows.Reader reader = new SearchRows.Reader(tx, target.table(), true);
      List<Object[]> out = new ArrayList<>();
      for (Candidate c : ranked.subList(0, Math.min(limit, ranked.size()))) {
        Object[] stored = reader.stored(c.key);
        if (stored == null) {
          continue;
        }
        Double distance = c.distance;
        if (distance == null && query != null && hnsw != null && stored[hnsw.column()] instanceof float[] v
            && v.length == query.length) {
          distance = (double) hnsw.similarity().distance(v, query);
        }
        out.add(reader.result(stored, c.score, distance));
      }
      return out;
    }
  }
}
