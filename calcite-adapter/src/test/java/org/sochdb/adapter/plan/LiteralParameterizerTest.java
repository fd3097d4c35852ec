package org.sochdb.adapter.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which literals become parameters, and the exact text and values that come out. */
class LiteralParameterizerTest {
  private static void assertRewrite(String sql, String expected, Object... values) {
    LiteralParameterizer.Parameterized p = LiteralParameterizer.parameterize(sql);
    assertEquals(new LiteralParameterizer.Parameterized(expected, List.of(values)), p, sql);
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void quotedIdentifierWithDoubledQuoteIsOneName() {
    assertRewrite("SELECT \"a\"\"b\" FROM t WHERE x = 1", "SELECT \"a\"\"b\" FROM t WHERE x = ?", n("1"));
    assertRewrite("SELECT * FROM t WHERE \"x\"\" = 1\" = 2", "SELECT * FROM t WHERE \"x\"\" = 1\" = ?", n("2"));
  }

  @Test
  void commentsAreCopiedAsTheyAre() {
    assertRewrite("SELECT a FROM t /* x = 1 ? 'q */ WHERE -- it's ?\n y = 'it''s' AND z = 2 // ' ?",
        "SELECT a FROM t /* x = 1 ? 'q */ WHERE -- it's ?\n y = ? AND z = ? // ' ?", "it's", n("2"));
    assertRewrite("SELECT * FROM t -- c\rWHERE x = 1", "SELECT * FROM t -- c\rWHERE x = ?", n("1"));
    assertRewrite("SELECT * FROM t WHERE x = '-- /* ?'", "SELECT * FROM t WHERE x = ?", "-- /* ?");
  }

  @Test
  void prefixedStringsStayWhole() {
    assertNull(LiteralParameterizer.parameterize("SELECT * FROM t WHERE b = X'0102'"));
    assertRewrite("SELECT * FROM t WHERE b = X'0102' AND n = N'x' AND u = U&'\\0041' AND c = _latin1'q'"
            + " AND e = E'\\n' AND id = 3",
        "SELECT * FROM t WHERE b = X'0102' AND n = N'x' AND u = U&'\\0041' AND c = _latin1'q'"
            + " AND e = E'\\n' AND id = ?", n("3"));
  }

  @Test
  void valuesRowsGiveTheirWholeElements() {
    assertRewrite("INSERT INTO t VALUES (1, 'a', -2, DATE '2020-01-01'), (2.5, 'b' 'c', 1e3)",
        "INSERT INTO t VALUES (?, ?, -2, DATE '2020-01-01'), (?, 'b' 'c', ?)", n("1"), "a", n("2.5"), n("1e3"));
    assertRewrite("INSERT INTO t (a, b) VALUES (f(1), (2)) , ( 3 /* c */ , 4)",
        "INSERT INTO t (a, b) VALUES (f(1), (2)) , ( ? /* c */ , ?)", n("3"), n("4"));
  }

  @Test
  void numbersOfEveryFormAfterComparisons() {
    assertRewrite("SELECT * FROM t WHERE a >= 1.5E-3 AND b <> .5 AND c != 7. AND d<2e+1 AND e>0",
        "SELECT * FROM t WHERE a >= ? AND b <> ? AND c != ? AND d<? AND e>?",
        n("1.5E-3"), n(".5"), n("7."), n("2e+1"), n("0"));
  }

  @Test
  void hintOptionsAndContinuedStringsStay() {
    assertRewrite("SELECT /*+ properties(k = 'v') */ * FROM t WHERE x = 1",
        "SELECT /*+ properties(k = 'v') */ * FROM t WHERE x = ?", n("1"));
    assertNull(LiteralParameterizer.parameterize("SELECT * FROM t WHERE x = 'a' 'b'"));
  }

  @Test
  void statementsInParenthesesAreQueries() {
    assertRewrite("/* c */ (SELECT * FROM t WHERE x = 1)", "/* c */ (SELECT * FROM t WHERE x = ?)", n("1"));
  }

  @Test
  void leavesTheRestAlone() {
    for (String sql : List.of(
        "SELECT 1, 'a' FROM t ORDER BY 1 LIMIT 10",
        "SELECT * FROM t WHERE x = ? AND y = 1",             // the user's own parameters
        "SELECT * FROM t WHERE x = -1",
        "SELECT * FROM t WHERE x LIKE 'a%'",
        "CREATE VIEW v AS SELECT * FROM t WHERE x = 1",      // DDL runs while prepared
        "\"SELECT\" x = 1",
        "SELECT * FROM t WHERE y = 1 AND x = 'unterminated",
        "SELECT * FROM t WHERE y = 1 /* unterminated",
        "SELECT * FROM t WHERE y = 1 AND x = \"a")) {
      assertNull(LiteralParameterizer.parameterize(sql), sql);
    }
  }
}
