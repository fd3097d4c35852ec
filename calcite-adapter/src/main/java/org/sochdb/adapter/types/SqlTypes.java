package org.sochdb.adapter.types;

import java.util.List;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.storage.catalog.ColumnDef;

/**
 * The mapping between the types users write, the catalog's {@link ColumnDef}, Calcite's
 * {@link RelDataType} and the codec's {@link ValueType}, and between Calcite's runtime
 * representation of values and the stored one ({@code ByteString} ↔ {@code byte[]},
 * VECTOR values as {@code float[]}, typed ANY in plans).
 */
public final class SqlTypes {
  private SqlTypes() {}

  /** The catalog form of a column of Calcite type {@code t}; refuses types SochDB cannot store. */
  public static ColumnDef columnDef(String name, RelDataType t, boolean nullable, String defaultSql) {
    SqlTypeName n = t.getSqlTypeName();
    String type;
    int precision = -1;
    int scale = -1;
    switch (n) {
      case BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DATE -> type = n.name();
      case FLOAT -> type = "DOUBLE";
      case DECIMAL -> {
        type = "DECIMAL";
        precision = t.getPrecision();
        scale = t.getScale();
      }
      case CHAR, VARCHAR -> {
        type = "VARCHAR"; // SochDB does not pad: CHAR(n) is stored and reported as VARCHAR(n)
        precision = t.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED ? -1 : t.getPrecision();
      }
      case BINARY, VARBINARY -> {
        type = "VARBINARY";
        precision = t.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED ? -1 : t.getPrecision();
      }
      case TIME -> type = "TIME";
      case TIMESTAMP -> type = "TIMESTAMP";
      default -> throw new SochSqlException("0A000", "column \"" + name + "\": type " + t.getFullTypeString()
          + " is not supported; use INTEGER, BIGINT, REAL, DOUBLE, DECIMAL, BOOLEAN, TEXT, VARCHAR, DATE, TIME, "
          + "TIMESTAMP, VARBINARY or VECTOR(n)");
    }
    return new ColumnDef(name, type, precision, scale, nullable, defaultSql, false);
  }

  public static ColumnDef vectorColumn(String name, int dimension, boolean nullable) {
    return new ColumnDef(name, "VECTOR", dimension, -1, nullable, null, false);
  }

  public static ValueType valueType(ColumnDef c) {
    return ValueType.valueOf(c.type());
  }

  public static ValueType[] valueTypes(List<ColumnDef> columns) {
    ValueType[] out = new ValueType[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = valueType(columns.get(i));
    }
    return out;
  }

  public static RelDataType relType(RelDataTypeFactory f, ColumnDef c) {
    RelDataType t = switch (c.type()) {
      // ANY: the validator lets a float[], an ARRAY[...] or the text '[0.1, 0.2]' be assigned, the
      // writer turns each into float[], and reads hand the float[] itself to JDBC's getObject.
      case "VECTOR" -> f.createSqlType(SqlTypeName.ANY);
      case "DECIMAL" -> c.precision() < 0 ? f.createSqlType(SqlTypeName.DECIMAL)
          : c.scale() < 0 ? f.createSqlType(SqlTypeName.DECIMAL, c.precision())
          : f.createSqlType(SqlTypeName.DECIMAL, c.precision(), c.scale());
      // Unbounded in plans: Calcite would cast a longer value down to the length (silently
      // truncating it); the row writer checks the declared length and refuses with 22001.
      case "CHAR", "VARCHAR" -> f.createSqlType(SqlTypeName.VARCHAR);
      case "VARBINARY" -> f.createSqlType(SqlTypeName.VARBINARY);
      // Milliseconds survive: Calcite's default TIME/TIMESTAMP precision (0) would cut them.
      case "TIME", "TIMESTAMP" -> f.createSqlType(SqlTypeName.valueOf(c.type()), 3);
      default -> f.createSqlType(SqlTypeName.valueOf(c.type()));
    };
    return f.createTypeWithNullability(t, c.nullable());
  }

  /** A stored value as Calcite's generated code expects it. */
  public static Object toCalcite(ValueType t, Object stored) {
    if (stored == null) {
      return null;
    }
    return switch (t) {
      case VARBINARY -> new ByteString((byte[]) stored);
      default -> stored;
    };
  }

  /** A value from Calcite (or a JDBC parameter) in the codec's canonical form. */
  public static Object toStorage(ValueType t, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof ByteString bs) {
      value = bs.getBytes();
    }
    return org.sochdb.adapter.codec.ValueCoercion.coerce(t, value);
  }
}
