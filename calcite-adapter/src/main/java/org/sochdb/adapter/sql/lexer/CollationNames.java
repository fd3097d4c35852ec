package org.sochdb.adapter.sql.lexer;

/**
 * The longest collation name at a position, by Calcite's rule
 * {@code (L|D)+ (L|D|:|.|-)* $ L+ ($ (L|D)+)?} ({@code L} its letters, which include
 * {@code $} and {@code _}; {@code D} its digits). Calcite's lexer reads such a name wherever it
 * is longer than the identifier or number at the same place, so {@code t.a$b} is one token to it
 * (and a syntax error outside {@code COLLATE}): the lexer must see it the same way.
 */
final class CollationNames {
  private CollationNames() {}

  /** Where the longest collation name starting at {@code start} ends, or -1 when none starts there. */
  static int end(String sql, int start) {
    int n = sql.length();
    if (start >= n || SqlCharacters.isWordPart(sql.charAt(start)) == false) {
      return -1;
    }
    int runEnd = start + 1;
    while (runEnd < n && SqlCharacters.isCollationPart(sql.charAt(runEnd))) {
      runEnd++;
    }
    int best = -1;
    for (int dollar = sql.indexOf('$', start + 1); dollar >= 0 && dollar < runEnd;
        dollar = sql.indexOf('$', dollar + 1)) {
      int letters = dollar + 1;
      while (letters < runEnd && SqlCharacters.isLetter(sql.charAt(letters))) {
        letters++;
      }
      if (letters == dollar + 1) {
        continue;
      }
      int end = letters;
      int words = letters;
      while (words < runEnd && SqlCharacters.isWordPart(sql.charAt(words))) {
        words++;
      }
      // digits after the letters need a second "$" among the letters (not the first of them)
      if (words > letters && sql.lastIndexOf('$', letters - 1) >= dollar + 2) {
        end = words;
      }
      best = Math.max(best, end);
    }
    return best;
  }
}
