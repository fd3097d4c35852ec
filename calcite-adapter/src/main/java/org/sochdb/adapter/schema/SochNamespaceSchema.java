package org.sochdb.adapter.schema;

import java.util.List;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.sochdb.adapter.kv.KvTables;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.TableDef;

/**
 * A namespace as a Calcite schema. Tables are looked up in the catalog the connection's
 * session sees at the moment of the lookup (so uncommitted DDL of this connection is
 * visible to it alone); table objects are reused while the catalog version stays the same.
 * Besides the catalog's tables and views it shows the namespace's built-in {@code kv} table
 * and the {@code kv_text} view over it ({@link KvTables}).
 */
public final class SochNamespaceSchema extends AbstractSchema {
  private final SochSession session;
  private final String name;
  private final org.apache.calcite.schema.SchemaPlus root;
  private CatalogSnapshot cachedFor;
  private java.util.Map<String, Table> cached = java.util.Map.of();

  public SochNamespaceSchema(SochSession session, String name, org.apache.calcite.schema.SchemaPlus root) {
    this.session = session;
    this.name = name;
    this.root = root;
  }

  /** Views are zero-argument table macros that Calcite expands into their query. */
  @Override
  protected com.google.common.collect.Multimap<String, org.apache.calcite.schema.Function> getFunctionMultimap() {
    com.google.common.collect.ImmutableMultimap.Builder<String, org.apache.calcite.schema.Function> b =
        com.google.common.collect.ImmutableMultimap.builder();
    b.put(KvTables.TEXT_VIEW, org.apache.calcite.schema.impl.ViewTable.viewMacro(root, KvTables.textViewSql(name),
        List.of(name), List.of(name, KvTables.TEXT_VIEW), false));
    for (TableDef t : session.catalog().tables(name)) {
      if (t.isView()) {
        b.put(t.name(), org.apache.calcite.schema.impl.ViewTable.viewMacro(root, t.viewSql(), List.of(name),
            List.of(name, t.name()), false));
      }
    }
    return b.build();
  }

  public String name() {
    return name;
  }

  private synchronized java.util.Map<String, Table> tableMap() {
    CatalogSnapshot c = session.catalog();
    if (c != cachedFor) {
      java.util.Map<String, Table> m = new java.util.LinkedHashMap<>();
      m.put(KvTables.NAME, new SochTable(KvTables.def(name), List.of(), session.database()));
      for (TableDef t : c.tables(name)) {
        if (t.isView() == false) {
          m.put(t.name(), new SochTable(t, c.indexesOf(t), session.database()));
        }
      }
      cached = m;
      cachedFor = c;
    }
    return cached;
  }

  @Override
  protected java.util.Map<String, Table> getTableMap() {
    return tableMap();
  }

  @Override
  public boolean isMutable() {
    return true;
  }
}
