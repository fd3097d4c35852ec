package org.sochdb.adapter.sql.lexer;

/**
 * Where Calcite's quoted strings and identifiers end, and their values. A doubled quote stands
 * for a quote inside; but when no quote closes the text, the parser's lexer takes the longest
 * text it can read, which ends at the first quote of the last doubled pair ({@code 'a''} is the
 * string {@code 'a'} and a stray quote). These methods answer the same.
 */
final class QuotedText {
  private QuotedText() {}

  /**
   * Where the string ({@code '}) or identifier ({@code "}) opened at {@code open} closes, or -1.
   * An identifier is never empty and never spans a line end.
   */
  static int close(String sql, int open) {
    char quote = sql.charAt(open);
    boolean identifier = quote == '"';
    int n = sql.length();
    int lastPair = -1;
    int i = open + 1;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == quote) {
        boolean empty = i == open + 1;
        if (i + 1 >= n || sql.charAt(i + 1) != quote) {
          return identifier && empty ? lastPair : i;
        }
        if (identifier == false || empty == false) {
          lastPair = i;
        }
        i += 2;
      } else if (identifier && (c == '\n' || c == '\r')) {
        return lastPair;
      } else {
        i++;
      }
    }
    return lastPair;
  }

  /**
   * Where the {@code E'...'} string whose quote is at {@code open} closes, or -1. A backslash
   * escapes the character after it, so {@code \'} does not close it.
   */
  static int closeEscaped(String sql, int open) {
    int n = sql.length();
    int lastPair = -1;
    int i = open + 1;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c != '\'') {
        i++;
      } else if (i + 1 < n && sql.charAt(i + 1) == '\'') {
        lastPair = i;
        i += 2;
      } else {
        return i;
      }
    }
    return lastPair;
  }

  /** The text between the quotes at {@code open} and {@code close}, doubled quotes made single. */
  static String unescape(String sql, int open, int close) {
    String body = sql.substring(open + 1, close);
    char quote = sql.charAt(open);
    if (body.indexOf(quote) < 0) {
      return body;
    }
    return quote == '"' ? body.replace("\"\"", "\"") : body.replace("''", "'");
  }
}
