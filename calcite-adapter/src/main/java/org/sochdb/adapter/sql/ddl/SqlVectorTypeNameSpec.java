package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.util.Litmus;

/**
 * The type name {@code VECTOR(n)}: a fixed-size vector of {@code n} floats,
 * the column type of embeddings.
 *
 * <p>It unparses as {@code VECTOR(n)}. {@link #deriveType} gives
 * {@code ANY}, the type VECTOR columns have in plans (Calcite has no
 * fixed-length float vector type); what needs the dimension checks
 * {@code instanceof SqlVectorTypeNameSpec} and reads {@link #getDimension()}
 * (the DDL, and a CAST, which becomes a checked conversion).
 */
public class SqlVectorTypeNameSpec extends SqlTypeNameSpec {
  /** The name the type is written with. */
  public static final String NAME = "VECTOR";

  private final int dimension;

  /** Creates a {@code VECTOR(dimension)} type name. */
  public SqlVectorTypeNameSpec(int dimension, SqlParserPos pos) {
    super(new SqlIdentifier(NAME, pos), pos);
    this.dimension = dimension;
  }

  /** Returns the number of elements, {@code n} in {@code VECTOR(n)}. */
  public int getDimension() {
    return dimension;
  }

  @Override public RelDataType deriveType(SqlValidator validator) {
    return validator.getTypeFactory().createSqlType(SqlTypeName.ANY);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    writer.keyword(NAME);
    final SqlWriter.Frame frame =
        writer.startList(SqlWriter.FrameTypeEnum.FUN_CALL, "(", ")");
    writer.print(dimension);
    writer.endList(frame);
  }

  @Override public boolean equalsDeep(SqlTypeNameSpec spec, Litmus litmus) {
    if (!(spec instanceof SqlVectorTypeNameSpec)) {
      return litmus.fail("{} != {}", this, spec);
    }
    final SqlVectorTypeNameSpec that = (SqlVectorTypeNameSpec) spec;
    if (this.dimension != that.dimension) {
      return litmus.fail("{} != {}", this, spec);
    }
    return litmus.succeed();
  }

  @Override public String toString() {
    return NAME + "(" + dimension + ")";
  }
}
