package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import org.checkerframework.checker.nullness.qual.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * A column definition in {@code CREATE TABLE} or
 * {@code ALTER TABLE ... ADD COLUMN}:
 * {@code name type [NOT NULL | NULL] [DEFAULT expr] [PRIMARY KEY] [UNIQUE]
 * [REFERENCES p [(x)] [ON DELETE ...]]}.
 *
 * <p>The attributes after the type may be written in any order; the node
 * unparses them in the order above.
 */
public class SqlColumnDef extends SqlCall {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("COLUMN_DECL", SqlKind.COLUMN_DECL);

  private final SqlIdentifier name;
  private final SqlDataTypeSpec dataType;
  private final boolean nullable;
  private final @Nullable SqlNode defaultValue;
  private final boolean primaryKey;
  private final boolean unique;
  private final @Nullable SqlForeignKeyReference references;

  /** Creates a column definition. */
  public SqlColumnDef(SqlParserPos pos, SqlIdentifier name,
      SqlDataTypeSpec dataType, boolean nullable,
      @Nullable SqlNode defaultValue, boolean primaryKey, boolean unique,
      @Nullable SqlForeignKeyReference references) {
    super(pos);
    this.name = Objects.requireNonNull(name, "name");
    this.dataType = Objects.requireNonNull(dataType, "dataType");
    this.nullable = nullable;
    this.defaultValue = defaultValue;
    this.primaryKey = primaryKey;
    this.unique = unique;
    this.references = references;
  }

  /** Returns the column's name. */
  public SqlIdentifier getName() {
    return name;
  }

  /** Returns the column's name as a string. */
  public String getNameAsString() {
    return name.getSimple();
  }

  /**
   * Returns the declared type. Its {@link SqlDataTypeSpec#getNullable()} is
   * set to {@link #isNullable()}, so
   * {@code getDataType().deriveType(validator)} gives the column's type.
   * {@code TEXT} arrives as {@code VARCHAR} (no length), {@code BLOB} as
   * {@code VARBINARY}, and {@code VECTOR(n)} with a
   * {@link SqlVectorTypeNameSpec} as its type name spec.
   */
  public SqlDataTypeSpec getDataType() {
    return dataType;
  }

  /**
   * Returns false if {@code NOT NULL} was written, true otherwise.
   * ({@code PRIMARY KEY} does not clear it; the executor decides what a
   * primary key implies.)
   */
  public boolean isNullable() {
    return nullable;
  }

  /** Returns the expression after {@code DEFAULT}, or null if none. */
  public @Nullable SqlNode getDefaultValue() {
    return defaultValue;
  }

  /** Returns whether {@code PRIMARY KEY} was written on this column. */
  public boolean isPrimaryKey() {
    return primaryKey;
  }

  /** Returns whether {@code UNIQUE} was written on this column. */
  public boolean isUnique() {
    return unique;
  }

  /** Returns the inline {@code REFERENCES p(x)}, or null if none. */
  public @Nullable SqlForeignKeyReference getReferences() {
    return references;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name, dataType,
        SqlLiteral.createBoolean(nullable, pos), defaultValue,
        SqlLiteral.createBoolean(primaryKey, pos),
        SqlLiteral.createBoolean(unique, pos), references);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    name.unparse(writer, 0, 0);
    dataType.unparse(writer, 0, 0);
    if (!nullable) {
      writer.keyword("NOT NULL");
    }
    if (defaultValue != null) {
      writer.keyword("DEFAULT");
      unparseExpression(writer, defaultValue);
    }
    if (primaryKey) {
      writer.keyword("PRIMARY KEY");
    }
    if (unique) {
      writer.keyword("UNIQUE");
    }
    if (references != null) {
      references.unparse(writer, 0, 0);
    }
  }

  /**
   * Writes a default expression; anything but a literal, an identifier, a
   * function call or a sub-query (which brings its own) goes in parentheses,
   * so that it cannot run into what follows.
   */
  static void unparseExpression(SqlWriter writer, SqlNode e) {
    if (e instanceof SqlLiteral
        || e instanceof SqlIdentifier
        || e.isA(SqlKind.QUERY)
        || (e instanceof SqlCall
            && ((SqlCall) e).getOperator() instanceof SqlFunction)) {
      e.unparse(writer, 0, 0);
    } else {
      final SqlWriter.Frame frame = writer.startList("(", ")");
      e.unparse(writer, 0, 0);
      writer.endList(frame);
    }
  }
}
