package org.sochdb.adapter.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * Calcite's convertlets, except for calls of SQL functions whose Java parameters are
 * {@code Object} (the vector functions take a VECTOR value, a float[] parameter or a text
 * literal): their arguments go in as they are. Calcite would cast a text literal to the Object
 * type first, which it cannot do for a literal in ORDER BY.
 */
final class SochConvertlets implements SqlRexConvertletTable {
  static final SochConvertlets INSTANCE = new SochConvertlets();

  private static final SqlRexConvertlet AS_GIVEN = (cx, call) -> {
    List<RexNode> operands = new ArrayList<>();
    for (SqlNode operand : call.getOperandList()) {
      operands.add(cx.convertExpression(operand));
    }
    RelDataType type = cx.getValidator().getValidatedNodeType(call);
    return cx.getRexBuilder().makeCall(call.getParserPosition(), type, call.getOperator(), operands);
  };

  private SochConvertlets() {}

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    if (call.getOperator() instanceof SqlUserDefinedFunction f && takesAny(f)) {
      return AS_GIVEN;
    }
    return StandardConvertletTable.INSTANCE.get(call);
  }

  private static boolean takesAny(SqlUserDefinedFunction f) {
    return f.getFunction() instanceof ScalarFunctionImpl s
        && java.util.Arrays.asList(s.method.getParameterTypes()).contains(Object.class);
  }
}
