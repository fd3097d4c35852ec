package org.sochdb.adapter.plan;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import org.apache.calcite.DataContext;
import org.sochdb.adapter.session.ForwardingDataContext;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;

/**
 * Runs a plan prepared with {@code ?} parameters as the plain statement it came from: a new
 * signature without parameters whose Bindable supplies the literal values as the parameters.
 */
final class LiteralBinding {
  private LiteralBinding() {}

  /**
   * The literals converted to the classes the parameters were typed as, or null when a value
   * would change (1.5 for an INTEGER parameter, a number for a string): then the statement is
   * planned as written.
   */
  static Object[] convert(List<Object> literals, List<AvaticaParameter> params) {
    if (literals.size() != params.size()) {
      return null;
    }
    Object[] out = new Object[literals.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = convert(literals.get(i), params.get(i).parameterType);
      if (out[i] == null) {
        return null;
      }
    }
    return out;
  }

  /** {@code v} as the Java class Calcite's generated code reads a parameter of JDBC type {@code type} as. */
  private static Object convert(Object v, int type) {
    try {
      if (v instanceof String s) {
        return type == Types.VARCHAR || type == Types.CHAR ? s : null;
      }
      BigDecimal d = (BigDecimal) v;
      return switch (type) {
        case Types.INTEGER -> d.intValueExact();
        case Types.BIGINT -> d.longValueExact();
        case Types.SMALLINT -> d.shortValueExact();
        case Types.TINYINT -> d.byteValueExact();
        case Types.DECIMAL, Types.NUMERIC -> d;
        case Types.DOUBLE, Types.FLOAT -> d.doubleValue();
        case Types.REAL -> d.floatValue();
        default -> null;
      };
    } catch (ArithmeticException e) {
      return null;
    }
  }

  static <T> CalciteSignature<T> bind(String sql, CalciteSignature<T> prepared, Object[] values) {
    return new CalciteSignature<>(sql, List.of(), prepared.internalParameters, prepared.rowType, prepared.columns,
        prepared.cursorFactory, prepared.rootSchema, prepared.getCollationList(), -1,
        dataContext -> prepared.enumerable(new WithValues(dataContext, values)), prepared.statementType);
  }

  /** The execution's DataContext, answering {@code ?N} with the literal values. */
  private static final class WithValues extends ForwardingDataContext {
    private final Object[] values;

    WithValues(DataContext inner, Object[] values) {
      super(inner);
      this.values = values;
    }

    @Override
    public Object get(String name) {
      if (name.length() > 1 && name.charAt(0) == '?') {
        int i = Integer.parseInt(name.substring(1));
        if (i < values.length) {
          return values[i];
        }
      }
      return inner.get(name);
    }
  }
}
