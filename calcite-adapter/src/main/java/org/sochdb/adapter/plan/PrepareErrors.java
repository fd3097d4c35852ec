package org.sochdb.adapter.plan;

import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.error.SqlStateCarrier;

/**
 * Gives a statement that failed to prepare a message users can act on: a parse failure
 * becomes 42000 "syntax error at line L, column C: ..." (Calcite leaves the position out of
 * some messages), everything else passes through with its cause.
 */
final class PrepareErrors {
  private PrepareErrors() {}

  /**
   * Calcite's grammar lets {@code *} take an alias, so in {@code SELECT * FORM users} it
   * stumbles only at {@code users}; the word after the star is the real culprit.
   */
  private static final java.util.regex.Pattern WORD_AFTER_STAR =
      java.util.regex.Pattern.compile("\\*\\s+(?:AS\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*$",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  static RuntimeException explain(RuntimeException e, String sql) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SqlParseException p && p.getPos() != null && sql != null) {
        int offset = offset(sql, p.getPos().getLineNum(), p.getPos().getColumnNum());
        java.util.regex.Matcher m = offset < 0 ? null : WORD_AFTER_STAR.matcher(sql.substring(0, offset));
        if (m != null && m.find()) {
          int at = m.start(1);
          int line = 1 + (int) sql.substring(0, at).chars().filter(c -> c == '\n').count();
          int column = at - sql.lastIndexOf('\n', at - 1);
          return new SochSqlException("42000", "syntax error at line " + line + ", column " + column + ": \""
              + m.group(1) + "\" cannot follow *", e);
        }
      }
    }
    return explain(e);
  }

  /** The character offset of a 1-based line and column, or -1. */
  private static int offset(String sql, int line, int column) {
    int at = 0;
    for (int l = 1; l < line; l++) {
      at = sql.indexOf('\n', at) + 1;
      if (at == 0) {
        return -1;
      }
    }
    int offset = at + column - 1;
    return offset <= sql.length() ? offset : -1;
  }

  static RuntimeException explain(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SqlStateCarrier) {
        return e;
      }
      if (t instanceof SqlParseException p) {
        SqlParserPos pos = p.getPos();
        String message = firstLine(p.getMessage());
        String where = pos == null ? "" : "line " + pos.getLineNum() + ", column " + pos.getColumnNum();
        if (pos != null && message.contains("line " + pos.getLineNum()) == false) {
          message = "syntax error at " + where + ": " + message;
        } else {
          message = "syntax error: " + message;
        }
        return new SochSqlException("42000", message, e);
      }
    }
    return e;
  }

  /** Calcite appends every token it expected; the first line says what went wrong. */
  private static String firstLine(String message) {
    if (message == null) {
      return "unparseable statement";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }
}
