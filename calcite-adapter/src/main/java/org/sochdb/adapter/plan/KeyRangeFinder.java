package org.sochdb.adapter.plan;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.Sarg;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.exec.BoundValue;
import org.sochdb.adapter.exec.KeyRange;
import org.sochdb.adapter.exec.ScanSpec;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * Finds the best key access for a filter over a full scan: equalities on a leading prefix of
 * the primary key or of an ascending B-tree index, then at most one range (or IN list, or
 * {@code LIKE 'prefix%'}, see {@link LikePrefixes}) on the next column. Ties go to the primary
 * key, which needs no second lookup.
 */
final class KeyRangeFinder {
  private KeyRangeFinder() {}

  /** A comparison of a table column with a constant or a parameter. */
  private record Pred(SqlKind kind, BoundValue value, List<KeyRange> sargRanges) {}

  static ScanSpec narrow(ScanSpec base, List<IndexDef> indexes, RexNode condition) {
    Map<Integer, List<Pred>> byColumn = predicates(base, condition);
    if (byColumn.isEmpty()) {
      return null;
    }
    TableDef t = base.table();
    ScanSpec best = null;
    int bestScore = 0;
    if (t.primaryKey().isEmpty() == false) {
      List<KeyRange> r = ranges(t, t.primaryKey(), byColumn);
      int score = score(r, t.primaryKey().size(), true);
      if (score > bestScore) {
        best = new ScanSpec(t, null, r, base.projection());
        bestScore = score;
      }
    }
    for (IndexDef ix : indexes) {
      if ("BTREE".equals(ix.method()) == false || ix.descending().contains(Boolean.TRUE)) {
        continue;
      }
      List<KeyRange> r = ranges(t, ix.columns(), byColumn);
      int score = score(r, ix.columns().size(), ix.unique()) - 1;
      if (score > bestScore) {
        best = new ScanSpec(t, ix, r, base.projection());
        bestScore = score;
      }
    }
    return best;
  }

  private static int score(List<KeyRange> ranges, int keyWidth, boolean unique) {
    if (ranges == null || ranges.isEmpty()) {
      return 0;
    }
    KeyRange first = ranges.get(0);
    int eq = first.isPoint() ? first.lower().size() : first.lower().size() - 1;
    int score = 10 * Math.max(eq, 0) + (first.isPoint() ? 0 : 5) + 2;
    if (unique && first.isPoint() && first.lower().size() == keyWidth) {
      score += 100;
    }
    return score;
  }

  private static Map<Integer, List<Pred>> predicates(ScanSpec base, RexNode condition) {
    Map<Integer, List<Pred>> out = new HashMap<>();
    for (RexNode c : RelOptUtil.conjunctions(condition)) {
      LikePrefixes.Found like = LikePrefixes.find(c);
      if (like != null) {
        int column = base.tableColumn(like.column());
        ValueType type = SqlTypes.valueType(base.table().columns().get(column));
        if (type == (like.utf8() ? ValueType.VARBINARY : ValueType.VARCHAR)) {
          out.computeIfAbsent(column, k -> new ArrayList<>()).add(new Pred(SqlKind.LIKE, like.prefix(), null));
        }
        continue;
      }
      if (!(c instanceof RexCall call) || call.getOperands().size() != 2) {
        continue;
      }
      RexNode a = call.getOperands().get(0);
      RexNode b = call.getOperands().get(1);
      SqlKind kind = call.getKind();
      if (a instanceof RexInputRef == false && b instanceof RexInputRef) {
        RexNode tmp = a;
        a = b;
        b = tmp;
        kind = kind.reverse();
      }
      if (!(a instanceof RexInputRef ref)) {
        continue;
      }
      int column = base.tableColumn(ref.getIndex());
      ValueType type = SqlTypes.valueType(base.table().columns().get(column));
      if (type == ValueType.VECTOR || type == ValueType.CHAR) {
        continue;
      }
      Pred p = switch (kind) {
        case EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> {
          BoundValue v = bound(b, type);
          yield v == null ? null : new Pred(kind, v, null);
        }
        case SEARCH -> {
          List<KeyRange> r = b instanceof RexLiteral lit ? sargRanges(lit, type) : null;
          yield r == null ? null : new Pred(kind, null, r);
        }
        default -> null;
      };
      if (p != null) {
        out.computeIfAbsent(column, k -> new ArrayList<>()).add(p);
      }
    }
    return out;
  }

