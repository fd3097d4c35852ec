package org.sochdb.adapter.sql.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokens, spans and values {@link SqlLexer} gives, case by case. */
class SqlLexerTest {
  private static List<String> tokens(String sql) {
    return SqlLexer.tokenize(sql).stream().map(SqlToken::toString).toList();
  }

  @Test
  void stringsAndQuotedIdentifiersAreUnescaped() {
    assertEquals(List.of("STRING 'it''s' = it's", "STRING '' = ", "STRING '''' = '"), tokens("'it''s' '' ''''"));
    assertEquals(List.of("QUOTED_IDENTIFIER \"a\"\"b\" = a\"b", "QUOTED_IDENTIFIER \"it's\" = it's"),
        tokens("\"a\"\"b\" \"it's\""));
    assertEquals(List.of("STRING '-- no /* comment */' = -- no /* comment */", "WORD x"),
        tokens("'-- no /* comment */' x"));
    assertEquals(List.of("STRING 'two\nlines' = two\nlines"), tokens("'two\nlines'"));
  }

  @Test
  void spansAreOffsetsInTheText() {
    List<SqlToken> t = SqlLexer.tokenize("SELECT \"a\"\"b\" /* c */ FROM t");
    assertEquals(List.of(0, 6, 7, 13, 22, 26, 27, 28),
        t.stream().flatMap(x -> java.util.stream.Stream.of(x.start(), x.end())).toList());
  }

  @Test
  void commentsSeparateTokensAndAreNotTokens() {
    assertEquals(List.of("WORD SELECT", "INTEGER 1"), tokens("SELECT 1 -- to the end"));
    assertEquals(List.of("WORD SELECT", "INTEGER 1", "WORD x"), tokens("SELECT--c\n1--d\r\nx"));
    assertEquals(List.of("WORD a", "WORD b"), tokens("a/* ? ' \" */b"));
    assertEquals(List.of("WORD a", "WORD b"), tokens("a// line\nb"));
    assertEquals(List.of("WORD a", "WORD b"), tokens("a/* not /* nested */b"));
    assertEquals(List.of("WORD a", "HINT_END */", "WORD b"), tokens("a/* nested /* twice */ */ b"));
    assertEquals(List.of("WORD a", "ERROR /* open"), tokens("a /* open"));
    assertEquals(List.of("ERROR /***/ x"), tokens("/***/ x")); // Calcite's formal comment swallows the first "*/"
    assertEquals(List.of("WORD x"), tokens("/**/ x"));
  }

  @Test
  void unterminatedTextIsAnErrorToTheEnd() {
    assertEquals(List.of("WORD a", "SYMBOL =", "ERROR 'its"), tokens("a = 'its"));
    // the parser's lexer reads the longest string it can: up to a doubled quote's first half
    assertEquals(List.of("STRING 'it' = it", "ERROR 's"), tokens("'it''s"));
    assertEquals(List.of("ERROR ''' x"), tokens("''' x"));      // Calcite's UESCAPE character token
    assertEquals(List.of("WORD SELECT", "ERROR \"a"), tokens("SELECT \"a"));
    assertEquals(List.of("ERROR \"\" FROM t"), tokens("\"\" FROM t"));           // empty identifier
    assertEquals(List.of("ERROR \"a\nb\""), tokens("\"a\nb\""));                 // line end inside
    assertEquals(List.of("STRING 'a' = a", "ERROR '"), tokens("'a''"));            // as the parser reads it
    assertEquals(List.of("WORD a", "ERROR #", "WORD b", "ERROR \u00a0", "WORD c"), tokens("a#b\u00a0c"));
    assertEquals(List.of("ERROR !"), tokens("!"));
  }

  @Test
  void prefixedStringsAreOneTokenEach() {
    assertEquals(List.of("SYMBOL =", "BINARY_STRING X'0102' = 0102", "BINARY_STRING x'' = "), tokens("= X'0102' x''"));
    assertEquals(List.of("CHARSET_STRING N'it''s' = it's", "CHARSET_STRING _latin1'a' = a",
        "CHARSET_STRING _ISO-8859-1'b' = b"), tokens("N'it''s' _latin1'a' _ISO-8859-1'b'"));
    assertEquals(List.of("UNICODE_STRING U&'\\0041' = \\0041", "WORD UESCAPE", "STRING '!' = !",
        "UNICODE_IDENTIFIER u&\"a\"\"b\" = a\"b"), tokens("U&'\\0041' UESCAPE '!' u&\"a\"\"b\""));
    assertEquals(List.of("ESCAPED_STRING E'a\\'b\\n' = a'b\n", "ESCAPED_STRING e'''' = '"), tokens("E'a\\'b\\n' e''''"));
    // a space between prefix and quote: a word and a string
    assertEquals(List.of("WORD N", "STRING 'a' = a", "WORD X", "STRING 'b' = b", "WORD _x", "STRING 'c' = c"),
        tokens("N 'a' X 'b' _x 'c'"));
    // an unterminated prefixed string leaves the prefix a word, as in the parser
    assertEquals(List.of("WORD E", "STRING 'a\\' = a\\"), tokens("E'a\\'"));
  }

