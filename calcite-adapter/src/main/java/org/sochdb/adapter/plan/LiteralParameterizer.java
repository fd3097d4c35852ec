package org.sochdb.adapter.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a statement's literals into {@code ?} parameters so that statements differing
 * only in literal values (what ORMs and tools send as plain {@code Statement}s) share one
 * cached plan.
 *
 * <p>Only literals whose meaning cannot depend on being a literal are replaced: a number or
 * string right after a comparison operator ({@code = <> != < <= > >=}), and a number or
 * string that is a whole element of a {@code VALUES (...)} row. Everything else (select-list
 * constants, {@code ORDER BY 1}, {@code LIMIT 10}, typed literals like {@code DATE '...'},
 * negative numbers) stays as written.
 */
final class LiteralParameterizer {
  private LiteralParameterizer() {}

  /** The rewritten SQL and the literal values taken out, in order (BigDecimal or String). */
  record Parameterized(String sql, List<Object> values) {}

  private static final java.util.regex.Pattern QUERY_OR_DML = java.util.regex.Pattern.compile(
      "^(\\s|--[^\\n]*\\n|/\\*.*?\\*/)*(select|insert|update|delete|upsert|merge|with|values)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

  /**
   * Null when there is nothing to replace, the text already has parameters, or it is not a
   * query or DML statement (DDL runs while it is prepared: it must never be tried rewritten).
   */
  static Parameterized parameterize(String sql) {
    if (QUERY_OR_DML.matcher(sql).lookingAt() == false) {
      return null;
    }
    StringBuilder out = new StringBuilder(sql.length());
    List<Object> values = new ArrayList<>();
    String prev = "";      // previous significant token, upper-cased for words
    int valuesDepth = -1;  // paren depth at which a VALUES row list sits
    int depth = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        out.append(c);
        i++;
        continue;
      }
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
        out.append(sql, i, end);
        i = end;
        continue;
      }
      if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        out.append(sql, i, end);
        i = end;
        continue;
      }
      if (c == '?') {
        return null; // already parameterized: leave the user's parameters alone
      }
      String token;
      Object literal = null;
      int start = i;
      if (c == '\'') {
        StringBuilder s = new StringBuilder();
        i++;
        while (i < n) {
          char d = sql.charAt(i);
          if (d == '\'') {
            if (i + 1 < n && sql.charAt(i + 1) == '\'') {
              s.append('\'');
              i += 2;
              continue;
            }
            break;
          }
          s.append(d);
          i++;
        }
        if (i >= n) {
          return null; // unterminated: let the parser report it
        }
        i++;
        token = "'";
        literal = s.toString();
      } else if (c == '"') {
        int end = sql.indexOf('"', i + 1);
        if (end < 0) {
          return null;
        }
        i = end + 1;
        token = "\"";
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        token = "0";
        try {
          literal = new BigDecimal(sql.substring(start, i));
        } catch (NumberFormatException e) {
          literal = null; // 1e5x or similar: not a plain number
        }
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
          i++;
        }
        token = sql.substring(start, i).toUpperCase(java.util.Locale.ROOT);
      } else {
        i++;
        if (i < n && (c == '<' || c == '>' || c == '!') && (sql.charAt(i) == '=' || (c == '<' && sql.charAt(i) == '>'))) {
          i++;
        }
        token = sql.substring(start, i);
        if (token.equals("(")) {
          depth++;
          if (prev.equals("VALUES") || (valuesDepth >= 0 && depth == valuesDepth + 1 && prev.equals(","))) {
            valuesDepth = depth - 1;
          }
        } else if (token.equals(")")) {
          depth--;
          if (depth < valuesDepth) {
            valuesDepth = -1;
          }
        }
      }
      if (literal != null && replaceable(prev, sql, i, depth, valuesDepth)) {
        out.append('?');
        values.add(literal);
      } else {
        out.append(sql, start, i);
      }
      prev = token;
    }
    return values.isEmpty() ? null : new Parameterized(out.toString(), values);
  }

  private static boolean replaceable(String prev, String sql, int after, int depth, int valuesDepth) {
    switch (prev) {
      case "=", "<>", "!=", "<", "<=", ">", ">=" -> {
        return true;
      }
      case "(", "," -> {
        if (valuesDepth < 0 || depth != valuesDepth + 1) {
          return false;
        }
        int j = after;
        while (j < sql.length() && Character.isWhitespace(sql.charAt(j))) {
          j++;
        }
        return j < sql.length() && (sql.charAt(j) == ',' || sql.charAt(j) == ')');
      }
      default -> {
        return false;
      }
    }
  }
}
