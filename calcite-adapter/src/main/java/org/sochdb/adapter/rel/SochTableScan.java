package org.sochdb.adapter.rel;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.Types;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.sochdb.adapter.exec.ScanExecutor;
import org.sochdb.adapter.exec.ScanSpec;
import org.sochdb.storage.catalog.TableDef;

/**
 * A relational expression that reads a SochDB table in generated code: the whole table, or
 * key ranges of its primary key or of a B-tree index, returning a subset of the columns.
 * Rows come out in key order, which its collation trait tells the planner.
 */
public final class SochTableScan extends TableScan implements EnumerableRel {
  private static final Method SCAN = Types.lookupMethod(ScanExecutor.class, "scan", DataContext.class, ScanSpec.class);
  private static final Method SCAN_SCALAR = Types.lookupMethod(ScanExecutor.class, "scanScalar", DataContext.class,
      ScanSpec.class);

  public final ScanSpec spec;

  private SochTableScan(RelOptCluster cluster, RelTraitSet traits, RelOptTable table, ScanSpec spec) {
    super(cluster, traits, List.of(), table);
    this.spec = spec;
  }

  /** Creates a scan with the traits its spec implies. */
  public static SochTableScan create(RelOptCluster cluster, RelOptTable table, ScanSpec spec) {
    RelTraitSet traits = cluster.traitSetOf(EnumerableConvention.INSTANCE)
        .replaceIfs(RelCollationTraitDef.INSTANCE, () -> List.of(collation(spec)));
    return new SochTableScan(cluster, traits, table, spec);
  }

  public SochTableScan withSpec(ScanSpec newSpec) {
    return create(getCluster(), getTable(), newSpec);
  }

  /** Key order mapped to output positions; it stops at the first key column not returned. */
  static RelCollation collation(ScanSpec spec) {
    TableDef t = spec.table();
    List<Integer> keyColumns = new ArrayList<>();
    List<Boolean> desc = new ArrayList<>();
    if (spec.index() != null) {
      for (int i = 0; i < spec.index().columns().size(); i++) {
        keyColumns.add(t.columnIndex(spec.index().columns().get(i)));
        desc.add(i < spec.index().descending().size() && spec.index().descending().get(i));
      }
    }
    for (String pk : t.primaryKey()) {
      keyColumns.add(t.columnIndex(pk));
      desc.add(false);
    }
    List<RelFieldCollation> fields = new ArrayList<>();
    for (int k = 0; k < keyColumns.size(); k++) {
      int out = output(spec, keyColumns.get(k));
      if (out < 0) {
        break;
      }
      RelFieldCollation.Direction dir = desc.get(k) ? RelFieldCollation.Direction.DESCENDING
          : RelFieldCollation.Direction.ASCENDING;
      // Keys put NULL first ascending (last descending). A NOT NULL column has no NULLs, so it
      // also satisfies Calcite's default null direction, which is what ORDER BY asks for.
      boolean nullable = t.columns().get(keyColumns.get(k)).nullable();
      fields.add(nullable
          ? new RelFieldCollation(out, dir, desc.get(k) ? RelFieldCollation.NullDirection.LAST
              : RelFieldCollation.NullDirection.FIRST)
          : new RelFieldCollation(out, dir));
    }
    return RelCollations.of(fields);
  }

  private static int output(ScanSpec spec, int tableColumn) {
    if (spec.projection() == null) {
      return tableColumn;
    }
    for (int i = 0; i < spec.projection().length; i++) {
      if (spec.projection()[i] == tableColumn) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new SochTableScan(getCluster(), traitSet, getTable(), spec);
  }

  @Override
  public RelDataType deriveRowType() {
    RelDataType full = getTable().getRowType();
    if (spec.projection() == null) {
      return full;
    }
    RelDataTypeFactory.Builder b = getCluster().getTypeFactory().builder();
    List<RelDataTypeField> fields = full.getFieldList();
    for (int c : spec.projection()) {
      b.add(fields.get(c));
    }
    return b.build();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("index", spec.index() == null ? "PRIMARY KEY" : spec.index().name())
        .itemIf("ranges", spec.ranges(), spec.ranges().isEmpty() == false)
        .itemIf("fields", spec.projection() == null ? "" : Arrays.toString(spec.projection()),
            spec.projection() != null);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    double rows = table.getRowCount();
    if (spec.isFull()) {
      return rows;
    }
    double estimate = 0;
    int keyWidth = spec.index() == null ? spec.table().primaryKey().size() : spec.index().columns().size();
    for (var r : spec.ranges()) {
      if (r.isPoint() && r.lower().size() == keyWidth && (spec.index() == null || spec.index().unique())) {
        estimate += 1;
      } else if (r.isPoint()) {
        estimate += Math.max(1, rows * Math.pow(0.1, r.lower().size()));
      } else {
        estimate += Math.max(1, rows * 0.25);
      }
    }
    return Math.min(rows, estimate);
  }

  /**
   * Cost: rows read, times 2 through an index (each row is a second lookup), scaled for the
   * columns decoded as in Calcite's CSV adapter: (kept + 2) / (all + 2), e.g. 1 of 3 columns
   * costs (1 + 2) / (3 + 2) = 0.6 of the whole row.
   */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double rows = estimateRowCount(mq);
    double all = spec.table().columns().size();
    double width = (spec.width() + 2D) / (all + 2D);
    double perRow = spec.index() == null ? 1 : 2;
    return planner.getCostFactory().makeCost(rows, rows * perRow * width, rows * perRow);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    return ScanResults.of(implementor, getRowType(), SCAN, SCAN_SCALAR, spec, ScanSpec.class);
  }
}
