package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlDrop;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import java.util.List;
import java.util.Objects;

/**
 * Base of SochDB's {@code DROP <kind> [IF EXISTS] name} statements; the
 * operator's name is the statement's leading words, e.g. {@code DROP INDEX}.
 */
public abstract class SqlDropNamedObject extends SqlDrop {
  private final SqlIdentifier name;

  protected SqlDropNamedObject(SqlOperator operator, SqlParserPos pos,
      boolean ifExists, SqlIdentifier name) {
    super(operator, pos, ifExists);
    this.name = Objects.requireNonNull(name, "name");
  }

  /** Returns the name of the object to drop (possibly schema-qualified). */
  public SqlIdentifier getName() {
    return name;
  }

  /** Returns whether {@code IF EXISTS} was written. */
  public boolean isIfExists() {
    return ifExists;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(SqlLiteral.createBoolean(ifExists, pos),
        name);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    writer.keyword(getOperator().getName());
    if (ifExists) {
      writer.keyword("IF EXISTS");
    }
    name.unparse(writer, leftPrec, rightPrec);
  }
}
