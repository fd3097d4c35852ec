package org.sochdb.adapter.exec;

import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.kv.KvTables;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.storage.catalog.TableDef;

/** Checks, as a plan runs, that the table it was planned against is still the one in the catalog. */
final class ResolvedTables {
  private ResolvedTables() {}

  static TableDef current(SochSession session, TableDef planned) {
    return check(session.catalog(), planned);
  }

  /** As {@link #current}, against a catalog already read. */
  static TableDef check(org.sochdb.storage.catalog.CatalogSnapshot catalog, TableDef planned) {
    if (KvTables.isKv(planned)) {
      if (catalog.namespace(planned.schema()).isEmpty()) {
        throw SochSqlException.noTable(planned.schema() + "." + planned.name());
      }
      return planned;
    }
    for (TableDef t : catalog.tables()) {
      if (t == planned) {
        return t; // the snapshot the plan was made from: nothing to compare
      }
      if (t.id() == planned.id()) {
        if (t.columns().equals(planned.columns()) == false || t.primaryKey().equals(planned.primaryKey()) == false) {
          throw new SochSqlException("0A000", "table \"" + planned.name()
              + "\" was altered after this statement was prepared; prepare it again");
        }
        return t;
      }
    }
    throw SochSqlException.noTable(planned.schema() + "." + planned.name());
  }
}
