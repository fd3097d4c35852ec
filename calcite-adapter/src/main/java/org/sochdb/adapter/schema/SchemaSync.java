package org.sochdb.adapter.schema;

import java.util.HashSet;
import java.util.Set;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.SchemaPlus;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.NamespaceDef;

/**
 * Keeps a connection's root schema in step with the catalog's namespaces (created or
 * dropped by any connection), before each statement is prepared.
 */
public final class SchemaSync {
  private SchemaSync() {}

  /** Adds and removes namespace schemas; true if it changed anything. */
  public static boolean sync(CalciteSchema root, SochSession session) {
    boolean changed = false;
    CatalogSnapshot c = session.catalog();
    SchemaPlus plus = root.plus();
    Set<String> wanted = new HashSet<>();
    for (NamespaceDef ns : c.namespaces()) {
      wanted.add(ns.name());
      if (root.getSubSchema(ns.name(), true) == null) {
        plus.add(ns.name(), new SochNamespaceSchema(session, ns.name(), plus)).setCacheEnabled(false);
        changed = true;
      }
    }
    for (String existing : Set.copyOf(root.getSubSchemaMap().keySet())) {
      if (wanted.contains(existing) == false && root.getSubSchema(existing, true).schema instanceof SochNamespaceSchema) {
        root.removeSubSchema(existing);
        changed = true;
      }
    }
    return changed;
  }
}
