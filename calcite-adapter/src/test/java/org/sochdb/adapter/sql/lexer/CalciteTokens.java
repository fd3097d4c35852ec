package org.sochdb.adapter.sql.lexer;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sochdb.adapter.sql.parser.SimpleCharStream;
import org.sochdb.adapter.sql.parser.SochSqlParserImplConstants;
import org.sochdb.adapter.sql.parser.SochSqlParserImplTokenManager;
import org.sochdb.adapter.sql.parser.Token;
import org.sochdb.adapter.sql.parser.TokenMgrError;

/**
 * The tokens SochDB's generated parser reads from a text, in {@link SqlToken#toString}'s
 * {@code KIND text} form without values, so that they compare with {@link SqlLexer}'s. A
 * lexical error, and a token no grammar rule accepts (a stray quote, {@code '''} read as a
 * Unicode escape character, BEL), end the list with {@link #FAILS}.
 */
final class CalciteTokens {
  static final String FAILS = "FAILS";

  private static final Map<Integer, String> NAMES = constantNames();
  /** Tokens no grammar rule consumes. */
  private static final Set<String> UNPARSEABLE = Set.of("QUOTE", "DOUBLE_QUOTE", "BEL", "UNICODE_QUOTED_ESCAPE_CHAR");
  private static final Map<String, SqlTokenKind> KINDS = Map.ofEntries(
      Map.entry("IDENTIFIER", SqlTokenKind.WORD),
      Map.entry("QUOTED_IDENTIFIER", SqlTokenKind.QUOTED_IDENTIFIER),
      Map.entry("UNICODE_QUOTED_IDENTIFIER", SqlTokenKind.UNICODE_IDENTIFIER),
      Map.entry("QUOTED_STRING", SqlTokenKind.STRING),
      Map.entry("PREFIXED_STRING_LITERAL", SqlTokenKind.CHARSET_STRING),
      Map.entry("UNICODE_STRING_LITERAL", SqlTokenKind.UNICODE_STRING),
      Map.entry("C_STYLE_ESCAPED_STRING_LITERAL", SqlTokenKind.ESCAPED_STRING),
      Map.entry("BINARY_STRING_LITERAL", SqlTokenKind.BINARY_STRING),
      Map.entry("SOCH_DOLLAR_QUOTED_STRING", SqlTokenKind.DOLLAR_STRING),
      Map.entry("UNSIGNED_INTEGER_LITERAL", SqlTokenKind.INTEGER),
      Map.entry("DECIMAL_NUMERIC_LITERAL", SqlTokenKind.DECIMAL),
      Map.entry("APPROX_NUMERIC_LITERAL", SqlTokenKind.APPROXIMATE),
      Map.entry("COLLATION_ID", SqlTokenKind.COLLATION),
      Map.entry("HOOK", SqlTokenKind.PARAMETER),
      Map.entry("HINT_BEG", SqlTokenKind.HINT_START),
      Map.entry("COMMENT_END", SqlTokenKind.HINT_END),
      Map.entry("DOLLAR", SqlTokenKind.SYMBOL));

  private CalciteTokens() {}

  static List<String> of(String sql) {
    SochSqlParserImplTokenManager lexer = new SochSqlParserImplTokenManager(
        new SimpleCharStream(new StringReader(sql), 1, 1, sql.length() + 1), SochSqlParserImplConstants.DQID);
    List<String> out = new ArrayList<>();
    while (true) {
      Token t;
      try {
        t = lexer.getNextToken();
      } catch (TokenMgrError e) {
        out.add(FAILS);
        return out;
      }
      if (t.kind == SochSqlParserImplConstants.EOF) {
        return out;
      }
      String name = NAMES.get(t.kind);
      if (UNPARSEABLE.contains(name)) {
        out.add(FAILS);
        return out;
      }
      out.add(kind(name, t.image) + " " + t.image);
    }
  }

  private static SqlTokenKind kind(String name, String image) {
    SqlTokenKind k = KINDS.get(name);
    if (k != null) {
      return k;
    }
    // the rest are keywords and operators
    return SqlCharacters.isAsciiLetter(image.charAt(0)) ? SqlTokenKind.WORD : SqlTokenKind.SYMBOL;
  }

  private static Map<Integer, String> constantNames() {
    Map<Integer, String> names = new HashMap<>();
    for (Field f : SochSqlParserImplConstants.class.getFields()) {
      if (f.getType() == int.class && Modifier.isStatic(f.getModifiers()) && f.getName().equals(f.getName().toUpperCase())
          && f.getName().equals("DEFAULT") == false && f.getName().equals("DQID") == false
          && f.getName().equals("BTID") == false && f.getName().equals("BQID") == false
          && f.getName().equals("BQHID") == false && f.getName().startsWith("IN_") == false) {
        try {
          names.putIfAbsent(f.getInt(null), f.getName());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return names;
  }
}
