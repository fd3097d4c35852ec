package org.sochdb.adapter.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.StandardConvertletTable;
import org.sochdb.adapter.sql.ddl.SqlVectorTypeNameSpec;
import org.sochdb.adapter.types.VectorCast;

/**
 * Calcite's convertlets, except for two kinds of call. A call of a SQL function whose Java
 * parameters are {@code Object} (the vector functions take a VECTOR value, a float[] parameter
 * or a text literal) passes its arguments as they are: Calcite would cast a text literal to the
 * Object type first, which it cannot do for a literal in ORDER BY. {@code CAST(x AS VECTOR(n))}
 * becomes a call of {@link VectorCast}, since Calcite has no type that
 * converts text to a float vector.
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

  /** The function a cast to VECTOR(n) becomes. */
  private static final SqlUserDefinedFunction VECTOR_CAST = new SqlUserDefinedFunction(
      new SqlIdentifier("VECTOR_CAST", SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
      ReturnTypes.explicit(SqlTypeName.ANY), null, null, ScalarFunctionImpl.create(VectorCast.class, "cast"));

  private static final SqlRexConvertlet VECTOR = (cx, call) -> {
    int dimension = ((SqlVectorTypeNameSpec) ((SqlDataTypeSpec) call.operand(1)).getTypeNameSpec()).getDimension();
    RelDataType type = cx.getValidator().getValidatedNodeType(call);
    return cx.getRexBuilder().makeCall(call.getParserPosition(), type, VECTOR_CAST, List.of(
        cx.convertExpression(call.operand(0)), cx.getRexBuilder().makeExactLiteral(BigDecimal.valueOf(dimension))));
  };

  private SochConvertlets() {}

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    if (call.getKind() == SqlKind.CAST && call.operandCount() == 2
        && call.operand(1) instanceof SqlDataTypeSpec spec && spec.getTypeNameSpec() instanceof SqlVectorTypeNameSpec) {
      return VECTOR;
    }
    if (call.getOperator() instanceof SqlUserDefinedFunction f && takesAny(f)) {
      return AS_GIVEN;
    }
    return StandardConvertletTable.INSTANCE.get(call);
  }

  private static boolean takesAny(SqlUserDefinedFunction f) {
    return f.getFunction() instanceof ScalarFunctionImpl s
        && Arrays.asList(s.method.getParameterTypes()).contains(Object.class);
  }
}
