package org.sochdb.vector.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.spi.SearchIndex;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * The table a search function names, resolved as SQL resolves the same name written unquoted
 * ({@code 'docs'}, {@code 'tenant_1.docs'}); a part in double quotes is taken exactly.
 */
record SearchTarget(SochSession session, TableDef table) {

  static SearchTarget of(SochSession session, String name, String function) {
    if (name == null) {
      throw new SochSqlException("42000", function + " needs the table's name as a text literal, such as "
          + function + "('docs', ...): the result's columns come from it");
    }
    List<String> parts = split(name, function);
    String schema = parts.size() == 2 ? unquote(parts.get(0)) : session.schema();
    String table = unquote(parts.get(parts.size() - 1));
    CatalogSnapshot catalog = session.catalog();
    Optional<TableDef> found = catalog.namespace(schema).flatMap(ns -> catalog.table(ns.name(), table))
        .filter(t -> t.isView() == false)
        .filter(t -> exact(parts.get(parts.size() - 1), t.name()))
        .filter(t -> parts.size() < 2 || exact(parts.get(0), t.schema()));
    return new SearchTarget(session, found.orElseThrow(() -> new SochSqlException("42S02", function
        + ": table \"" + name + "\" does not exist")));
  }

  /** The structure of the table's index made by {@code method}, if it has one. */
  Optional<SearchIndex> index(String method) {
    for (IndexDef ix : session.catalog().indexesOf(table)) {
      if (method.equals(ix.method())) {
        return Optional.of(session.database().searchIndexes().of(table, ix));
      }
    }
    return Optional.empty();
  }

  /** The position of the table's only VECTOR column; an error naming the choices otherwise. */
  int vectorColumn(String function) {
    List<String> vectors = new ArrayList<>();
    int at = -1;
    for (int i = 0; i < table.columns().size(); i++) {
      if ("VECTOR".equals(table.columns().get(i).type())) {
        vectors.add(table.columns().get(i).name());
        at = i;
      }
    }
    if (vectors.size() != 1) {
      throw new SochSqlException("42000", function + ": table \"" + table.name() + "\" has "
          + (vectors.isEmpty() ? "no VECTOR column" : "VECTOR columns " + vectors + " and none is indexed with HNSW; "
          + "create an HNSW index on the one to search"));
    }
    return at;
  }

  private static boolean exact(String written, String actual) {
    return written.startsWith("\"") == false || unquote(written).equals(actual);
  }

  private static String unquote(String part) {
    return part.startsWith("\"") && part.endsWith("\"") && part.length() >= 2
        ? part.substring(1, part.length() - 1).replace("\"\"", "\"") : part;
  }

  /** Splits at dots outside double quotes. */
  private static List<String> split(String name, String function) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == '.' && quoted == false) {
        parts.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    parts.add(cur.toString().trim());
    if (parts.size() > 2 || parts.stream().anyMatch(String::isEmpty) || quoted) {
      throw new SochSqlException("42000", function + ": '" + name + "' is not a table name; write 'table' or "
          + "'schema.table'");
    }
    return parts;
  }
}
