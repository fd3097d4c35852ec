package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlCreate;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE TABLE [IF NOT EXISTS] [schema.]t (column, ..., constraint, ...)}
 * with SochDB's column attributes and table constraints.
 *
 * <p>Columns are {@link SqlColumnDef}s, table-level constraints
 * {@link SqlTableConstraint}s, each in the order written. The parser accepts
 * at most one primary key in all (inline or table-level).
 */
public class SqlCreateTableEx extends SqlCreate {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("CREATE TABLE", SqlKind.CREATE_TABLE);

  private final SqlIdentifier name;
  private final SqlNodeList columnList;
  private final SqlNodeList constraintList;

  /** Creates a CREATE TABLE. */
  public SqlCreateTableEx(SqlParserPos pos, boolean ifNotExists,
      SqlIdentifier name, SqlNodeList columnList, SqlNodeList constraintList) {
    super(OPERATOR, pos, false, ifNotExists);
    this.name = Objects.requireNonNull(name, "name");
    this.columnList = Objects.requireNonNull(columnList, "columnList");
    this.constraintList =
        Objects.requireNonNull(constraintList, "constraintList");
  }

  /** Returns the table's name, {@code t} or {@code schema.t}. */
  public SqlIdentifier getName() {
    return name;
  }

  /** Returns whether {@code IF NOT EXISTS} was written. */
  public boolean isIfNotExists() {
    return ifNotExists;
  }

  /** Returns the column definitions (as a list of {@link SqlColumnDef}). */
  public SqlNodeList getColumnList() {
    return columnList;
  }

  /** Returns the column definitions. */
  public List<SqlColumnDef> getColumns() {
    return typed(columnList, SqlColumnDef.class);
  }

  /** Returns the table constraints (as a list of {@link SqlTableConstraint}). */
  public SqlNodeList getConstraintList() {
    return constraintList;
  }

  /** Returns the table-level constraints. */
  public List<SqlTableConstraint> getConstraints() {
    return typed(constraintList, SqlTableConstraint.class);
  }

  /**
   * Returns the primary key's column names, from a table-level
   * {@code PRIMARY KEY (a, b)} or an inline {@code PRIMARY KEY} column;
   * empty if the table has none.
   */
  public List<String> getPrimaryKeyColumnNames() {
    for (SqlTableConstraint c : getConstraints()) {
      if (c.getConstraintKind() == SqlTableConstraint.Kind.PRIMARY_KEY) {
        return c.getColumnNames();
      }
    }
    for (SqlColumnDef c : getColumns()) {
      if (c.isPrimaryKey()) {
        return Collections.singletonList(c.getNameAsString());
      }
    }
    return Collections.emptyList();
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(SqlLiteral.createBoolean(ifNotExists, pos),
        name, columnList, constraintList);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    writer.keyword("CREATE TABLE");
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, leftPrec, rightPrec);
    final SqlWriter.Frame frame = writer.startList("(", ")");
    for (SqlNode c : columnList) {
      writer.sep(",");
      c.unparse(writer, 0, 0);
    }
    for (SqlNode c : constraintList) {
      writer.sep(",");
      c.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }

  static <T> List<T> typed(SqlNodeList list, Class<T> clazz) {
    final List<T> result = new ArrayList<>(list.size());
    for (SqlNode n : list) {
      result.add(clazz.cast(n));
    }
    return Collections.unmodifiableList(result);
  }
}
