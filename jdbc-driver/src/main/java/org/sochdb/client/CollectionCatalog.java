package org.sochdb.client;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sochdb.jdbc.errors.CollectionNotFoundException;

/**
 * Creating, finding, listing and dropping one namespace's collections, by {@code CREATE
 * COLLECTION}, {@code DROP COLLECTION} and {@code sys.collections}, in a {@link Collection.Session}.
 */
final class CollectionCatalog {
  /** The dimension of one collection (null while open). */
  static final String DIMENSION =
      "SELECT \"dimension\" FROM sys.collections WHERE \"schema_name\" = ? AND \"name\" = ?";
  private static final String FIND = "SELECT \"name\", \"metric\" FROM sys.collections "
      + "WHERE \"schema_name\" = ? AND UPPER(\"name\") = UPPER(CAST(? AS VARCHAR)) ORDER BY \"name\"";
  private static final String LIST = "SELECT \"name\" FROM sys.collections WHERE \"schema_name\" = ? ORDER BY \"name\"";

  private final Collection.Session session;
  private final String namespace;

  CollectionCatalog(Collection.Session session, String namespace) {
    this.session = session;
    this.namespace = namespace;
  }

  Collection create(CollectionConfig c) throws SQLException {
    StringBuilder sql = new StringBuilder("CREATE COLLECTION ").append(table(c.name())).append(" (");
    if (c.dimension() != null) {
      sql.append("DIMENSION ").append(c.dimension()).append(", ");
    }
    sql.append("METRIC '").append(c.metric().replace("'", "''")).append("', M ").append(c.m())
        .append(", EF_CONSTRUCTION ").append(c.efConstruction()).append(')');
    session.run(link -> link.update(sql.toString()));
    return find(c.name());
  }

  /**
   * The collection of that name, matched exactly or else ignoring case (as unquoted SQL names
   * are); {@link CollectionNotFoundException} when there is none.
   */
  Collection find(String name) throws SQLException {
    List<Map<String, Object>> rows = session.run(link -> link.execute(FIND, namespace, name));
    if (rows.isEmpty()) {
      throw new CollectionNotFoundException("collection \"" + name + "\" does not exist in namespace \""
          + namespace + "\"", null);
    }
    Map<String, Object> row = rows.stream().filter(r -> name.equals(r.get("name"))).findFirst().orElse(rows.get(0));
    return new Collection(session, namespace, (String) row.get("name"), (String) row.get("metric"));
  }

  List<String> list() throws SQLException {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> r : session.run(link -> link.execute(LIST, namespace))) {
      out.add((String) r.get("name"));
    }
    return out;
  }

  void drop(String name) throws SQLException {
    Collection c = find(name);
    session.run(link -> link.update("DROP COLLECTION " + table(c.name())));
  }

  private String table(String name) {
    return SochDB.quote(namespace) + "." + SochDB.quote(name);
  }
}
