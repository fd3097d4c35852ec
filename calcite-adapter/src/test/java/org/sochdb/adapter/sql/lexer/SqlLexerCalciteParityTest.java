package org.sochdb.adapter.sql.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SqlLexer} reads every text as the generated parser's lexer does: the same tokens,
 * kinds and spans, and where it reports an error the parser's lexer fails too (at that token or
 * after it). Texts are random sequences of fragments chosen to collide (quotes, prefixes,
 * comment marks, dollars, digits, exotic characters); the seed comes from
 * {@code -Dsochdb.seed=N} and is printed.
 */
class SqlLexerCalciteParityTest {
  private static final String[] FRAGMENTS = {
      " ", " ", "\t", "\n", "\r", "\f", "\u000b", "\u00a0",
      "--", "//", "/*", "*/", "/**", "/*+", "*", "/", "-", "+",
      "'", "''", "'a'", "\"", "\"\"", "\"a\"", "\\", "\\'",
      "$", "$$", "$a", "a$b", "$x$", ":", ".", "..", "-",
      "a", "B", "id", "x", "X", "n", "N", "e", "E", "u", "U", "&", "U&", "_", "_latin1", "_ISO-8859-1",
      "select", "SELECT", "from", "where", "values", "default", "uescape",
      "0", "1", "42", "1.5", ".", "e", "e5", "E-3", "e+",
      "=", "<", ">", "!", "|", "^", "%", ";", ",", "(", ")", "[", "]", "{", "}", "{fn", "{ d", "{t", "ts", "?",
      "N'", "X'", "E'", "U&'", "U&\"", "_a'", "'b", "\\0041", "1e", "1.e5", "=>", "->", "<<", "<>", "!=", "||", "\r\n",
      "#", "@", "`", "~", "\u0007",
      "ä", "näme", "名", "Ω", "\u0660", "\u00d7", "\u212a", "\u017f", "\u00df", "\u1e9e", "\u2c65", "\ud83d\ude00",
  };

  @Test
  void randomTextsLexAsTheParserLexes() {
    long seed = Long.getLong("sochdb.seed", System.nanoTime());
    System.out.println("SqlLexerCalciteParityTest seed=" + seed);
    Random r = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      StringBuilder sql = new StringBuilder();
      int parts = 1 + r.nextInt(12);
      for (int p = 0; p < parts; p++) {
        sql.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
      }
      assertSameAsCalcite(sql.toString(), "seed=" + seed + " text #" + i);
    }
  }

  @Test
  void statementsLexAsTheParserLexes() {
    for (String sql : List.of(
        "SELECT \"a\"\"b\", 'it''s', N'x', _latin1'y', U&'\\0041', U&\"\\0041\", X'0102', E'a\\'b' FROM t",
        "SELECT /*+ index(t) */ a FROM t -- trailing",
        "SELECT a FROM t WHERE x <= 1.5E-3 AND y <> .5 OR z != 1. AND w >= 2e+10 || 'c'",
        "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW AS $$ if (x == 'a;') { return \"b\"; } $$",
        "SELECT a COLLATE latin1$en$primary FROM t",
        "SELECT {fn ucase('a')}, { d '2020-01-01'}, {ts '2020-01-01 00:00:00'}, f(a => 1), x -> x FROM t",
        "SELECT * FROM t WHERE a[1] = ? AND b::int = 2 AND c = $1",
        "/***/ SELECT 1", "/**/ SELECT 1", "/*/ SELECT 1 */", "SELECT 2*/3",
        "SELECT t.a$b FROM t", "SELECT 1$a, a-b$c, a.b$c$1d, $$x$$y, $$x$$$, _x-y$z'q'")) {
      assertSameAsCalcite(sql, sql);
    }
  }

  private static void assertSameAsCalcite(String sql, String context) {
    List<String> calcite = CalciteTokens.of(sql);
    List<String> ours = new ArrayList<>();
    for (SqlToken t : SqlLexer.tokenize(sql)) {
      ours.add(t.kind() == SqlTokenKind.ERROR ? CalciteTokens.FAILS : t.kind() + " " + t.text());
    }
    int error = ours.indexOf(CalciteTokens.FAILS);
    String message = context + ": " + escape(sql);
    if (error < 0) {
      assertEquals(calcite, ours, message);
    } else {
      assertEquals(calcite.subList(0, Math.min(error, calcite.size())), ours.subList(0, error), message);
      assertTrue(calcite.size() > error && calcite.get(calcite.size() - 1).equals(CalciteTokens.FAILS),
          message + ": we report an error where Calcite reads " + calcite);
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return b.toString();
  }
}
