package org.sochdb.adapter.plan;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.logical.LogicalTableModify;
import org.sochdb.adapter.exec.ModifySpec;
import org.sochdb.adapter.rel.SochTableModify;
import org.sochdb.adapter.schema.SochTable;

/**
 * A planner rule that converts a {@link LogicalTableModify} on a SochDB table into a
 * {@link SochTableModify}. Returns null for other tables. Instance:
 * {@link SochRules#TABLE_MODIFY}.
 */
public final class SochTableModifyRule extends ConverterRule {
  /** Set while an UPSERT statement is planned: Calcite's TableModify has no UPSERT of its own. */
  static final ThreadLocal<Boolean> UPSERT = ThreadLocal.withInitial(() -> false);

  static SochTableModifyRule create() {
    return Config.INSTANCE
        .withConversion(LogicalTableModify.class, Convention.NONE, EnumerableConvention.INSTANCE,
            "SochTableModifyRule")
        .withRuleFactory(SochTableModifyRule::new)
        .toRule(SochTableModifyRule.class);
  }

  private SochTableModifyRule(Config config) {
    super(config);
  }

  /** Runs {@code planning} with UPSERT semantics for INSERTs. */
  public static <T> T planningUpsert(boolean upsert, java.util.function.Supplier<T> planning) {
    boolean before = UPSERT.get();
    UPSERT.set(upsert);
    try {
      return planning.get();
    } finally {
      UPSERT.set(before);
    }
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
        m.getOperation() == TableModify.Operation.INSERT && UPSERT.get());
    return new SochTableModify(m.getCluster(), traits, m.getTable(), m.getCatalogReader(),
        convert(m.getInput(), m.getInput().getTraitSet().replace(EnumerableConvention.INSTANCE)), m.getOperation(),
        m.getUpdateColumnList(), m.getSourceExpressionList(), m.isFlattened(), spec);
  }
}
