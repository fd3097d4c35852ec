package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlCreate;
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
 * {@code CREATE COLLECTION [IF NOT EXISTS] ns.name
 * [(DIMENSION 384, METRIC 'cosine', M 16, EF_CONSTRUCTION 100)]}: creates a
 * vector collection.
 *
 * <p>Each option may be omitted and they may come in any order; an omitted
 * option's getter returns null, and the executor applies its default. The
 * node unparses them in the order above.
 */
public class SqlCreateCollection extends SqlCreate {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("CREATE COLLECTION", SqlKind.OTHER_DDL);

  private final SqlIdentifier name;
  private final @Nullable Integer dimension;
  private final @Nullable String metric;
  private final @Nullable Integer m;
  private final @Nullable Integer efConstruction;

  /** Creates a CREATE COLLECTION. */
  public SqlCreateCollection(SqlParserPos pos, boolean ifNotExists,
      SqlIdentifier name, @Nullable Integer dimension, @Nullable String metric,
      @Nullable Integer m, @Nullable Integer efConstruction) {
    super(OPERATOR, pos, false, ifNotExists);
    this.name = Objects.requireNonNull(name, "name");
    this.dimension = dimension;
    this.metric = metric;
    this.m = m;
    this.efConstruction = efConstruction;
  }

  /** Returns the collection's name, {@code ns.name} (or just {@code name}). */
  public SqlIdentifier getName() {
    return name;
  }

  /** Returns whether {@code IF NOT EXISTS} was written. */
  public boolean isIfNotExists() {
    return ifNotExists;
  }

  /** Returns {@code DIMENSION}, or null if omitted. */
  public @Nullable Integer getDimension() {
    return dimension;
  }

  /** Returns {@code METRIC} as written (e.g. {@code cosine}), or null. */
  public @Nullable String getMetric() {
    return metric;
  }

  /** Returns HNSW's {@code M}, or null if omitted. */
  public @Nullable Integer getM() {
    return m;
  }

  /** Returns HNSW's {@code EF_CONSTRUCTION}, or null if omitted. */
  public @Nullable Integer getEfConstruction() {
    return efConstruction;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(SqlLiteral.createBoolean(ifNotExists, pos),
        name, intLiteral(dimension),
        metric == null ? null : SqlLiteral.createCharString(metric, pos),
        intLiteral(m), intLiteral(efConstruction));
  }

  private @Nullable SqlNode intLiteral(@Nullable Integer i) {
    return i == null ? null : SqlLiteral.createExactNumeric(i.toString(), pos);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    writer.keyword("CREATE COLLECTION");
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    if (dimension == null && metric == null && m == null
        && efConstruction == null) {
      return;
    }
    final SqlWriter.Frame frame = writer.startList("(", ")");
    if (dimension != null) {
      writer.sep(",");
      writer.keyword("DIMENSION");
      writer.print(dimension);
    }
    if (metric != null) {
      writer.sep(",");
      writer.keyword("METRIC");
      SqlLiteral.createCharString(metric, pos).unparse(writer, 0, 0);
    }
    if (m != null) {
      writer.sep(",");
      writer.keyword("M");
      writer.print(m);
    }
    if (efConstruction != null) {
      writer.sep(",");
      writer.keyword("EF_CONSTRUCTION");
      writer.print(efConstruction);
    }
    writer.endList(frame);
  }
}
