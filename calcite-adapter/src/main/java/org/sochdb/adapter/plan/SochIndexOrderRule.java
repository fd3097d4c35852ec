package org.sochdb.adapter.plan;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.sochdb.adapter.exec.ScanSpec;
import org.sochdb.adapter.rel.SochTableScan;
import org.sochdb.adapter.schema.SochTable;
import org.sochdb.storage.catalog.IndexDef;

/**
 * A planner rule that offers, for a full scan of a table, a full scan through each B-tree
 * index as an equivalent: its rows come in index order, so a query ordered by the index's
 * columns needs no sort (and with LIMIT reads only the first rows). The planner keeps the
 * cheaper plain scan where no order is wanted. Instance: {@link SochRules#INDEX_ORDER}.
 */
@SuppressWarnings("deprecation")
public final class SochIndexOrderRule extends RelOptRule {
  SochIndexOrderRule() {
    super(operand(SochTableScan.class, none()), "SochIndexOrderRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    SochTableScan scan = call.rel(0);
    if (scan.spec.isFull() == false || scan.spec.index() != null) {
      return; // only a plain full scan has index-ordered twins
    }
    SochTable table = scan.getTable().unwrap(SochTable.class);
    for (IndexDef ix : table.indexes()) {
      if ("BTREE".equals(ix.method())) {
        ScanSpec s = scan.spec;
        call.transformTo(scan.withSpec(new ScanSpec(s.table(), ix, List.of(), s.projection())));
      }
    }
  }
}
