package org.sochdb.vector.plan;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.sochdb.adapter.rel.SochTableScan;
import org.sochdb.adapter.schema.SochTable;
import org.sochdb.storage.catalog.IndexDef;

/**
 * Plans {@code ORDER BY cosine_distance(col, ?) LIMIT k} (and {@code l2_distance} ascending,
 * {@code inner_product} descending) over a full scan of a table whose column {@code col} has an
 * HNSW index of the matching metric as an {@link HnswSearchScan} of k rows, under the same
 * project and sort. The query vector is a parameter or a text literal. Without such an index the
 * planner keeps the scan and sort, which give the exact answer.
 */
@SuppressWarnings("deprecation")
public final class HnswOrderRule extends RelOptRule {
  public static final HnswOrderRule INSTANCE = new HnswOrderRule();

  private HnswOrderRule() {
    super(operand(Sort.class, operand(Project.class, operand(SochTableScan.class, none()))), "HnswOrderRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Sort sort = call.rel(0);
    Project project = call.rel(1);
    SochTableScan scan = call.rel(2);
    if (sort.fetch == null || sort.getCollation().getFieldCollations().size() != 1 || scan.spec.isFull() == false
        || scan.spec.index() != null) {
      return;
    }
    RelFieldCollation order = sort.getCollation().getFieldCollations().get(0);
    if (!(project.getProjects().get(order.getFieldIndex()) instanceof RexCall distance)
        || distance.getOperands().size() != 2) {
      return;
    }
    String metric = metric(distance.getOperator().getName(), order.getDirection());
    if (metric == null) {
      return;
    }
    RexInputRef column = null;
    RexNode query = null;
    for (RexNode operand : distance.getOperands()) {
      RexNode bare = operand.getKind() == SqlKind.CAST ? ((RexCall) operand).getOperands().get(0) : operand;
      if (bare instanceof RexInputRef ref && column == null) {
        column = ref;
      } else {
        query = operand;
      }
    }
    if (query != null && query.getKind() == SqlKind.CAST) {
      query = ((RexCall) query).getOperands().get(0);
    }
    if (column == null || !(query instanceof RexDynamicParam || query instanceof RexLiteral)) {
      return;
    }
    int tableColumn = scan.spec.projection() == null ? column.getIndex() : scan.spec.projection()[column.getIndex()];
    String columnName = scan.spec.table().columns().get(tableColumn).name();
    long[] k = limit(sort);
    if (k == null) {
      return;
    }
    SochTable table = scan.getTable().unwrap(SochTable.class);
    for (IndexDef ix : table.indexes()) {
      if ("HNSW".equals(ix.method()) && ix.columns().equals(List.of(columnName))
          && metric.equals(ix.options().get("metric"))) {
        HnswScanSpec spec = new HnswScanSpec(scan.spec.table(), ix, scan.spec.projection(),
            query instanceof RexDynamicParam p ? p.getIndex() : -1,
            query instanceof RexLiteral l ? l.getValueAs(String.class) : null, k[0], (int) k[1]);
        HnswSearchScan search = new HnswSearchScan(scan.getCluster(), scan.getTraitSet(), scan.getRowType(), spec);
        call.transformTo(sort.copy(sort.getTraitSet(), List.of(project.copy(project.getTraitSet(), List.of(search)))));
        return;
      }
    }
  }

  /** The index metric an ordering by this function answers, or null. */
  private static String metric(String function, RelFieldCollation.Direction direction) {
    boolean ascending = direction == RelFieldCollation.Direction.ASCENDING;
    return switch (function.toLowerCase(Locale.ROOT)) {
      case "cosine_distance" -> ascending ? "cosine" : null;
      case "l2_distance" -> ascending ? "euclidean" : null;
      case "inner_product" -> ascending ? null : "dot";
      default -> null;
    };
  }

  /** {k, -1} for LIMIT k [OFFSET n] (k counting the skipped rows), {0, parameter} for LIMIT ?, or null. */
  private static long[] limit(Sort sort) {
    long offset = 0;
    if (sort.offset != null) {
      if (!(sort.offset instanceof RexLiteral o)) {
        return null;
      }
      offset = o.getValueAs(Long.class);
    }
    if (sort.fetch instanceof RexLiteral f) {
      return new long[] {f.getValueAs(Long.class) + offset, -1};
    }
    if (sort.fetch instanceof RexDynamicParam p && offset == 0) {
      return new long[] {0, p.getIndex()};
    }
    return null;
  }
}
