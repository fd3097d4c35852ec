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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table-level constraint in {@code CREATE TABLE}:
 * {@code [CONSTRAINT n] PRIMARY KEY (a, ...)},
 * {@code [CONSTRAINT n] UNIQUE (a, ...)} or
 * {@code [CONSTRAINT n] FOREIGN KEY (a, ...) REFERENCES p (x, ...) [ON DELETE ...]}.
 */
public class SqlTableConstraint extends SqlCall {
  private static final SqlOperator PRIMARY_KEY_OPERATOR =
      new SqlSpecialOperator("PRIMARY KEY", SqlKind.PRIMARY_KEY);
  private static final SqlOperator UNIQUE_OPERATOR =
      new SqlSpecialOperator("UNIQUE", SqlKind.UNIQUE);
  private static final SqlOperator FOREIGN_KEY_OPERATOR =
      new SqlSpecialOperator("FOREIGN KEY", SqlKind.FOREIGN_KEY);

  /** Which constraint it is. */
  public enum Kind {
    PRIMARY_KEY("PRIMARY KEY"),
    UNIQUE("UNIQUE"),
    FOREIGN_KEY("FOREIGN KEY");

    /** The SQL words for the constraint. */
    public final String sql;

    Kind(String sql) {
      this.sql = sql;
    }
  }

  private final Kind kind;
  private final @Nullable SqlIdentifier name;
  private final SqlNodeList columns;
  private final @Nullable SqlForeignKeyReference references;

  /**
   * Creates a constraint; {@code references} is required for
   * {@link Kind#FOREIGN_KEY} and must be null otherwise.
   */
  public SqlTableConstraint(SqlParserPos pos, Kind kind,
      @Nullable SqlIdentifier name, SqlNodeList columns,
      @Nullable SqlForeignKeyReference references) {
    super(pos);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = name;
    this.columns = Objects.requireNonNull(columns, "columns");
    if ((kind == Kind.FOREIGN_KEY) != (references != null)) {
      throw new IllegalArgumentException(
          "REFERENCES is required for, and only for, FOREIGN KEY");
    }
    this.references = references;
  }

  /** Returns which constraint this is. */
  public Kind getConstraintKind() {
    return kind;
  }

  /** Returns the name after {@code CONSTRAINT}, or null if none. */
  public @Nullable SqlIdentifier getConstraintName() {
    return name;
  }

  /** Returns the constrained (for a foreign key: referencing) columns. */
  public SqlNodeList getColumns() {
    return columns;
  }

  /** Returns the names of {@link #getColumns()}. */
  public List<String> getColumnNames() {
    return simpleNames(columns);
  }

  /** Returns the referenced table and columns of a foreign key, else null. */
  public @Nullable SqlForeignKeyReference getReferences() {
    return references;
  }

  @Override public SqlOperator getOperator() {
    switch (kind) {
    case PRIMARY_KEY:
      return PRIMARY_KEY_OPERATOR;
    case UNIQUE:
      return UNIQUE_OPERATOR;
    default:
      return FOREIGN_KEY_OPERATOR;
    }
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(SqlLiteral.createSymbol(kind, pos), name,
        columns, references);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    if (name != null) {
      writer.keyword("CONSTRAINT");
      name.unparse(writer, 0, 0);
    }
    writer.keyword(kind.sql);
    unparseList(writer, columns);
    if (references != null) {
      references.unparse(writer, 0, 0);
    }
  }

  /** Writes {@code (a, b, ...)}. */
  static void unparseList(SqlWriter writer, SqlNodeList list) {
    final SqlWriter.Frame frame = writer.startList("(", ")");
    for (SqlNode n : list) {
      writer.sep(",");
      n.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }

  /** Returns the simple names of a list of identifiers. */
  static List<String> simpleNames(SqlNodeList list) {
    final List<String> names = new ArrayList<>(list.size());
    for (SqlNode n : list) {
      names.add(((SqlIdentifier) n).getSimple());
    }
    return Collections.unmodifiableList(names);
  }
}
