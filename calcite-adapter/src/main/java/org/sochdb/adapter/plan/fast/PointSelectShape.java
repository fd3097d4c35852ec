package org.sochdb.adapter.plan.fast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sochdb.adapter.sql.lexer.SqlLexer;
import org.sochdb.adapter.sql.lexer.SqlToken;
import org.sochdb.adapter.sql.lexer.SqlTokenKind;

/**
 * {@code SELECT <columns | *> FROM [schema.]table WHERE k1 = ? [AND k2 = ? ...] [;]}: the
 * statement an ORM's find-by-id sends, recognized without Calcite's parser. Names are as
 * written (a quoted name without its quotes); {@code columns} is null for {@code *};
 * {@code keyColumns.get(i)} is compared with the i-th {@code ?}.
 */
record PointSelectShape(String schema, String table, List<String> columns, List<String> keyColumns) {

  /** The shape of {@code sql}, or null when it is anything else. */
  static PointSelectShape of(String sql) {
    // Tokens are read one at a time and names taken out of them only once the whole statement
    // has the shape: most other statements cost just the tokens up to where they differ.
    Cursor c = new Cursor(sql);
    if (c.keyword("SELECT") == false) {
      return null;
    }
    List<SqlToken> columns = null;
    if (c.symbol("*") == false) {
      columns = new ArrayList<>();
      do {
        SqlToken name = c.name();
        if (name == null) {
          return null;
        }
        columns.add(name);
      } while (c.symbol(","));
    }
    if (c.keyword("FROM") == false) {
      return null;
    }
    SqlToken schema = null;
    SqlToken table = c.name();
    if (c.symbol(".")) {
      schema = table;
      table = c.name();
    }
    if (table == null || c.keyword("WHERE") == false) {
      return null;
    }
    List<SqlToken> keys = new ArrayList<>();
    do {
      SqlToken key = c.name();
      if (key == null || c.symbol("=") == false || c.parameter() == false) {
        return null;
      }
      keys.add(key);
    } while (c.keyword("AND"));
    c.symbol(";");
    if (c.atEnd() == false) {
      return null;
    }
    List<String> columnNames = columns == null ? null : names(columns);
    List<String> keyNames = names(keys);
    String schemaName = schema == null ? null : name(schema);
    String tableName = name(table);
    boolean named = (columns == null || columnNames != null) && keyNames != null && tableName != null
        && (schema == null || schemaName != null);
    if (named == false || distinctIgnoringCase(keyNames) == false) {
      return null;
    }
    if (columnNames != null && distinctIgnoringCase(columnNames) == false) {
      return null; // Calcite renames repeated labels (NAME, NAME0); not worth copying here
    }
    return new PointSelectShape(schemaName, tableName, columnNames, keyNames);
  }

  private static List<String> names(List<SqlToken> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (SqlToken t : tokens) {
      String name = name(t);
      if (name == null) {
        return null;
      }
      out.add(name);
    }
    return out;
  }

  /**
   * A quoted identifier's name, or a word's that is not reserved (Calcite reads USER or SELECT as
   * a keyword) and is plain: ASCII letters, digits and {@code _ $}, not starting with {@code $}.
   * Other letters are identifiers to Calcite too, but rare enough to leave to it.
   */
  private static String name(SqlToken t) {
    if (t.kind() == SqlTokenKind.QUOTED_IDENTIFIER) {
      return t.value();
    }
    String word = t.text();
    if (word.charAt(0) == '$') {
      return null;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return null;
      }
    }
    return ReservedWords.isReserved(word) ? null : word;
  }

  private static boolean distinctIgnoringCase(List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (seen.add(n.toUpperCase(Locale.ROOT)) == false) {
        return false;
      }
    }
    return true;
  }

  /** The statement's tokens, read one at a time. */
  private static final class Cursor {
    private final SqlLexer lexer;
    private SqlToken next;

    Cursor(String sql) {
      this.lexer = new SqlLexer(sql);
      this.next = lexer.next();
    }

    boolean keyword(String k) {
      return next != null && next.isWord(k) && advance();
    }

    boolean symbol(String s) {
      return next != null && next.isSymbol(s) && advance();
    }

    boolean parameter() {
      return next != null && next.kind() == SqlTokenKind.PARAMETER && advance();
    }

    /** A word or quoted identifier, which {@link PointSelectShape#name} checks; null for anything else. */
    SqlToken name() {
      SqlToken t = next;
      if (t == null || (t.kind() != SqlTokenKind.WORD && t.kind() != SqlTokenKind.QUOTED_IDENTIFIER)) {
        return null;
      }
      advance();
      return t;
    }

    boolean atEnd() {
      return next == null;
    }

    private boolean advance() {
      next = lexer.next();
      return true;
    }
  }
}
