package org.sochdb.adapter.plan;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.logical.LogicalTableFunctionScan;
import org.sochdb.adapter.rel.SochTableFunctionScan;

/**
 * A planner rule that converts a {@link LogicalTableFunctionScan} into a
 * {@link SochTableFunctionScan}; it replaces Calcite's {@code EnumerableTableFunctionScanRule}.
 * Instance: {@link SochRules#TABLE_FUNCTION_SCAN}.
 */
public final class SochTableFunctionScanRule extends ConverterRule {
  static SochTableFunctionScanRule create() {
    return Config.INSTANCE
        .withConversion(LogicalTableFunctionScan.class, Convention.NONE, EnumerableConvention.INSTANCE,
            "SochTableFunctionScanRule")
        .withRuleFactory(SochTableFunctionScanRule::new)
        .toRule(SochTableFunctionScanRule.class);
  }

  private SochTableFunctionScanRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    TableFunctionScan scan = (TableFunctionScan) rel;
    RelTraitSet traits = scan.getTraitSet().replace(EnumerableConvention.INSTANCE);
    return new SochTableFunctionScan(scan.getCluster(), traits, convertList(scan.getInputs(), traits.getTrait(0)),
        scan.getElementType(), scan.getRowType(), scan.getCall(), scan.getColumnMappings());
  }
}
