package org.sochdb.adapter.ddl;

import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.ContextSqlValidator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.validate.SqlValidator;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.sql.ddl.SqlColumnDef;
import org.sochdb.adapter.sql.ddl.SqlVectorTypeNameSpec;
import org.sochdb.adapter.sql.parser.SochSqlParser;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.storage.catalog.ColumnDef;

/** Turns a parsed column definition into the catalog's {@link ColumnDef}. */
final class ColumnDefs {
  private ColumnDefs() {}

  static ColumnDef of(SqlColumnDef col, boolean primaryKey, CalcitePrepare.Context context) {
    String name = col.getNameAsString();
    boolean nullable = col.isNullable() && primaryKey == false;
    String defaultSql = col.getDefaultValue() == null ? null : SochSqlParser.toSql(col.getDefaultValue());
    if (col.getDataType().getTypeNameSpec() instanceof SqlVectorTypeNameSpec v) {
      if (defaultSql != null) {
        throw new SochSqlException("0A000", "column \"" + name + "\": a VECTOR column cannot have a DEFAULT");
      }
      return SqlTypes.vectorColumn(name, v.getDimension(), nullable);
    }
    RelDataType type;
    try {
      SqlValidator validator = new ContextSqlValidator(context, true);
      type = col.getDataType().deriveType(validator, true);
    } catch (RuntimeException e) {
      throw new SochSqlException("42704", "column \"" + name + "\": unknown type "
          + col.getDataType().getTypeName().getSimple() + " (" + e.getMessage() + ")");
    }
    return SqlTypes.columnDef(name, type, nullable, defaultSql);
  }

  static String sql(SqlNode node) {
    return SochSqlParser.toSql(node);
  }
}
