package org.sochdb.adapter.ddl;

import java.util.List;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.trigger.Triggers;
import org.sochdb.adapter.sql.ddl.SqlCreateTrigger;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.catalog.TriggerDef;

/**
 * CREATE TRIGGER and DROP TRIGGER. A trigger lives in its table's schema, its name unique there;
 * CREATE checks the Java class or compiles (and runs the top level of) the script before it stores
 * anything. A table's triggers are dropped with it ({@link TableDdl#drop}).
 */
final class TriggerDdl {
  private TriggerDdl() {}

  static void create(StorageTransaction tx, CatalogSnapshot c, SqlCreateTrigger node, CalcitePrepare.Context ctx) {
    TableDef t = DdlNames.table(c, DdlNames.of(node.getTable(), ctx));
    List<String> names = node.getName().names;
    if (names.size() > 2) {
      throw new SochSqlException("42000", "trigger name " + node.getName() + " has too many parts; write schema.name");
    }
    String name = names.get(names.size() - 1);
    if (names.size() == 2 && names.get(0).equalsIgnoreCase(t.schema()) == false) {
      throw new SochSqlException("42000", "trigger \"" + name + "\" must be in the schema of its table, \""
          + t.schema() + "\", not \"" + names.get(0) + "\"");
    }
    if (c.trigger(t.schema(), name).isPresent()) {
      if (node.isIfNotExists()) {
        return;
      }
      throw new SochSqlException("42710", "trigger \"" + name + "\" already exists in schema \"" + t.schema() + "\"");
    }
    TriggerDef def = new TriggerDef(t.schema(), name, t.name(), node.getTiming().name(), node.getEvent().name(),
        node.getClassName(), node.getScript());
    Triggers.check(def);
    Catalog.putTrigger(tx, def);
  }

  static void drop(StorageTransaction tx, CatalogSnapshot c, DdlNames.Qualified q, boolean ifExists) {
    var found = c.namespace(q.schema()).flatMap(ns -> c.trigger(ns.name(), q.name()));
    if (found.isEmpty()) {
      if (ifExists) {
        return;
      }
      throw new SochSqlException("42704", "trigger \"" + q.name() + "\" does not exist in schema \"" + q.schema()
          + "\"");
    }
    Catalog.dropTrigger(tx, found.get());
  }
}
