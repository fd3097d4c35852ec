package org.sochdb.adapter.plan;

import java.nio.charset.StandardCharsets;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.sochdb.adapter.exec.BoundValue;
import org.sochdb.adapter.kv.KvFunctions;

/**
 * Recognizes {@code col LIKE 'abc%'} on a text key column and {@code from_utf8(col) LIKE 'abc%'}
 * on a binary one (the kv table's key, also through the {@code kv_text} view) as "starts with
 * {@code abc}", so the scan reads one key range instead of the table. The pattern may be a
 * literal (the prefix is taken now) or a parameter (taken as the statement runs); a literal
 * {@code ESCAPE} character is honoured. The range only narrows what is read: the LIKE stays in
 * the filter above, so {@code _}, later wildcards and the exact match are still checked there.
 *
 * <p>Not recognized: NOT LIKE, ILIKE, SIMILAR TO, a pattern that starts with a wildcard, and
 * from_utf8 prefixes holding U+FFFD (which malformed bytes also decode to).
 */
final class LikePrefixes {
  private LikePrefixes() {}

  /** A LIKE on input column {@code column} whose matches all start with {@code prefix}. */
  record Found(int column, boolean utf8, BoundValue prefix) {}

  static Found find(RexNode node) {
    if (!(node instanceof RexCall call) || call.getKind() != SqlKind.LIKE
        || !(call.getOperator() instanceof SqlLikeOperator op) || op.isNegated() || op.isCaseSensitive() == false) {
      return null;
    }
    Character escape = null;
    if (call.getOperands().size() == 3) {
      String e = call.getOperands().get(2) instanceof RexLiteral lit ? lit.getValueAs(String.class) : null;
      if (e == null || e.length() != 1) {
        return null;
      }
      escape = e.charAt(0);
    }
    RexNode subject = call.getOperands().get(0);
    boolean utf8 = false;
    if (subject instanceof RexCall f && isFromUtf8(f)) {
      subject = f.getOperands().get(0);
      utf8 = true;
    }
    if (!(subject instanceof RexInputRef ref)) {
      return null;
    }
    BoundValue prefix = prefix(call.getOperands().get(1), escape, utf8);
    return prefix == null ? null : new Found(ref.getIndex(), utf8, prefix);
  }

  private static BoundValue prefix(RexNode pattern, Character escape, boolean utf8) {
    if (pattern instanceof RexCall cast && cast.getKind() == SqlKind.CAST
        && cast.getOperands().get(0) instanceof RexDynamicParam) {
      pattern = cast.getOperands().get(0);
    }
    if (pattern instanceof RexDynamicParam p) {
      return new BoundValue.LikePattern(p.getIndex(), escape, utf8);
    }
    if (!(pattern instanceof RexLiteral lit) || lit.isNull()) {
      return null;
    }
    String text = lit.getValueAs(String.class);
    String prefix = text == null ? null : BoundValue.LikePattern.literalPrefix(text, escape);
    if (prefix == null || prefix.isEmpty() || (utf8 && prefix.indexOf('\uFFFD') >= 0)) {
      return null;
    }
    return new BoundValue.Constant(utf8 ? prefix.getBytes(StandardCharsets.UTF_8) : prefix);
  }

  private static boolean isFromUtf8(RexCall call) {
    return call.getOperator() instanceof SqlUserDefinedFunction udf
        && udf.getFunction() instanceof ScalarFunctionImpl f
        && f.method.getDeclaringClass() == KvFunctions.class && f.method.getName().equals("fromUtf8");
  }
}
