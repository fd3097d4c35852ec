package org.sochdb.adapter.sql.ddl;

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

/**
 * {@code DROP SCHEMA [IF EXISTS] name [CASCADE | RESTRICT]}. (Calcite's own
 * {@code SqlDropSchema} has no {@code CASCADE}.)
 */
public class SqlDropSchemaEx extends SqlDropNamedObject {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("DROP SCHEMA", SqlKind.DROP_SCHEMA);

  private final boolean cascade;

  /** Creates a DROP SCHEMA. */
  public SqlDropSchemaEx(SqlParserPos pos, boolean ifExists,
      SqlIdentifier name, boolean cascade) {
    super(OPERATOR, pos, ifExists, name);
    this.cascade = cascade;
  }

  /**
   * Returns whether {@code CASCADE} was written (drop the schema's objects
   * too); false for {@code RESTRICT} or nothing.
   */
  public boolean isCascade() {
    return cascade;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(SqlLiteral.createBoolean(ifExists, pos),
        getName(), SqlLiteral.createBoolean(cascade, pos));
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    super.unparse(writer, leftPrec, rightPrec);
    if (cascade) {
      writer.keyword("CASCADE");
    }
  }
}
