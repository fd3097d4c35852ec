package org.sochdb.vector.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.sochdb.adapter.exec.TableLayout;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.adapter.spi.SearchIndex;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.vector.index.HnswTableIndex;
import org.sochdb.vector.sql.Arguments;

/** Runs an {@link HnswSearchScan}: called by the code Calcite generates for the plan. */
public final class HnswScans {
  private HnswScans() {}

  public static Enumerable<Object[]> scan(DataContext root, HnswScanSpec spec) {
    SochSession session = SochSessions.of(root);
    Object given = spec.parameter() >= 0 ? root.get("?" + spec.parameter()) : spec.literal();
    float[] query = Arguments.vector(given, "ORDER BY distance", "the query vector");
    long k = spec.kParameter() >= 0 ? ((Number) root.get("?" + spec.kParameter())).longValue() : spec.k();
    if (query == null || k <= 0) {
      return Linq4j.emptyEnumerable();
    }
    int limit = (int) Math.min(k, 100_000);
    List<Object[]> rows = session.read(tx -> {
      SearchIndex index = session.database().searchIndexes().of(spec.table(), spec.index());
      TableLayout layout = new TableLayout(spec.table());
      List<Object[]> out = new ArrayList<>();
      for (HnswTableIndex.Hit hit : ((HnswTableIndex) index).search(tx, query, limit, Math.max(64, limit), null)) {
        byte[] value = tx.get(hit.rowKey());
        if (value != null) {
          out.add(project(layout, layout.decodeRow(value), spec.projection()));
        }
      }
      return out;
    });
    return Linq4j.asEnumerable(rows);
  }

  public static Enumerable<Object> scanScalar(DataContext root, HnswScanSpec spec) {
    return scan(root, spec).select(row -> row[0]);
  }

  private static Object[] project(TableLayout layout, Object[] stored, int[] projection) {
    int n = projection == null ? layout.types.length : projection.length;
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      int c = projection == null ? i : projection[i];
      out[i] = SqlTypes.toCalcite(layout.types[c], c < stored.length ? stored[c] : null);
    }
    return out;
  }
}
