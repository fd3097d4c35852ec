package org.sochdb.adapter.plan;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.sochdb.adapter.exec.ScanSpec;
import org.sochdb.adapter.rel.SochTableScan;

/**
 * A planner rule that replaces a projection of plain columns over a {@link SochTableScan}
 * with a scan that decodes only those columns. Returns early when a projected expression
 * is not a bare column. Instance: {@link SochRules#PROJECT_SCAN}.
 */
@SuppressWarnings("deprecation")
public final class SochProjectScanRule extends RelOptRule {
  SochProjectScanRule() {
    super(operand(LogicalProject.class, operand(SochTableScan.class, none())), "SochProjectScanRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    SochTableScan scan = call.rel(1);
    List<RexNode> exprs = project.getProjects();
    int[] fields = new int[exprs.size()];
    // (made null below when it selects every column unchanged)
    for (int i = 0; i < fields.length; i++) {
      if (!(exprs.get(i) instanceof RexInputRef ref)) {
        return; // an expression, not a column: Calc evaluates it
      }
      fields[i] = scan.spec.tableColumn(ref.getIndex());
    }
    ScanSpec s = scan.spec;
    if (s.projection() == null && isIdentity(fields, s.table().columns().size())) {
      fields = null; // every column in order: the plain scan already is this projection
    }
    SochTableScan narrowed = scan.withSpec(new ScanSpec(s.table(), s.index(), s.ranges(), fields));
    if (narrowed.getRowType().getFieldNames().equals(project.getRowType().getFieldNames()) == false) {
      return; // aliases rename columns; keep the project that carries the names
    }
    call.transformTo(narrowed);
  }

  private static boolean isIdentity(int[] fields, int width) {
    if (fields.length != width) {
      return false;
    }
    for (int i = 0; i < width; i++) {
      if (fields[i] != i) {
        return false;
      }
    }
    return true;
  }
}
