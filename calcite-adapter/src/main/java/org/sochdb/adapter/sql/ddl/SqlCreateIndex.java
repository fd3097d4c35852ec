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

import org.checkerframework.checker.nullness.qual.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON [schema.]t
 * [USING HNSW | FULLTEXT | BTREE] (col [ASC | DESC], ...)
 * [WITH (key = literal, ...)]}.
 *
 * <p>{@code USING} may also be written after the column list; the node
 * unparses it before the list.
 */
public class SqlCreateIndex extends SqlCreate {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("CREATE INDEX", SqlKind.CREATE_INDEX);

  /** The index structure named after {@code USING}. */
  public enum Method {
    HNSW, FULLTEXT, BTREE
  }

  private final boolean unique;
  private final SqlIdentifier name;
  private final SqlIdentifier table;
  private final SqlNodeList columnList;
  private final @Nullable Method method;
  private final SqlNodeList optionList;

  /**
   * Creates a CREATE INDEX. {@code optionList} alternates keys
   * ({@link SqlIdentifier}) and values ({@link SqlLiteral}).
   */
  public SqlCreateIndex(SqlParserPos pos, boolean unique, boolean ifNotExists,
      SqlIdentifier name, SqlIdentifier table, SqlNodeList columnList,
      @Nullable Method method, SqlNodeList optionList) {
    super(OPERATOR, pos, false, ifNotExists);
    this.unique = unique;
    this.name = Objects.requireNonNull(name, "name");
    this.table = Objects.requireNonNull(table, "table");
    this.columnList = Objects.requireNonNull(columnList, "columnList");
    this.method = method;
    this.optionList = Objects.requireNonNull(optionList, "optionList");
    if (optionList.size() % 2 != 0) {
      throw new IllegalArgumentException("options must be key/value pairs");
    }
  }

  /** Returns the index's name. */
  public SqlIdentifier getName() {
    return name;
  }

  /** Returns the indexed table, {@code t} or {@code schema.t}. */
  public SqlIdentifier getTable() {
    return table;
  }

  /** Returns whether {@code UNIQUE} was written. */
  public boolean isUnique() {
    return unique;
  }

  /** Returns whether {@code IF NOT EXISTS} was written. */
  public boolean isIfNotExists() {
    return ifNotExists;
  }

  /** Returns the key columns (as a list of {@link SqlIndexColumn}). */
  public SqlNodeList getColumnList() {
    return columnList;
  }

  /** Returns the key columns. */
  public List<SqlIndexColumn> getColumns() {
    return SqlCreateTableEx.typed(columnList, SqlIndexColumn.class);
  }

  /** Returns the method after {@code USING}, or null if none was written. */
  public @Nullable Method getMethod() {
    return method;
  }

  /** Returns the {@code WITH} options as alternating keys and values. */
  public SqlNodeList getOptionList() {
    return optionList;
  }

  /**
   * Returns the {@code WITH} options in the order written: keys in lower
   * case, values as the literal's value in text ({@code 'cosine'} gives
   * {@code cosine}, {@code 16} gives {@code 16}, {@code TRUE} gives
   * {@code true}). Empty if there is no {@code WITH}.
   */
  public Map<String, String> getOptions() {
    final Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < optionList.size(); i += 2) {
      final SqlIdentifier key = (SqlIdentifier) optionList.get(i);
      final SqlLiteral value = (SqlLiteral) optionList.get(i + 1);
      map.put(key.getSimple().toLowerCase(Locale.ROOT), value.toValue());
    }
    return Collections.unmodifiableMap(map);
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(SqlLiteral.createBoolean(unique, pos),
        SqlLiteral.createBoolean(ifNotExists, pos), name, table, columnList,
        method == null ? null : SqlLiteral.createSymbol(method, pos),
        optionList);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    writer.keyword("CREATE");
    if (unique) {
      writer.keyword("UNIQUE");
    }
    writer.keyword("INDEX");
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    writer.keyword("ON");
    table.unparse(writer, 0, 0);
    if (method != null) {
      writer.keyword("USING");
      writer.keyword(method.name());
    }
    SqlTableConstraint.unparseList(writer, columnList);
    if (!optionList.isEmpty()) {
      writer.keyword("WITH");
      final SqlWriter.Frame frame = writer.startList("(", ")");
      for (int i = 0; i < optionList.size(); i += 2) {
        writer.sep(",");
        optionList.get(i).unparse(writer, 0, 0);
        writer.keyword("=");
        optionList.get(i + 1).unparse(writer, 0, 0);
      }
      writer.endList(frame);
    }
  }
}
