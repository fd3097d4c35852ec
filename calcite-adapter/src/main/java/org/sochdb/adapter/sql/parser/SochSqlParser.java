package org.sochdb.adapter.sql.parser;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.CalciteSqlDialect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * The parser configuration SochDB uses: {@link SochSqlParserImpl#FACTORY},
 * identifiers quoted with double quotes, case kept as written (quoted or not)
 * and matched case-insensitively; plus {@link #toSql}, the inverse of
 * parsing.
 */
public final class SochSqlParser {
  private SochSqlParser() {
  }

  /** Returns SochDB's parser configuration. */
  public static SqlParser.Config config() {
    return SqlParser.config()
        .withParserFactory(SochSqlParserImpl.FACTORY)
        .withQuoting(Quoting.DOUBLE_QUOTE)
        .withQuotedCasing(Casing.UNCHANGED)
        .withUnquotedCasing(Casing.UNCHANGED)
        .withCaseSensitive(false)
        .withConformance(SqlConformanceEnum.DEFAULT);
  }

  /** Parses one statement with {@link #config()}. */
  public static SqlNode parse(String sql) throws SqlParseException {
    return SqlParser.create(sql, config()).parseStmt();
  }

  /**
   * Unparses a statement into SQL that {@link #config()} parses back to an
   * equal tree: identifiers double-quoted, no indentation. (Unlike
   * {@link SqlNode#toString()}, which quotes identifiers with back-ticks.)
   */
  public static String toSql(SqlNode node) {
    return node.toSqlString(c -> c.withDialect(CalciteSqlDialect.DEFAULT)
        .withAlwaysUseParentheses(false)
        .withSelectListItemsOnSeparateLines(false)
        .withUpdateSetListNewline(false)
        .withIndentation(0)).getSql();
  }
}
