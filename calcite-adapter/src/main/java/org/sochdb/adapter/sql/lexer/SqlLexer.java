package org.sochdb.adapter.sql.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.parser.SqlParserUtil;

/**
 * SochDB's SQL lexer: splits a statement into the tokens SochDB's Calcite-generated parser
 * reads (double-quoted identifiers, standard strings, {@code $$...$$} trigger bodies), for the
 * code that must understand a statement without parsing it.
 *
 * <p>Where two tokens could start at a position it picks the longer, and on a tie the one the
 * grammar declares first, as the generated lexer does: {@code N'x'} is one string, {@code N 'x'}
 * a word and a string; {@code /*+} opens a hint; {@code //} and {@code --} start line comments.
 * White space and comments are not tokens: they are the gaps between the tokens' spans.
 *
 * <p>Text the parser cannot read yields an {@link SqlTokenKind#ERROR} token; callers then leave
 * the statement to the parser, which reports the error. The tokens before it are the parser's,
 * and the parser's lexer fails at that token or a little after it ({@code SqlLexerCalciteParityTest}
 * holds the two lexers to this).
 *
 * <p>It allocates one {@link SqlToken} per token and the value of each string and quoted
 * identifier, nothing per character: it sits on the point-select fast path.
 */
public final class SqlLexer {
  private final String sql;
  private final int n;
  private int pos;

  public SqlLexer(String sql) {
    this.sql = sql;
    this.n = sql.length();
  }

  /** Every token of {@code sql}, in order. */
  public static List<SqlToken> tokenize(String sql) {
    List<SqlToken> out = new ArrayList<>();
    SqlLexer lexer = new SqlLexer(sql);
    for (SqlToken t; (t = lexer.next()) != null; ) {
      out.add(t);
    }
    return out;
  }

  /**
   * The statement's first word in upper case, after any comments and opening parentheses
   * (so {@code (SELECT 1)} gives {@code SELECT}); null when something else comes first.
   */
  public static String firstKeyword(String sql) {
    SqlLexer lexer = new SqlLexer(sql);
    SqlToken t = lexer.next();
    while (t != null && t.isSymbol("(")) {
      t = lexer.next();
    }
    return t != null && t.kind() == SqlTokenKind.WORD ? t.text().toUpperCase(Locale.ROOT) : null;
  }

  /** The next token, or null at the end of the text. */
  public SqlToken next() {
    SqlToken error = skipSpaceAndComments();
    if (error != null || pos >= n) {
      return error;
    }
    int start = pos;
    char c = sql.charAt(start);
    if (SqlCharacters.isLetter(c)) {
      return wordOrPrefixedString(start);
    }
    if (SqlCharacters.isAsciiDigit(c) || (c == '.' && start + 1 < n && SqlCharacters.isAsciiDigit(sql.charAt(start + 1)))) {
      return number(start);
    }
    return switch (c) {
      case '\'' -> quoted(SqlTokenKind.STRING, start, start);
      case '"' -> quotedIdentifier(SqlTokenKind.QUOTED_IDENTIFIER, start, start);
      case '?' -> token(SqlTokenKind.PARAMETER, start, start + 1, null);
      case '(', ')', ',', ';', ':', '+', '%', '^', '&', '[', ']', '}' -> symbol(start, 1);
      case '.' -> symbol(start, next(start) == '.' ? 2 : 1);
      case '=' -> symbol(start, next(start) == '>' ? 2 : 1);
      case '<' -> symbol(start, next(start) == '=' || next(start) == '>' || next(start) == '<' ? 2 : 1);
      case '>' -> symbol(start, next(start) == '=' ? 2 : 1);
      case '|' -> symbol(start, next(start) == '|' ? 2 : 1);
      case '-' -> symbol(start, next(start) == '>' ? 2 : 1);
      case '!' -> next(start) == '=' ? symbol(start, 2) : error(start, start + 1);
      case '*' -> next(start) == '/' ? token(SqlTokenKind.HINT_END, start, start + 2, null) : symbol(start, 1);
      case '/' -> sql.startsWith("/*+", start) ? token(SqlTokenKind.HINT_START, start, start + 3, null)
          : symbol(start, 1);
      case '{' -> symbol(start, jdbcEscapeLength(start));
      default -> SqlCharacters.isDigit(c) ? collationOrError(start) : error(start, start + 1);
    };
  }

