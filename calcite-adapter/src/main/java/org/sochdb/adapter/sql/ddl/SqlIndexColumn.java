package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlCall;
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

/** One key column of {@code CREATE INDEX}: {@code col [ASC | DESC]}. */
public class SqlIndexColumn extends SqlCall {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("INDEX_COLUMN", SqlKind.OTHER);

  private final SqlIdentifier name;
  private final boolean descending;

  /** Creates an index column. */
  public SqlIndexColumn(SqlParserPos pos, SqlIdentifier name,
      boolean descending) {
    super(pos);
    this.name = Objects.requireNonNull(name, "name");
    this.descending = descending;
  }

  /** Returns the column's name. */
  public SqlIdentifier getName() {
    return name;
  }

  /** Returns the column's name as a string. */
  public String getNameAsString() {
    return name.getSimple();
  }

  /** Returns whether {@code DESC} was written ({@code ASC} is the default). */
  public boolean isDescending() {
    return descending;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name,
        SqlLiteral.createBoolean(descending, pos));
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    name.unparse(writer, 0, 0);
    if (descending) {
      writer.keyword("DESC");
    }
  }
}
