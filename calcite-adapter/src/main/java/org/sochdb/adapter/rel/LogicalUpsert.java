package org.sochdb.adapter.rel;

import java.util.List;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.sql2rel.RelStructuredTypeFlattener;

/**
 * A logical INSERT that replaces the row with the same primary key: {@code UPSERT INTO}, which
 * the parser reads as an {@code SqlInsert} whose {@code isUpsert()} is true. Calcite's
 * {@link TableModify} has no UPSERT operation, so the statement's tree carries it as this node
 * (operation INSERT) from conversion until {@link org.sochdb.adapter.plan.SochTableModifyRule}
 * makes it a {@link SochTableModify}.
 */
public final class LogicalUpsert extends TableModify implements RelStructuredTypeFlattener.SelfFlatteningRel {
  /** Creates an UPSERT of {@code insert}'s input rows into its table. */
  public static LogicalUpsert of(TableModify insert) {
    return new LogicalUpsert(insert.getTraitSet(), insert.getTable(), insert.getCatalogReader(), insert.getInput(),
        insert.isFlattened());
  }

  private LogicalUpsert(RelTraitSet traits, org.apache.calcite.plan.RelOptTable table,
      org.apache.calcite.prepare.Prepare.CatalogReader catalogReader, RelNode input, boolean flattened) {
    super(input.getCluster(), traits.replace(Convention.NONE), table, catalogReader, input, Operation.INSERT, null,
        null, flattened);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new LogicalUpsert(traitSet, getTable(), getCatalogReader(), sole(inputs), isFlattened());
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("upsert", true);
  }

  @Override
  public void flattenRel(RelStructuredTypeFlattener flattener) {
    flattener.rewriteGeneric(this);
  }
}
