package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlAlter;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE [schema.]t ADD [COLUMN] [IF NOT EXISTS] col type
 * [NOT NULL] [DEFAULT expr] ...}; the new column is a {@link SqlColumnDef}.
 */
public class SqlAlterTableAddColumn extends SqlAlter {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("ALTER TABLE", SqlKind.ALTER_TABLE);

  private final SqlIdentifier table;
  private final boolean ifNotExists;
  private final SqlColumnDef column;

  /** Creates an ALTER TABLE ... ADD COLUMN. */
  public SqlAlterTableAddColumn(SqlParserPos pos, SqlIdentifier table,
      boolean ifNotExists, SqlColumnDef column) {
    super(pos);
    this.table = Objects.requireNonNull(table, "table");
    this.ifNotExists = ifNotExists;
    this.column = Objects.requireNonNull(column, "column");
  }

  /** Returns the altered table, {@code t} or {@code schema.t}. */
  public SqlIdentifier getTable() {
    return table;
  }

  /** Returns whether {@code IF NOT EXISTS} was written. */
  public boolean isIfNotExists() {
    return ifNotExists;
  }

  /** Returns the definition of the column to add. */
  public SqlColumnDef getColumn() {
    return column;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(table,
        SqlLiteral.createBoolean(ifNotExists, pos), column);
  }

  @Override protected void unparseAlterOperation(SqlWriter writer,
      int leftPrec, int rightPrec) {
    writer.keyword("ALTER TABLE");
    table.unparse(writer, 0, 0);
    writer.keyword("ADD COLUMN");
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    column.unparse(writer, 0, 0);
  }
}
