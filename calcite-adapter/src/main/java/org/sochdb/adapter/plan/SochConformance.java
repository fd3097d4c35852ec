package org.sochdb.adapter.plan;

import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlDelegatingConformance;

/**
 * SochDB's SQL conformance: Calcite's LENIENT ({@code !=}, {@code %}, {@code LIMIT a, b})
 * with overflow checked (an INTEGER or BIGINT that overflows is error 22003, as in
 * PostgreSQL, not a wrapped value) and no INSERT of fewer values than the listed columns
 * (LENIENT's "subset" insert crashes on too many values).
 */
public final class SochConformance extends SqlDelegatingConformance {
  public static final SochConformance INSTANCE = new SochConformance();

  private SochConformance() {
    super(SqlConformanceEnum.LENIENT);
  }

  @Override
  public boolean checkedArithmetic() {
    return true;
  }

  @Override
  public boolean isInsertSubsetColumnsAllowed() {
    return false;
  }
}
