package org.sochdb.adapter.plan;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalciteSqlValidator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Calcite's validator, configured as Calcite configures it for a connection, that also infers
 * the types of parameters in ORDER BY expressions the select list does not hold
 * ({@code ORDER BY cosine_distance(embedding, ?) LIMIT 10}): Calcite infers them for the select
 * list only and later finds no type for such a parameter.
 */
final class SochSqlValidator extends CalciteSqlValidator {
  private SochSqlValidator(SqlOperatorTable opTab, CalciteCatalogReader catalogReader, JavaTypeFactory typeFactory,
      Config config) {
    super(opTab, catalogReader, typeFactory, config);
  }

  static SqlValidator create(CalcitePrepare.Context context, CalciteCatalogReader catalogReader,
      UnaryOperator<SqlValidator.Config> configTransform) {
    SqlOperatorTable opTab = SqlOperatorTables.chain(List.of(
        context.config().fun(SqlOperatorTable.class, SqlStdOperatorTable.instance()), catalogReader));
    CalciteConnectionConfig c = context.config();
    SqlValidator.Config config = configTransform.apply(SqlValidator.Config.DEFAULT
        .withLenientOperatorLookup(c.lenientOperatorLookup())
        .withConformance(c.conformance())
        .withDefaultNullCollation(c.defaultNullCollation())
        .withIdentifierExpansion(true));
    return new SochSqlValidator(opTab, catalogReader, context.getTypeFactory(), config);
  }

  private static boolean hasParameter(SqlNode node) {
    if (node instanceof SqlDynamicParam) {
      return true;
    }
    if (node instanceof SqlCall call) {
      for (SqlNode operand : call.getOperandList()) {
        if (operand != null && hasParameter(operand)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  protected void validateOrderList(SqlSelect select) {
    super.validateOrderList(select);
    if (select.getOrderList() == null) {
      return;
    }
    for (SqlNode item : select.getOrderList()) {
      SqlNode expr = item;
      while (expr instanceof SqlCall call && (call.getKind() == SqlKind.DESCENDING
          || call.getKind() == SqlKind.NULLS_FIRST || call.getKind() == SqlKind.NULLS_LAST)) {
        expr = call.operand(0);
      }
      if (hasParameter(expr)) {
        inferUnknownTypes(unknownType, getOrderScope(select), expr);
      }
    }
  }
}
