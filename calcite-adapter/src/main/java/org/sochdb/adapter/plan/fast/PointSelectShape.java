package org.sochdb.adapter.plan.fast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code SELECT <columns | *> FROM [schema.]table WHERE k1 = ? [AND k2 = ? ...] [;]}: the
 * statement an ORM's find-by-id sends, recognized without Calcite's parser. Names are as
 * written (a quoted name without its quotes); {@code columns} is null for {@code *};
 * {@code keyColumns.get(i)} is compared with the i-th {@code ?}.
 */
record PointSelectShape(String schema, String table, List<String> columns, List<String> keyColumns) {

  /** The shape of {@code sql}, or null when it is anything else. */
  static PointSelectShape of(String sql) {
    List<SqlWords.Token> t = SqlWords.split(sql);
    if (t == null) {
      return null;
    }
    Cursor c = new Cursor(t);
    if (c.keyword("SELECT") == false) {
      return null;
    }
    List<String> columns = null;
    if (c.symbol('*') == false) {
      columns = new ArrayList<>();
      do {
        String name = c.name();
        if (name == null) {
          return null;
        }
        columns.add(name);
      } while (c.symbol(','));
      if (distinctIgnoringCase(columns) == false) {
        return null; // Calcite renames repeated labels (NAME, NAME0); not worth copying here
      }
    }
    if (c.keyword("FROM") == false) {
      return null;
    }
    String schema = null;
    String table = c.name();
    if (c.symbol('.')) {
      schema = table;
      table = c.name();
    }
    if (table == null || c.keyword("WHERE") == false) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    do {
      String key = c.name();
      if (key == null || c.symbol('=') == false || c.symbol('?') == false) {
        return null;
      }
      keys.add(key);
    } while (c.keyword("AND"));
    c.symbol(';');
    return c.atEnd() && distinctIgnoringCase(keys) ? new PointSelectShape(schema, table, columns, keys) : null;
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

  private static final class Cursor {
    private final List<SqlWords.Token> tokens;
    private int at;

    Cursor(List<SqlWords.Token> tokens) {
      this.tokens = tokens;
    }

    boolean keyword(String k) {
      if (at < tokens.size() && tokens.get(at).is(k)) {
        at++;
        return true;
      }
      return false;
    }

    boolean symbol(char s) {
      if (at < tokens.size() && tokens.get(at).isSymbol(s)) {
        at++;
        return true;
      }
      return false;
    }

    /** A quoted identifier, or a word that is not reserved; null otherwise. */
    String name() {
      if (at >= tokens.size()) {
        return null;
      }
      SqlWords.Token tok = tokens.get(at);
      if (tok.symbol() || (tok.quoted() == false && ReservedWords.isReserved(tok.text()))) {
        return null;
      }
      at++;
      return tok.text();
    }

    boolean atEnd() {
      return at == tokens.size();
    }
  }
}
