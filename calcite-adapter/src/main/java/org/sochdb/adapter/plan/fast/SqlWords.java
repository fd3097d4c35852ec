package org.sochdb.adapter.plan.fast;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a statement into the few tokens the fast path understands: words, double-quoted
 * identifiers and the symbols {@code * , . = ? ;}, skipping spaces and comments. Anything
 * else (a literal, an operator, a parenthesis) returns null: the statement is not a shape
 * the fast path takes, and Calcite handles it.
 */
final class SqlWords {
  /** A word ({@code quoted} false), a quoted identifier (its text, unescaped) or a symbol. */
  record Token(String text, boolean quoted, boolean symbol) {
    boolean is(String keyword) {
      return quoted == false && symbol == false && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(char c) {
      return symbol && text.charAt(0) == c;
    }
  }

  private SqlWords() {}

  static List<Token> split(String sql) {
    List<Token> out = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        if (end < 0) {
          return null;
        }
        i = end + 2;
      } else if (c == '"') {
        StringBuilder id = new StringBuilder();
        int j = i + 1;
        while (true) {
          if (j >= n) {
            return null;
          }
          char d = sql.charAt(j);
          if (d == '"') {
            if (j + 1 < n && sql.charAt(j + 1) == '"') {
              id.append('"');
              j += 2;
              continue;
            }
            break;
          }
          id.append(d);
          j++;
        }
        if (id.length() == 0) {
          return null;
        }
        out.add(new Token(id.toString(), true, false));
        i = j + 1;
      } else if (isWordStart(c)) {
        int j = i + 1;
        while (j < n && isWordPart(sql.charAt(j))) {
          j++;
        }
        out.add(new Token(sql.substring(i, j), false, false));
        i = j;
      } else if ("*,.=?;".indexOf(c) >= 0) {
        out.add(new Token(String.valueOf(c), false, true));
        i++;
      } else {
        return null;
      }
    }
    return out;
  }

  /** ASCII only: other letters are identifiers to Calcite too, but rare enough to leave to it. */
  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '$';
  }
}
