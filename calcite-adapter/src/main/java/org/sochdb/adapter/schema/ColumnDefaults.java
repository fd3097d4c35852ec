package org.sochdb.adapter.schema;

import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ColumnStrategy;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql2rel.InitializerContext;
import org.apache.calcite.sql2rel.NullInitializerExpressionFactory;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.sql.parser.SochSqlParser;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * Supplies the DEFAULT expression of a column that an INSERT leaves out; Calcite's
 * SqlToRelConverter asks for it through {@code Table.unwrap(InitializerExpressionFactory)}.
 */
final class ColumnDefaults extends NullInitializerExpressionFactory {
  private final TableDef def;

  ColumnDefaults(TableDef def) {
    this.def = def;
  }

  @Override
  public ColumnStrategy generationStrategy(RelOptTable table, int iColumn) {
    ColumnDef c = def.columns().get(iColumn);
    if (c.defaultSql() != null) {
      return ColumnStrategy.DEFAULT;
    }
    return c.nullable() || iColumn == SochTable.autoIdColumn(def) ? ColumnStrategy.NULLABLE
        : ColumnStrategy.NOT_NULLABLE;
  }

  @Override
  public RexNode newColumnDefaultValue(RelOptTable table, int iColumn, InitializerContext context) {
    ColumnDef c = def.columns().get(iColumn);
    if (c.defaultSql() == null) {
      return super.newColumnDefaultValue(table, iColumn, context);
    }
    try {
      SqlNode expr = SqlParser.create(c.defaultSql(), SochSqlParser.config()).parseExpression();
      RexNode rex = context.convertExpression(expr);
      return context.getRexBuilder().makeCast(table.getRowType().getFieldList().get(iColumn).getType(), rex,
          true, false);
    } catch (SqlParseException e) {
      throw new SochSqlException("42000", "the DEFAULT of column \"" + c.name() + "\" cannot be parsed: "
          + e.getMessage());
    }
  }
}
