package org.sochdb.adapter.sql.lexer;

/**
 * One token of a SQL text: its kind, where it lies ({@code [start, end)} in the text, so
 * callers can copy the text around it verbatim) and, for strings and quoted identifiers, its
 * unescaped value.
 */
public final class SqlToken {
  private final SqlTokenKind kind;
  private final String sql;
  private final int start;
  private final int end;
  private final String value;

  SqlToken(SqlTokenKind kind, String sql, int start, int end, String value) {
    this.kind = kind;
    this.sql = sql;
    this.start = start;
    this.end = end;
    this.value = value;
  }

  public SqlTokenKind kind() {
    return kind;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** The token as written. */
  public String text() {
    return sql.substring(start, end);
  }

  /** The unescaped content of a string or quoted identifier (see {@link SqlTokenKind}); null for other kinds. */
  public String value() {
    return value;
  }

  /**
   * Whether this is the bare word {@code keyword}, compared ignoring ASCII case only: Calcite
   * matches keywords that way, so {@code ſelect} (long s) is an identifier, not SELECT.
   */
  public boolean isWord(String keyword) {
    if (kind != SqlTokenKind.WORD || end - start != keyword.length()) {
      return false;
    }
    for (int i = 0; i < keyword.length(); i++) {
      char a = sql.charAt(start + i);
      char b = keyword.charAt(i);
      if (a != b && (SqlCharacters.isAsciiLetter(a) == false || (a ^ 0x20) != b)) {
        return false;
      }
    }
    return true;
  }

  /** Whether this is the operator or punctuation {@code symbol}, such as {@code "("} or {@code "<="}. */
  public boolean isSymbol(String symbol) {
    return kind == SqlTokenKind.SYMBOL && end - start == symbol.length() && sql.startsWith(symbol, start);
  }

  /** {@code KIND text}, and the value when it differs from the text: for test failures and debugging. */
  @Override
  public String toString() {
    String text = text();
    return value == null || value.equals(text) ? kind + " " + text : kind + " " + text + " = " + value;
  }
}
