package org.sochdb.adapter.sql.lexer;

/**
 * The kinds of token {@link SqlLexer} produces. Kinds that carry text have it unescaped in
 * {@link SqlToken#value()}; the token's span always covers the text as written, prefix and
 * quotes included.
 */
public enum SqlTokenKind {
  /** An identifier or keyword written bare: {@code select}, {@code t1}, {@code näme}, {@code $x}. */
  WORD,
  /** {@code "a""b"}; value {@code a"b}. Never empty, never broken by a line end. */
  QUOTED_IDENTIFIER,
  /** {@code U&"..."}; value the body with {@code ""} undone (backslash escapes are the parser's). */
  UNICODE_IDENTIFIER,
  /** {@code 'it''s'}; value {@code it's}. The only kind of string a caller may treat as a free-standing value. */
  STRING,
  /** {@code N'...'} or {@code _charset'...'}; value the body with {@code ''} undone. */
  CHARSET_STRING,
  /** {@code U&'...'}; value the body with {@code ''} undone (backslash escapes depend on a following UESCAPE). */
  UNICODE_STRING,
  /** {@code E'...'} with C-style backslash escapes; value decoded as Calcite does, null when it cannot be. */
  ESCAPED_STRING,
  /** {@code X'0102'}; value the hex digits. */
  BINARY_STRING,
  /** {@code $$...$$}, a trigger body; value what lies between the dollars. */
  DOLLAR_STRING,
  /** {@code 42}. */
  INTEGER,
  /** {@code 1.5}, {@code 1.}, {@code .5}. */
  DECIMAL,
  /** {@code 1e5}, {@code 1.5E-3}: an approximate (floating-point) literal. */
  APPROXIMATE,
  /** A collation name such as {@code latin1$en$primary}, as Calcite's lexer reads it (wherever it appears). */
  COLLATION,
  /** {@code ?}. */
  PARAMETER,
  /**
   * An operator or punctuation, {@link SqlToken#isSymbol} tells which: {@code ( ) , ; . .. = <> <= || =>},
   * a lone {@code $}, a JDBC escape's opening <code>{fn</code>.
   */
  SYMBOL,
  /** {@code /*+}, which opens a hint: the hint's contents are tokens. */
  HINT_START,
  /** The star-slash that closes a hint (Calcite reads it as a token wherever it appears outside a comment). */
  HINT_END,
  /**
   * Text Calcite's lexer cannot read: an unterminated string, quoted identifier or block
   * comment (the token then runs to the end of the text), an empty or multi-line quoted
   * identifier (likewise), or one character that starts no token.
   */
  ERROR
}
