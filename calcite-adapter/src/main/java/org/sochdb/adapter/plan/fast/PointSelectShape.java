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
    Cursor c = new Cursor(sql);
    if (c.keyword("SELECT") == false) {
      return null;
    }
    List<String> columns = null;
    if (c.symbol("*") == false) {
      columns = new ArrayList<>();
      do {
        String name = c.name();
        if (name == null) {
          return null;
        }
        columns.add(name);
      } while (c.symbol(","));
    }
    if (c.keyword("FROM") == false) {
      return null;
    }
    String schema = null;
    String table = c.name();
    if (c.symbol(".")) {
      schema = table;
      table = c.name();
    }
    if (table == null || c.keyword("WHERE") == false) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    do {
      String key = c.name();
      if (key == null || c.symbol("=") == false || c.parameter() == false) {
        return null;
      }
      keys.add(key);
    } while (c.keyword("AND"));
    c.symbol(";");
    if (c.atEnd() == false || c.readReservedWord() || distinctIgnoringCase(keys) == false) {
      return null;
    }
    if (columns != null && distinctIgnoringCase(columns) == false) {
      return null; // Calcite renames repeated labels (NAME, NAME0); not worth copying here
    }
    return new PointSelectShape(schema, table, columns, keys);
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

  /**
   * Reads the statement's tokens one at a time, so that a statement of another shape costs only
   * the tokens up to where it differs. Whether a word taken as a name is reserved is asked at
   * the end, of a statement that has the shape (a reserved word in a name's place fails it).
   */
  private static final class Cursor {
    private final SqlLexer lexer;
    private SqlToken next;
    private List<String> words;

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

    /** A quoted identifier, or a plain word; null otherwise. */
    String name() {
      if (next == null) {
        return null;
      }
      String name = switch (next.kind()) {
        case QUOTED_IDENTIFIER -> next.value();
        case WORD -> plainWord(next.text());
        default -> null;
      };
      if (name != null) {
        advance();
      }
      return name;
    }

    boolean atEnd() {
      return next == null;
    }

    /** Whether a word {@link #name} returned is reserved (USER, SELECT): Calcite reads it as a keyword. */
    boolean readReservedWord() {
      if (words != null) {
        for (String w : words) {
          if (ReservedWords.isReserved(w)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean advance() {
      next = lexer.next();
      return true;
    }

    /**
     * ASCII letters, digits and {@code _ $}, not starting with {@code $}: other letters are
     * identifiers to Calcite too, but rare enough to leave to it.
     */
    private String plainWord(String word) {
      if (word.charAt(0) == '$') {
        return null;
      }
      for (int i = 0; i < word.length(); i++) {
        if (word.charAt(i) >= 0x80) {
          return null;
        }
      }
      if (words == null) {
        words = new ArrayList<>();
      }
      words.add(word);
      return word;
    }
  }
}
