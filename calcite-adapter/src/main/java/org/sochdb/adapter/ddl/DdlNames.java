package org.sochdb.adapter.ddl;

import java.util.List;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.sql.SqlIdentifier;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.NamespaceDef;
import org.sochdb.storage.catalog.TableDef;

/** Resolves the names a DDL statement writes: {@code [schema.]object}, defaulting the schema. */
final class DdlNames {
  private DdlNames() {}

  record Qualified(String schema, String name) {}

  static Qualified of(SqlIdentifier id, CalcitePrepare.Context context) {
    List<String> names = id.names;
    if (names.size() > 2) {
      throw new SochSqlException("42000", "name " + id + " has too many parts; write schema.name");
    }
    String schema = names.size() == 2 ? names.get(0) : defaultSchema(context);
    return new Qualified(schema, names.get(names.size() - 1));
  }

  static String defaultSchema(CalcitePrepare.Context context) {
    List<String> path = context.getDefaultSchemaPath();
    return path.isEmpty() ? "PUBLIC" : path.get(path.size() - 1);
  }

  /** The namespace, in the catalog's spelling; 3F000 when it does not exist. */
  static NamespaceDef namespace(CatalogSnapshot c, String schema) {
    return c.namespace(schema).orElseThrow(() -> new SochSqlException("3F000",
        "schema \"" + schema + "\" does not exist; create it with CREATE SCHEMA " + schema));
  }

  static TableDef table(CatalogSnapshot c, Qualified q) {
    NamespaceDef ns = namespace(c, q.schema());
    return c.table(ns.name(), q.name()).filter(t -> t.isView() == false)
        .orElseThrow(() -> SochSqlException.noTable(q.schema() + "." + q.name()));
  }
}
