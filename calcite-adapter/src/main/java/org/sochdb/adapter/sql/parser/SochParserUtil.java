package org.sochdb.adapter.sql.parser;

import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

import org.sochdb.adapter.sql.ddl.SqlColumnDef;
import org.sochdb.adapter.sql.ddl.SqlTableConstraint;

import java.util.List;
import java.util.Locale;

/**
 * Helpers called from the generated {@code SochSqlParserImpl} (see
 * {@code src/main/codegen/includes/parserImpls.ftl}).
 */
public final class SochParserUtil {
  private SochParserUtil() {
  }

  /**
   * Creates an exception for a statement that is well-formed for the grammar
   * but not acceptable (unknown index method, duplicate option, ...).
   *
   * <p>The parser turns it into a
   * {@link org.apache.calcite.sql.parser.SqlParseException} whose message is
   * {@code message} and whose position is {@code pos}.
   */
  public static CalciteContextException error(SqlParserPos pos,
      String message) {
    return new CalciteContextException(message,
        new SochSqlSyntaxException(message),
        pos.getLineNum(), pos.getColumnNum(),
        pos.getEndLineNum(), pos.getEndColumnNum());
  }

  /**
   * Throws if {@code added}, just parsed as an element of
   * {@code CREATE TABLE}, is a second primary key (inline or table-level).
   */
  public static void checkSinglePrimaryKey(List<SqlNode> columns,
      List<SqlNode> constraints, SqlNode added) {
    if (!isPrimaryKey(added)) {
      return;
    }
    int count = 0;
    for (SqlNode e : columns) {
      count += isPrimaryKey(e) ? 1 : 0;
    }
    for (SqlNode e : constraints) {
      count += isPrimaryKey(e) ? 1 : 0;
    }
    if (count > 1) {
      throw error(added.getParserPosition(),
          "A table can have only one PRIMARY KEY");
    }
  }

  private static boolean isPrimaryKey(SqlNode e) {
    if (e instanceof SqlColumnDef) {
      return ((SqlColumnDef) e).isPrimaryKey();
    }
    return ((SqlTableConstraint) e).getConstraintKind()
        == SqlTableConstraint.Kind.PRIMARY_KEY;
  }

  /** Upper-cases a name the way keywords are compared. */
  public static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the body of a {@code $$...$$} token image, without the
   * delimiters.
   */
  public static String dollarQuotedBody(String image) {
    return image.substring(2, image.length() - 2);
  }

  /** The cause carried inside {@link #error}; its message is the user's. */
  static final class SochSqlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SochSqlSyntaxException(String message) {
      super(message, null, false, false);
    }
  }
}
