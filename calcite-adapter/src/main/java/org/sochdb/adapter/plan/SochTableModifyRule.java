package org.sochdb.adapter.plan;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.logical.LogicalTableModify;
import org.sochdb.adapter.exec.ModifySpec;
import org.sochdb.adapter.rel.LogicalUpsert;
import org.sochdb.adapter.rel.SochTableModify;
import org.sochdb.adapter.schema.SochTable;

/**
 * A planner rule that converts a logical {@link TableModify} on a SochDB table (a
 * {@link LogicalTableModify}, or a {@link LogicalUpsert}) into a {@link SochTableModify}. Returns
 * null for other tables. Instance: {@link SochRules#TABLE_MODIFY}.
 */
public final class SochTableModifyRule extends ConverterRule {
  static SochTableModifyRule create() {
    return Config.INSTANCE
        .withConversion(TableModify.class, Convention.NONE, EnumerableConvention.INSTANCE,
            "SochTableModifyRule")
        .withRuleFactory(SochTableModifyRule::new)
        .toRule(SochTableModifyRule.class);
  }

  private SochTableModifyRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    TableModify m = (TableModify) rel;
    SochTable table = m.getTable().unwrap(SochTable.class);
    if (table == null) {
      return null;
    }
    RelTraitSet traits = m.getTraitSet().replace(EnumerableConvention.INSTANCE);
    ModifySpec spec = new ModifySpec(table.def(), m.getOperation(),
        m.getUpdateColumnList() == null ? java.util.List.of() : java.util.List.copyOf(m.getUpdateColumnList()),
        m instanceof LogicalUpsert);
    return new SochTableModify(m.getCluster(), traits, m.getTable(), m.getCatalogReader(),
        convert(m.getInput(), m.getInput().getTraitSet().replace(EnumerableConvention.INSTANCE)), m.getOperation(),
        m.getUpdateColumnList(), m.getSourceExpressionList(), m.isFlattened(), spec);
  }
}
