package org.sochdb.adapter.exec;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.ColumnMetaData.Rep;
import org.apache.calcite.avatica.remote.TypedValue;
import org.sochdb.adapter.codec.ValueCoercion;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;

/**
 * Converts bound parameter values to the types the statement's parameters were planned with,
 * so that {@code setString} for an INTEGER or a DATE, or a {@code Short} for a BIGINT, works
 * as JDBC users expect; a value that does not convert is error 22018 naming the parameter.
 * Values already of the right class pass untouched.
 */
public final class ParameterCoercion {
  private ParameterCoercion() {}

  private record Target(ValueType type, Rep rep) {}

  public static List<TypedValue> coerce(List<AvaticaParameter> params, List<TypedValue> values) {
    if (values == null || params == null) {
      return values;
    }
    List<TypedValue> out = null;
    for (int i = 0; i < values.size() && i < params.size(); i++) {
      TypedValue tv = values.get(i);
      Target t = target(params.get(i).parameterType);
      if (tv == null || t == null || tv.value == null) {
        continue;
      }
      Object local = tv.toLocal();
      if (t.type().javaClass().isInstance(local) && tv.type == t.rep()) {
        continue;
      }
      Object converted;
      try {
        converted = ValueCoercion.coerce(t.type(), local instanceof org.apache.calcite.avatica.util.ByteString bs
            ? bs.getBytes() : local);
      } catch (IllegalArgumentException e) {
        boolean temporal = t.type() == ValueType.DATE || t.type() == ValueType.TIME || t.type() == ValueType.TIMESTAMP;
        throw new SochSqlException(temporal ? "22007" : "22018", "parameter " + (i + 1) + ": " + e.getMessage());
      }
      if (out == null) {
        out = new ArrayList<>(values);
      }
      Object value = t.type() == ValueType.VARBINARY
          ? new org.apache.calcite.avatica.util.ByteString((byte[]) converted) : converted;
      out.set(i, TypedValue.ofLocal(t.rep(), value));
    }
    return out == null ? values : out;
  }

  private static Target target(int sqlType) {
    return switch (sqlType) {
      case Types.INTEGER -> new Target(ValueType.INTEGER, Rep.INTEGER);
      case Types.BIGINT -> new Target(ValueType.BIGINT, Rep.LONG);
      case Types.SMALLINT -> new Target(ValueType.SMALLINT, Rep.SHORT);
      case Types.TINYINT -> new Target(ValueType.TINYINT, Rep.BYTE);
      case Types.REAL -> new Target(ValueType.REAL, Rep.FLOAT);
      case Types.DOUBLE, Types.FLOAT -> new Target(ValueType.DOUBLE, Rep.DOUBLE);
      case Types.DECIMAL, Types.NUMERIC -> new Target(ValueType.DECIMAL, Rep.NUMBER);
      case Types.BOOLEAN -> new Target(ValueType.BOOLEAN, Rep.BOOLEAN);
      case Types.VARCHAR, Types.CHAR -> new Target(ValueType.VARCHAR, Rep.STRING);
      case Types.DATE -> new Target(ValueType.DATE, Rep.JAVA_SQL_DATE);
      case Types.TIME -> new Target(ValueType.TIME, Rep.JAVA_SQL_TIME);
      case Types.TIMESTAMP -> new Target(ValueType.TIMESTAMP, Rep.JAVA_SQL_TIMESTAMP);
      case Types.VARBINARY, Types.BINARY -> new Target(ValueType.VARBINARY, Rep.BYTE_STRING);
      default -> null; // ANY (vectors) and the rest: the writer converts
    };
  }
}
