package org.sochdb.adapter.rel;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.EnumerableTableFunctionScan;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.RelColumnMapping;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A call of a table function, as Calcite's {@link EnumerableTableFunctionScan}, except that a
 * one-column function hands on its rows as plain values. Calcite's scan hands on {@code Object[]}
 * rows of one element, while the operators above it (a sort, say) take a one-column row to be the
 * value itself, so {@code SELECT n FROM TABLE(f()) ORDER BY n} returned the arrays.
 */
public final class SochTableFunctionScan extends EnumerableTableFunctionScan {
  public SochTableFunctionScan(RelOptCluster cluster, RelTraitSet traits, List<RelNode> inputs,
      @Nullable Type elementType, RelDataType rowType, RexNode call, @Nullable Set<RelColumnMapping> columnMappings) {
    super(cluster, traits, inputs, elementType, rowType, call, columnMappings);
  }

  @Override
  public SochTableFunctionScan copy(RelTraitSet traitSet, List<RelNode> inputs, RexNode rexCall,
      @Nullable Type elementType, RelDataType rowType, @Nullable Set<RelColumnMapping> columnMappings) {
    return new SochTableFunctionScan(getCluster(), traitSet, inputs, elementType, rowType, rexCall, columnMappings);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result rows = super.implement(implementor, pref);
    if (getRowType().getFieldCount() != 1 || rows.format != JavaRowFormat.ARRAY) {
      return rows;
    }
    BlockBuilder b = new BlockBuilder();
    Expression arrays = b.append("rows", rows.block);
    b.add(Expressions.return_(null, rows.physType.convertTo(arrays, JavaRowFormat.SCALAR)));
    PhysType values = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.SCALAR);
    return implementor.result(values, b.toBlock());
  }
}