  /**
   * Moves past white space and comments. A {@code /*} left here is a hint's opening; an
   * unterminated block comment is returned as an error token.
   */
  private SqlToken skipSpaceAndComments() {
    while (pos < n) {
      char c = sql.charAt(pos);
      if (SqlCharacters.isWhitespace(c)) {
        pos++;
      } else if ((c == '-' || c == '/') && next(pos) == c) {
        pos = lineEnd(pos + 2);
      } else if (c == '/' && next(pos) == '*') {
        if (pos + 2 < n && sql.charAt(pos + 2) == '+') {
          return null;
        }
        // "/**" and a character other than "/" open a formal comment, whose end is looked for
        // after that character: Calcite's lexer rejects "/***/".
        boolean formal = pos + 3 < n && sql.charAt(pos + 2) == '*' && sql.charAt(pos + 3) != '/';
        int end = sql.indexOf("*/", pos + (formal ? 4 : 2));
        if (end < 0) {
          return error(pos, n);
        }
        pos = end + 2;
      } else {
        return null;
      }
    }
    return null;
  }

  /** Just past the line end (LF, CR or CR LF) at or after {@code i}, or the end of the text. */
  private int lineEnd(int i) {
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == '\r') {
        return next(i) == '\n' ? i + 2 : i + 1;
      }
      i++;
    }
    return n;
  }

  /**
   * A token starting with a letter: a word, or a string with a prefix ({@code X N E U& _charset})
   * when the quote follows the prefix directly, or a {@code $$} body, or a collation name.
   */
  private SqlToken wordOrPrefixedString(int start) {
    int wordEnd = start + 1;
    while (wordEnd < n && SqlCharacters.isWordPart(sql.charAt(wordEnd))) {
      wordEnd++;
    }
    SqlToken best = prefixedString(start);
    if (best == null && sql.startsWith("$$", start)) {
      int close = sql.indexOf("$$", start + 2);
      if (close >= 0 && close + 2 >= wordEnd) {
        best = token(SqlTokenKind.DOLLAR_STRING, start, close + 2, sql.substring(start + 2, close));
      }
    }
    if (best == null) {
      // a lone "$" is Calcite's DOLLAR operator, declared before identifiers
      best = wordEnd == start + 1 && sql.charAt(start) == '$' ? symbol(start, 1)
          : token(SqlTokenKind.WORD, start, wordEnd, null);
    }
    return longerCollation(start, best);
  }

  /** The string with a prefix at {@code start}, or null when there is none (or it is unterminated). */
  private SqlToken prefixedString(int start) {
    char c = sql.charAt(start);
    char d = next(start);
    if (d == '\'') {
      return switch (c) {
        case 'x', 'X' -> quoted(SqlTokenKind.BINARY_STRING, start, start + 1);
        case 'n', 'N' -> quoted(SqlTokenKind.CHARSET_STRING, start, start + 1);
        case 'e', 'E' -> escapedString(start);
        default -> null;
      };
    }
    if ((c == 'u' || c == 'U') && d == '&') {
      char q = next(start + 1);
      return q == '\'' ? quoted(SqlTokenKind.UNICODE_STRING, start, start + 2)
          : q == '"' ? quotedIdentifier(SqlTokenKind.UNICODE_IDENTIFIER, start, start + 2) : null;
    }
    if (c == '_' && start + 1 < n && (SqlCharacters.isAsciiLetter(d) || SqlCharacters.isAsciiDigit(d))) {
      int i = start + 2;
      while (i < n && SqlCharacters.isCharsetNamePart(sql.charAt(i))) {
        i++;
      }
      return i < n && sql.charAt(i) == '\'' ? quoted(SqlTokenKind.CHARSET_STRING, start, i) : null;
    }
    return null;
  }

  /**
   * A single-quoted string whose quote is at {@code quote} ({@code start} before it when there
   * is a prefix). Unterminated: an error token for a plain string, null after a prefix (the
   * prefix is then a word, as the parser reads it).
   */
  private SqlToken quoted(SqlTokenKind kind, int start, int quote) {
    int close = QuotedText.close(sql, quote);
    // an unterminated ''' is, to the parser's lexer, a UESCAPE character, which no rule accepts
    boolean unicodeEscape = kind == SqlTokenKind.STRING && close == quote + 1 && next(close) == '\'';
    if (close < 0 || unicodeEscape) {
      return kind == SqlTokenKind.STRING ? error(start, n) : null;
    }
    return token(kind, start, close + 1, QuotedText.unescape(sql, quote, close));
  }

  /**
   * A double-quoted identifier whose quote is at {@code quote}. One that is empty, spans a line
   * end or is unterminated makes an error token to the end of the text when plain, and null
   * after {@code U&}.
   */
  private SqlToken quotedIdentifier(SqlTokenKind kind, int start, int quote) {
    int close = QuotedText.close(sql, quote);
    if (close < 0) {
      return kind == SqlTokenKind.QUOTED_IDENTIFIER ? error(start, n) : null;
    }
    return token(kind, start, close + 1, QuotedText.unescape(sql, quote, close));
  }

  /** {@code E'...'}, its value decoded as Calcite decodes it; null when unterminated, so that {@code E} is a word. */
  private SqlToken escapedString(int start) {
    int close = QuotedText.closeEscaped(sql, start + 1);
    if (close < 0) {
      return null;
    }
    String value;
    try {
      value = SqlParserUtil.parseCString(sql.substring(start + 1, close + 1));
    } catch (SqlParserUtil.MalformedUnicodeEscape e) {
      value = null;
    }
    return token(SqlTokenKind.ESCAPED_STRING, start, close + 1, value);
  }

  /** {@code 42}, {@code 4.2}, {@code 4.}, {@code .42}, each with an optional exponent. */
  private SqlToken number(int start) {
    int i = start;
    while (i < n && SqlCharacters.isAsciiDigit(sql.charAt(i))) {
      i++;
    }
    SqlTokenKind kind = SqlTokenKind.INTEGER;
    if (i < n && sql.charAt(i) == '.') {
      kind = SqlTokenKind.DECIMAL;
      i++;
      while (i < n && SqlCharacters.isAsciiDigit(sql.charAt(i))) {
        i++;
      }
    }
    if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
        j++;
      }
      if (j < n && SqlCharacters.isAsciiDigit(sql.charAt(j))) {
        while (j < n && SqlCharacters.isAsciiDigit(sql.charAt(j))) {
          j++;
        }
        kind = SqlTokenKind.APPROXIMATE;
        i = j;
      }
    }
    SqlToken number = token(kind, start, i, null);
    return sql.charAt(start) == '.' ? number : longerCollation(start, number);
  }

  /** The length of an opening brace: one, or a JDBC escape's opening such as <code>{fn</code> or <code>{ ts</code>. */
  private int jdbcEscapeLength(int start) {
    int i = start + 1;
    while (i < n && sql.charAt(i) == ' ') {
      i++;
    }
    char c = i < n ? lowerAscii(sql.charAt(i)) : 0;
    char d = lowerAscii(next(i));
    if (c == 'f' && d == 'n' || c == 't' && d == 's') {
      return i + 2 - start;
    }
    return c == 'd' || c == 't' ? i + 1 - start : 1;
  }

  /** A collation name at {@code start} when it is longer than {@code best}, otherwise {@code best}. */
  private SqlToken longerCollation(int start, SqlToken best) {
    if (best.end() < n && SqlCharacters.isCollationPart(sql.charAt(best.end()))) {
      int end = CollationNames.end(sql, start);
      if (end > best.end()) {
        return token(SqlTokenKind.COLLATION, start, end, null);
      }
    }
    return best;
  }

  private SqlToken collationOrError(int start) {
    int end = CollationNames.end(sql, start);
    return end > start ? token(SqlTokenKind.COLLATION, start, end, null) : error(start, start + 1);
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private char next(int i) {
    return i + 1 < n ? sql.charAt(i + 1) : 0;
  }

  private SqlToken symbol(int start, int length) {
    return token(SqlTokenKind.SYMBOL, start, start + length, null);
  }

  private SqlToken error(int start, int end) {
    return token(SqlTokenKind.ERROR, start, end, null);
  }

  private SqlToken token(SqlTokenKind kind, int start, int end, String value) {
    pos = end;
    return new SqlToken(kind, sql, start, end, value);
  }
}
