package org.sochdb.adapter.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sochdb.adapter.sql.lexer.SqlLexer;
import org.sochdb.adapter.sql.lexer.SqlToken;
import org.sochdb.adapter.sql.lexer.SqlTokenKind;

/**
 * Rewrites a statement's literals into {@code ?} parameters so that statements differing
 * only in literal values (what ORMs and tools send as plain {@code Statement}s) share one
 * cached plan.
 *
 * <p>Only literals whose meaning cannot depend on being a literal are replaced: a number or
 * plain string right after a comparison operator ({@code = <> != < <= > >=}), and a number or
 * plain string that is a whole element of a {@code VALUES (...)} row. Everything else (select-list
 * constants, {@code ORDER BY 1}, {@code LIMIT 10}, typed literals like {@code DATE '...'},
 * prefixed strings like {@code X'01'}, a string continued by another, negative numbers, hint
 * options) stays as written. The text between the replaced literals is copied as it is.
 */
final class LiteralParameterizer {
  private LiteralParameterizer() {}

  /** The rewritten SQL and the literal values taken out, in order (BigDecimal or String). */
  record Parameterized(String sql, List<Object> values) {}

  /** DDL runs while it is prepared: only these statements are ever tried rewritten. */
  private static final Set<String> QUERY_OR_DML =
      Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "UPSERT", "MERGE", "WITH", "VALUES");

  private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");

  /**
   * Null when there is nothing to replace, the text already has parameters, it is not a query
   * or DML statement, or the parser could not read it (the parser then reports the error).
   */
  static Parameterized parameterize(String sql) {
    String first = SqlLexer.firstKeyword(sql);
    if (first == null || QUERY_OR_DML.contains(first) == false) {
      return null;
    }
    List<SqlToken> tokens = SqlLexer.tokenize(sql);
    StringBuilder out = new StringBuilder(sql.length());
    List<Object> values = new ArrayList<>();
    int copied = 0;        // sql[0, copied) is in out
    int depth = 0;
    int valuesDepth = -1;  // paren depth at which a VALUES row list sits
    boolean inHint = false;
    for (int i = 0; i < tokens.size(); i++) {
      SqlToken t = tokens.get(i);
      SqlToken prev = i > 0 ? tokens.get(i - 1) : null;
      switch (t.kind()) {
        case ERROR, PARAMETER -> {
          return null; // unreadable, or the user's own parameters: leave it alone
        }
        case HINT_START -> inHint = true;
        case HINT_END -> inHint = false;
        default -> { }
      }
      if (t.isSymbol("(")) {
        depth++;
        if (prev != null && (prev.isWord("VALUES")
            || (valuesDepth >= 0 && depth == valuesDepth + 1 && prev.isSymbol(",")))) {
          valuesDepth = depth - 1;
        }
      } else if (t.isSymbol(")")) {
        depth--;
        if (depth < valuesDepth) {
          valuesDepth = -1;
        }
      }
      Object literal = inHint ? null : literal(t);
      SqlToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (literal != null && replaceable(prev, next, depth, valuesDepth)) {
        out.append(sql, copied, t.start()).append('?');
        copied = t.end();
        values.add(literal);
      }
    }
    return values.isEmpty() ? null : new Parameterized(out.append(sql, copied, sql.length()).toString(), values);
  }

  /** The value of a number or plain string literal; null for any other token. */
  private static Object literal(SqlToken t) {
    return switch (t.kind()) {
      case STRING -> t.value();
      case INTEGER, DECIMAL, APPROXIMATE -> new BigDecimal(t.text());
      default -> null;
    };
  }

  private static boolean replaceable(SqlToken prev, SqlToken next, int depth, int valuesDepth) {
    if (prev == null || (next != null && next.kind() == SqlTokenKind.STRING)) {
      return false; // 'a' 'b' is one literal, continued
    }
    if (prev.kind() == SqlTokenKind.SYMBOL && COMPARISONS.contains(prev.text())) {
      return true;
    }
    boolean rowElementStart = prev.isSymbol("(") || prev.isSymbol(",");
    boolean rowElementEnd = next != null && (next.isSymbol(",") || next.isSymbol(")"));
    return rowElementStart && rowElementEnd && valuesDepth >= 0 && depth == valuesDepth + 1;
  }
}