  @Test
  void dollarQuotedBodiesHoldAnything() {
    assertEquals(List.of("WORD AS", "DOLLAR_STRING $$ if (a == 'x;') { return \"y\"; } -- $ $$"
        + " =  if (a == 'x;') { return \"y\"; } -- $ ", "SYMBOL ;"),
        tokens("AS $$ if (a == 'x;') { return \"y\"; } -- $ $$;"));
    assertEquals(List.of("DOLLAR_STRING $$$$ = "), tokens("$$$$"));
    assertEquals(List.of("WORD $$x"), tokens("$$x"));                   // unterminated: an identifier to Calcite
    assertEquals(List.of("WORD $$x$$y"), tokens("$$x$$y"));             // the longer token wins
    assertEquals(List.of("SYMBOL $", "WORD $a"), tokens("$ $a"));
  }

  @Test
  void numbersOfEveryForm() {
    assertEquals(List.of("INTEGER 42", "DECIMAL 4.2", "DECIMAL 4.", "DECIMAL .42", "APPROXIMATE 1e5",
        "APPROXIMATE 1.5E-3", "APPROXIMATE .5e+2", "APPROXIMATE 2.e1"), tokens("42 4.2 4. .42 1e5 1.5E-3 .5e+2 2.e1"));
    assertEquals(List.of("INTEGER 1", "WORD e"), tokens("1e"));
    assertEquals(List.of("INTEGER 1", "WORD e", "SYMBOL +"), tokens("1e+"));
    assertEquals(List.of("DECIMAL 1.", "DECIMAL .2"), tokens("1..2"));
    assertEquals(List.of("SYMBOL -", "INTEGER 7"), tokens("-7"));
  }

  @Test
  void operatorsTakeTheLongestSpelling() {
    assertEquals(List.of("<=", ">=", "<>", "!=", "||", "=>", "->", "..", "<<", "<", "=", ">", "|", "-", ":", ":",
        "*", "/", "%", "^", "&", "+", "[", "]", "{", "}", ",", ";", ".", "(", ")"),
        SqlLexer.tokenize("<= >= <> != || => -> .. << < = > | - :: * / % ^ & + [ ] { } , ; . ( )").stream()
            .map(SqlToken::text).toList());
    assertEquals(List.of("SYMBOL {fn", "WORD ucase", "SYMBOL { d", "WORD x", "SYMBOL {ts", "SYMBOL }"),
        tokens("{fn ucase { d x {ts }"));
    assertEquals(List.of("WORD SELECT", "HINT_START /*+", "WORD i", "SYMBOL (", "WORD t", "SYMBOL )", "HINT_END */",
        "WORD a"), tokens("SELECT /*+ i(t) */ a"));
  }

  @Test
  void parametersAndWords() {
    assertEquals(List.of("WORD a", "SYMBOL =", "PARAMETER ?", "WORD AND", "WORD b", "SYMBOL =", "PARAMETER ?"),
        tokens("a=? AND b = ?"));
    assertEquals(List.of("WORD näme", "WORD 名前", "WORD Ωmega_1$", "WORD _x"), tokens("näme 名前 Ωmega_1$ _x"));
    assertEquals(List.of("ERROR \u00d7", "ERROR \ud83d", "ERROR \ude00"), tokens("\u00d7\ud83d\ude00"));
    // a collation name is a token of its own where it is longer than the identifier there
    assertEquals(List.of("COLLATION ISO-8859-1$en_US$primary", "WORD latin1$en$primary", "COLLATION t.a$b", "WORD t",
        "SYMBOL .", "WORD a$"), tokens("ISO-8859-1$en_US$primary latin1$en$primary t.a$b t.a$"));
  }

  @Test
  void wordsCompareIgnoringAsciiCaseOnly() {
    SqlToken select = SqlLexer.tokenize("sElEcT").get(0);
    assertTrue(select.isWord("SELECT"));
    assertFalse(select.isWord("SELECTS"));
    assertFalse(SqlLexer.tokenize("\u017felect").get(0).isWord("SELECT"));   // long s: an identifier to Calcite
    assertFalse(SqlLexer.tokenize("\"SELECT\"").get(0).isWord("SELECT"));
    assertTrue(SqlLexer.tokenize("<=").get(0).isSymbol("<="));
    assertFalse(SqlLexer.tokenize("<=").get(0).isSymbol("<"));
  }

  @Test
  void firstKeywordSkipsCommentsAndOpeningParentheses() {
    assertEquals("SELECT", SqlLexer.firstKeyword("/* c */ ( (select 1))"));
    assertEquals("WITH", SqlLexer.firstKeyword("-- c\nWith x AS (SELECT 1) SELECT * FROM x"));
    assertEquals("DELETE", SqlLexer.firstKeyword("DELETE FROM t"));
    assertNull(SqlLexer.firstKeyword("\"SELECT\" x"));
    assertNull(SqlLexer.firstKeyword("/* unterminated SELECT"));
    assertNull(SqlLexer.firstKeyword("  "));
    assertNull(SqlLexer.firstKeyword("'SELECT'"));
  }
}
