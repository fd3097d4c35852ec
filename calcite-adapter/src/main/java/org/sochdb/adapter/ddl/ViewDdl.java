package org.sochdb.adapter.ddl;

import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.ddl.SqlCreateView;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.kv.KvTables;
import org.sochdb.adapter.sql.parser.SochSqlParser;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.NamespaceDef;
import org.sochdb.storage.catalog.TableDef;

/** CREATE [OR REPLACE] VIEW and DROP VIEW: a view is its query text in the catalog. */
final class ViewDdl {
  private ViewDdl() {}

  static void create(StorageTransaction tx, CatalogSnapshot c, SqlCreateView node, CalcitePrepare.Context ctx) {
    DdlNames.Qualified q = DdlNames.of(node.name, ctx);
    NamespaceDef ns = DdlNames.namespace(c, q.schema());
    var existing = c.table(ns.name(), q.name());
    if (existing.isEmpty() && KvTables.isReservedName(q.name())) {
      throw TableDdl.builtIn(q.name());
    }
    if (existing.isPresent()) {
      if (existing.get().isView() == false) {
        throw new SochSqlException("42P07", "\"" + q.name() + "\" is a table; a view cannot replace it");
      }
      if (node.getReplace() == false) {
        throw new SochSqlException("42P07", "view \"" + q.name() + "\" already exists; use CREATE OR REPLACE VIEW");
      }
    }
    String sql = SochSqlParser.toSql(node.query);
    if (node.columnList != null) {
      StringBuilder cols = new StringBuilder();
      for (SqlNode col : node.columnList) {
        cols.append(cols.length() == 0 ? "" : ", ").append(SochSqlParser.toSql(col));
      }
      sql = "SELECT * FROM (" + sql + ") AS \"v\" (" + cols + ")";
    }
    int id = existing.map(TableDef::id).orElseGet(() -> Catalog.nextId(tx));
    Catalog.putTable(tx, new TableDef(id, ns.name(), q.name(), "VIEW", List.of(), List.of(), List.of(), Map.of(), sql));
  }

  static void drop(StorageTransaction tx, CatalogSnapshot c, DdlNames.Qualified q, boolean ifExists) {
    var view = c.namespace(q.schema()).flatMap(ns -> c.table(ns.name(), q.name())).filter(TableDef::isView);
    if (view.isEmpty()) {
      if (c.namespace(q.schema()).isPresent() && KvTables.TEXT_VIEW.equalsIgnoreCase(q.name())) {
        throw TableDdl.builtIn(q.name());
      }
      if (ifExists) {
        return;
      }
      throw new SochSqlException("42P01", "view \"" + q.name() + "\" does not exist");
    }
    Catalog.dropTable(tx, view.get());
  }
}
