package org.sochdb.adapter.plan;

import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.sochdb.adapter.exec.ScanSpec;
import org.sochdb.adapter.rel.SochTableScan;
import org.sochdb.adapter.schema.SochTable;

/**
 * A planner rule that turns key predicates of a filter over a full {@link SochTableScan}
 * into key ranges of that scan (primary key or B-tree index). The filter stays on top: the
 * ranges only narrow what is read. Instance: {@link SochRules#FILTER_SCAN}.
 */
@SuppressWarnings("deprecation") // RelOptRule operands: RelRule needs generated Immutables configs
public final class SochFilterScanRule extends RelOptRule {
  SochFilterScanRule() {
    super(operand(LogicalFilter.class, operand(SochTableScan.class, none())), "SochFilterScanRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    SochTableScan scan = call.rel(1);
    if (scan.spec.isFull() == false) {
      return; // already narrowed
    }
    SochTable table = scan.getTable().unwrap(SochTable.class);
    ScanSpec narrowed = KeyRangeFinder.narrow(scan.spec, table.indexes(), filter.getCondition());
    if (narrowed == null) {
      return; // no key predicate
    }
    call.transformTo(filter.copy(filter.getTraitSet(), scan.withSpec(narrowed), filter.getCondition()));
  }
}
