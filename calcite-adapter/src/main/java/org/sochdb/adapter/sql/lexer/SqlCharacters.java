package org.sochdb.adapter.sql.lexer;

/**
 * The character classes of Calcite's SQL lexer, range for range as its grammar declares them:
 * they differ from {@link Character#isLetter} and {@link Character#isWhitespace} (a no-break
 * space is neither a letter nor white space to Calcite; {@code $} and {@code _} are letters).
 */
final class SqlCharacters {
  private SqlCharacters() {}

  /** Space, tab, line feed, carriage return and form feed; nothing else separates tokens. */
  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What may start an identifier. */
  static boolean isLetter(char c) {
    if (c < 0x80) {
      return isAsciiLetter(c) || c == '_' || c == '$';
    }
    return (c >= '\u00c0' && c <= '\u00ff' && c != '\u00d7' && c != '\u00f7')
        || (c >= '\u0100' && c <= '\u1fff')
        || (c >= '\u3040' && c <= '\u318f')
        || (c >= '\u3300' && c <= '\u337f')
        || (c >= '\u3400' && c <= '\u3d2d')
        || (c >= '\u4e00' && c <= '\u9fff')
        || (c >= '\uf900' && c <= '\ufaff');
  }

  /** A digit as an identifier may hold one after its first letter (numbers are ASCII only). */
  static boolean isDigit(char c) {
    if (c < 0x80) {
      return isAsciiDigit(c);
    }
    return (c >= '\u0660' && c <= '\u0669')
        || (c >= '\u06f0' && c <= '\u06f9')
        || (c >= '\u0966' && c <= '\u096f')
        || (c >= '\u09e6' && c <= '\u09ef')
        || (c >= '\u0a66' && c <= '\u0a6f')
        || (c >= '\u0ae6' && c <= '\u0aef')
        || (c >= '\u0b66' && c <= '\u0b6f')
        || (c >= '\u0be7' && c <= '\u0bef')
        || (c >= '\u0c66' && c <= '\u0c6f')
        || (c >= '\u0ce6' && c <= '\u0cef')
        || (c >= '\u0d66' && c <= '\u0d6f')
        || (c >= '\u0e50' && c <= '\u0e59')
        || (c >= '\u0ed0' && c <= '\u0ed9')
        || (c >= '\u1040' && c <= '\u1049');
  }

  static boolean isWordPart(char c) {
    return isLetter(c) || isDigit(c);
  }

  /** What may follow the first character of a character set name ({@code _ISO-8859-1'...'}). */
  static boolean isCharsetNamePart(char c) {
    return isAsciiLetter(c) || isAsciiDigit(c) || c == ':' || c == '.' || c == '-' || c == '_';
  }

  /** What a collation name may hold before its first {@code $}. */
  static boolean isCollationPart(char c) {
    return isWordPart(c) || c == ':' || c == '.' || c == '-';
  }
}
