package org.sochdb.vector.plan;

import java.lang.reflect.Method;
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
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.sochdb.adapter.rel.ScanResults;

/**
 * The {@code k} rows of a table nearest to a query vector, read through the table's HNSW index:
 * what {@link HnswOrderRule} puts under {@code ORDER BY <distance>(column, ?) LIMIT k}. Its rows
 * are the scan's columns; the sort above it orders them by the exact distance.
 */
public final class HnswSearchScan extends AbstractRelNode implements EnumerableRel {
  private static final Method SCAN = Types.lookupMethod(HnswScans.class, "scan", DataContext.class,
      HnswScanSpec.class);
  private static final Method SCAN_SCALAR = Types.lookupMethod(HnswScans.class, "scanScalar", DataContext.class,
      HnswScanSpec.class);

  final HnswScanSpec spec;

  HnswSearchScan(RelOptCluster cluster, RelTraitSet traits, RelDataType rowType, HnswScanSpec spec) {
    super(cluster, traits.replace(EnumerableConvention.INSTANCE));
    this.rowType = rowType;
    this.spec = spec;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new HnswSearchScan(getCluster(), traitSet, rowType, spec);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("table", spec.table().schema() + "." + spec.table().name())
        .item("index", spec.index().name())
        .item("metric", spec.index().options().get("metric"))
        .item("k", spec.kParameter() >= 0 ? "?" + spec.kParameter() : String.valueOf(spec.k()))
        .itemIf("fields", Arrays.toString(spec.projection()), spec.projection() != null);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return spec.kParameter() >= 0 ? 10 : Math.max(1, spec.k());
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double rows = estimateRowCount(mq);
    // a graph walk visits on the order of ef * M nodes, whatever the table's size
    return planner.getCostFactory().makeCost(rows, rows * 64, rows * 4);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    return ScanResults.of(implementor, getRowType(), SCAN, SCAN_SCALAR, spec, HnswScanSpec.class);
  }
}
