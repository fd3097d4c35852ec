package org.sochdb.adapter.plan;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.plan.RelOptRule;

/** The planner rules SochDB adds to Calcite's, one instance each. */
public final class SochRules {
  private SochRules() {}

  public static final SochFilterScanRule FILTER_SCAN = new SochFilterScanRule();
  public static final SochProjectScanRule PROJECT_SCAN = new SochProjectScanRule();
  public static final SochIndexOrderRule INDEX_ORDER = new SochIndexOrderRule();
  public static final SochTableModifyRule TABLE_MODIFY = SochTableModifyRule.create();
  public static final SochTableFunctionScanRule TABLE_FUNCTION_SCAN = SochTableFunctionScanRule.create();

  public static final List<RelOptRule> ALL = List.of(FILTER_SCAN, PROJECT_SCAN, INDEX_ORDER, TABLE_MODIFY,
      TABLE_FUNCTION_SCAN);

  /** Calcite's rules that one of ours replaces. */
  public static final List<RelOptRule> REPLACED = List.of(EnumerableRules.ENUMERABLE_TABLE_FUNCTION_SCAN_RULE);
}
