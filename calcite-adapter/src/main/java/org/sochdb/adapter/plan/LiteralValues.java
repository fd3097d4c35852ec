package org.sochdb.adapter.plan;

import java.math.BigDecimal;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;
import org.sochdb.adapter.codec.ValueCoercion;
import org.sochdb.adapter.codec.ValueType;

/**
 * Converts planner constants (literals and the endpoints of a {@code Sarg}) into a key
 * column's storage form, or null when the value cannot be represented exactly in that type
 * (then the predicate is not pushed into the scan; the filter above still applies it).
 */
final class LiteralValues {
  private LiteralValues() {}

  static Object of(RexLiteral literal, ValueType type) {
    if (literal.isNull()) {
      return null;
    }
    return exact(type, literal.getValue());
  }

  /** {@code value} as the column type, or null when that would change it. */
  static Object exact(ValueType type, Object value) {
    Object v = value;
    if (v instanceof NlsString s) {
      v = s.getValue();
    } else if (v instanceof DateString d) {
      v = d.getDaysSinceEpoch();
    } else if (v instanceof TimestampString t) {
      v = t.getMillisSinceEpoch();
    } else if (v instanceof TimeString t) {
      v = t.getMillisOfDay();
    } else if (v instanceof ByteString b) {
      v = b.getBytes();
    }
    try {
      Object coerced = ValueCoercion.coerce(type, v);
      if (v instanceof BigDecimal bd && coerced instanceof Number n && isExactNumeric(type)) {
        if (new BigDecimal(n.toString()).compareTo(bd) != 0) {
          return null;
        }
      }
      return coerced;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isExactNumeric(ValueType t) {
    return switch (t) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL -> true;
      default -> false;
    };
  }
}
