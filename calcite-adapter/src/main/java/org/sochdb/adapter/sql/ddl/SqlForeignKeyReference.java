package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlCall;
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

import org.checkerframework.checker.nullness.qual.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * The target of a foreign key: {@code REFERENCES p [(x, ...)]
 * [ON DELETE CASCADE | RESTRICT | SET NULL | NO ACTION]}, written after a
 * column ({@link SqlColumnDef#getReferences()}) or after
 * {@code FOREIGN KEY (a, ...)} ({@link SqlTableConstraint#getReferences()}).
 */
public class SqlForeignKeyReference extends SqlCall {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("REFERENCES", SqlKind.FOREIGN_KEY);

  /** What {@code ON DELETE} does to the referencing rows. */
  public enum ReferentialAction {
    CASCADE("CASCADE"),
    RESTRICT("RESTRICT"),
    SET_NULL("SET NULL"),
    NO_ACTION("NO ACTION");

    /** The SQL words for the action. */
    public final String sql;

    ReferentialAction(String sql) {
      this.sql = sql;
    }
  }

  private final SqlIdentifier targetTable;
  private final SqlNodeList targetColumns;
  private final @Nullable ReferentialAction onDelete;

  /** Creates a reference to {@code targetTable(targetColumns)}. */
  public SqlForeignKeyReference(SqlParserPos pos, SqlIdentifier targetTable,
      SqlNodeList targetColumns, @Nullable ReferentialAction onDelete) {
    super(pos);
    this.targetTable = Objects.requireNonNull(targetTable, "targetTable");
    this.targetColumns = Objects.requireNonNull(targetColumns, "targetColumns");
    this.onDelete = onDelete;
  }

  /** Returns the referenced table, {@code p} or {@code schema.p}. */
  public SqlIdentifier getTargetTable() {
    return targetTable;
  }

  /**
   * Returns the referenced columns; empty when none were written (then the
   * referenced table's primary key is meant).
   */
  public SqlNodeList getTargetColumns() {
    return targetColumns;
  }

  /** Returns the names of {@link #getTargetColumns()}. */
  public List<String> getTargetColumnNames() {
    return SqlTableConstraint.simpleNames(targetColumns);
  }

  /**
   * Returns the {@code ON DELETE} action, or null if none was written (which
   * SQL treats as {@code NO ACTION}).
   */
  public @Nullable ReferentialAction getOnDelete() {
    return onDelete;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(targetTable, targetColumns,
        onDelete == null ? null : SqlLiteral.createSymbol(onDelete, pos));
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    writer.keyword("REFERENCES");
    targetTable.unparse(writer, 0, 0);
    if (!targetColumns.isEmpty()) {
      SqlTableConstraint.unparseList(writer, targetColumns);
    }
    if (onDelete != null) {
      writer.keyword("ON DELETE");
      writer.keyword(onDelete.sql);
    }
  }
}
