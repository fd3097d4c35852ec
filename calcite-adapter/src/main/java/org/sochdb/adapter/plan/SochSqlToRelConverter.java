package org.sochdb.adapter.plan;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.sochdb.adapter.rel.LogicalUpsert;

/**
 * Calcite's SQL-to-relational converter, except that {@code UPSERT INTO} becomes a
 * {@link LogicalUpsert} instead of a plain INSERT.
 */
final class SochSqlToRelConverter extends SqlToRelConverter {
  SochSqlToRelConverter(RelOptTable.ViewExpander viewExpander, SqlValidator validator,
      Prepare.CatalogReader catalogReader, RelOptCluster cluster, SqlRexConvertletTable convertletTable,
      Config config) {
    super(viewExpander, validator, catalogReader, cluster, convertletTable, config);
  }

  @Override
  protected RelNode convertInsert(SqlInsert call) {
    RelNode insert = super.convertInsert(call);
    return call.isUpsert() && insert instanceof TableModify m ? LogicalUpsert.of(m) : insert;
  }
}