  private static BoundValue bound(RexNode n, ValueType type) {
    if (n instanceof RexCall cast && cast.getKind() == SqlKind.CAST && cast.getOperands().get(0) instanceof RexDynamicParam) {
      n = cast.getOperands().get(0);
    }
    if (n instanceof RexDynamicParam p) {
      return new BoundValue.Param(p.getIndex());
    }
    if (n instanceof RexLiteral lit && lit.isNull() == false) {
      Object v = LiteralValues.of(lit, type);
      return v == null ? null : new BoundValue.Constant(v);
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<KeyRange> sargRanges(RexLiteral lit, ValueType type) {
    Sarg sarg = lit.getValueAs(Sarg.class);
    if (sarg == null || sarg.nullAs == org.apache.calcite.rex.RexUnknownAs.TRUE) {
      return null;
    }
    List<KeyRange> out = new ArrayList<>();
    for (Object o : sarg.rangeSet.asRanges()) {
      Range r = (Range) o;
      List<BoundValue> lo = List.of();
      List<BoundValue> hi = List.of();
      if (r.hasLowerBound()) {
        Object v = LiteralValues.exact(type, r.lowerEndpoint());
        if (v == null) {
          return null;
        }
        lo = List.of(new BoundValue.Constant(v));
      }
      if (r.hasUpperBound()) {
        Object v = LiteralValues.exact(type, r.upperEndpoint());
        if (v == null) {
          return null;
        }
        hi = List.of(new BoundValue.Constant(v));
      }
      out.add(new KeyRange(lo, r.hasLowerBound() && r.lowerBoundType() == BoundType.CLOSED, hi,
          r.hasUpperBound() && r.upperBoundType() == BoundType.CLOSED));
    }
    return out;
  }

  /** Ranges over {@code keyColumns}: equality prefix, then one range or IN list; null if none. */
  private static List<KeyRange> ranges(TableDef t, List<String> keyColumns, Map<Integer, List<Pred>> byColumn) {
    List<BoundValue> eq = new ArrayList<>();
    for (String name : keyColumns) {
      List<Pred> preds = byColumn.get(t.columnIndex(name));
      if (preds == null) {
        break;
      }
      Pred equal = preds.stream().filter(p -> p.kind() == SqlKind.EQUALS).findFirst().orElse(null);
      if (equal != null) {
        eq.add(equal.value());
        continue;
      }
      List<KeyRange> out = new ArrayList<>();
      Pred search = preds.stream().filter(p -> p.kind() == SqlKind.SEARCH).findFirst().orElse(null);
      if (search != null) {
        for (KeyRange r : search.sargRanges()) {
          out.add(new KeyRange(concat(eq, r.lower()), r.lowerInclusive() || r.lower().isEmpty(),
              concat(eq, r.upper()), r.upperInclusive() || r.upper().isEmpty()));
        }
        return out;
      }
      Pred like = preds.stream().filter(p -> p.kind() == SqlKind.LIKE).findFirst().orElse(null);
      if (like != null) {
        return List.of(KeyRange.startingWith(eq, like.value()));
      }
      BoundValue lo = null;
      BoundValue hi = null;
      boolean loInc = true;
      boolean hiInc = true;
      for (Pred p : preds) {
        switch (p.kind()) {
          case GREATER_THAN, GREATER_THAN_OR_EQUAL -> {
            lo = p.value();
            loInc = p.kind() == SqlKind.GREATER_THAN_OR_EQUAL;
          }
          case LESS_THAN, LESS_THAN_OR_EQUAL -> {
            hi = p.value();
            hiInc = p.kind() == SqlKind.LESS_THAN_OR_EQUAL;
          }
          default -> { }
        }
      }
      if (lo == null && hi == null) {
        break;
      }
      out.add(new KeyRange(lo == null ? eq : concat(eq, List.of(lo)), lo == null || loInc,
          hi == null ? eq : concat(eq, List.of(hi)), hi == null || hiInc));
      return out;
    }
    return eq.isEmpty() ? null : List.of(KeyRange.point(List.copyOf(eq)));
  }

  private static List<BoundValue> concat(List<BoundValue> a, List<BoundValue> b) {
    List<BoundValue> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
