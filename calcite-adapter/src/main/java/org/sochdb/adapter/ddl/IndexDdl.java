package org.sochdb.adapter.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.sochdb.adapter.exec.TableLayout;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.sql.ddl.SqlCreateIndex;
import org.sochdb.adapter.sql.ddl.SqlIndexColumn;
import org.sochdb.adapter.session.SearchIndexes;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.TransactionListener;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.KvEntry;

/** CREATE INDEX and DROP INDEX; a B-tree index is filled from the table's rows as it is created. */
final class IndexDdl {
  private IndexDdl() {}

  static void create(StorageTransaction tx, CatalogSnapshot c, SqlCreateIndex node, CalcitePrepare.Context ctx) {
    SochDatabase database = SochSessions.of(ctx).database();
    DdlNames.Qualified tq = DdlNames.of(node.getTable(), ctx);
    TableDef t = DdlNames.table(c, tq);
    String name = node.getName().names.get(node.getName().names.size() - 1);
    if (c.index(t.schema(), name).isPresent()) {
      if (node.isIfNotExists()) {
        return;
      }
      throw new SochSqlException("42P07", "index \"" + name + "\" already exists in schema \"" + t.schema() + "\"");
    }
    String method = node.getMethod() == null ? "BTREE" : node.getMethod().name();
    List<String> cols = new ArrayList<>();
    List<Boolean> desc = new ArrayList<>();
    for (SqlIndexColumn col : node.getColumns()) {
      cols.add(TableDdl.resolveColumns(t, List.of(col.getNameAsString())).get(0));
      desc.add(col.isDescending());
    }
    if ("BTREE".equals(method) == false) {
      if (node.isUnique()) {
        throw new SochSqlException("42000", "a " + method + " index cannot be UNIQUE");
      }
      if (desc.contains(true)) {
        throw new SochSqlException("42000", "a " + method + " index has no order; remove DESC");
      }
      createSearchIndex(tx, database, t, name, method, cols, node.getOptions());
      return;
    }
    if (node.getOptions().isEmpty() == false) {
      throw new SochSqlException("42000", "a B-tree index takes no WITH options; remove WITH ("
          + String.join(", ", node.getOptions().keySet()) + ")");
    }
    for (String col : cols) {
      if ("VECTOR".equals(t.column(col).orElseThrow().type())) {
        throw new SochSqlException("42000", "a B-tree index cannot hold VECTOR column \"" + col
            + "\"; use USING HNSW");
      }
    }
    build(tx, t, new IndexDef(Catalog.nextId(tx), t.schema(), name, t.name(), List.copyOf(cols), List.copyOf(desc),
        node.isUnique(), method, node.getOptions(), false));
  }

  /** An HNSW or full-text index: the module that provides the method checks it and fills it. */
  static void createSearchIndex(StorageTransaction tx, SochDatabase database, TableDef t, String name, String method,
      List<String> cols, Map<String, String> given) {
    IndexDef draft = new IndexDef(0, t.schema(), name, t.name(), List.copyOf(cols),
        cols.stream().map(c -> false).toList(), false, method, Map.of(), false);
    Map<String, String> options = SearchIndexes.method(draft).define(t, draft.columns(), given);
    IndexDef ix = new IndexDef(Catalog.nextId(tx), t.schema(), name, t.name(), draft.columns(), draft.descending(),
        false, method, Map.copyOf(options), false);
    Catalog.putIndex(tx, ix);
    int mark = tx.savepoint();
    tx.addListener(new TransactionListener() {
      @Override
      public void afterRollback(StorageTransaction t) {
        database.searchIndexes().dropped(ix.id());
      }

      @Override
      public void afterRollbackTo(StorageTransaction t, int savepoint) {
        if (savepoint < mark) {
          database.searchIndexes().dropped(ix.id());
        }
      }
    });
    database.searchIndexes().create(t, ix).build(tx);
  }

  /** Removes an index's definition; an HNSW or full-text structure goes once the drop commits. */
  static void dropDefinition(StorageTransaction tx, SochDatabase database, IndexDef ix) {
    Catalog.dropIndex(tx, ix);
    if ("BTREE".equals(ix.method()) == false) {
      tx.addListener(new TransactionListener() {
        @Override
        public void afterCommit(StorageTransaction t, long lsn) {
          database.searchIndexes().dropped(ix.id());
        }
      });
    }
  }

  /** Creates a B-tree index backing a UNIQUE or FOREIGN KEY constraint. */
  static void createBtree(StorageTransaction tx, TableDef t, String name, List<String> cols, boolean unique, boolean constraint) {
    List<Boolean> asc = cols.stream().map(c -> false).toList();
    build(tx, t, new IndexDef(Catalog.nextId(tx), t.schema(), name, t.name(), cols, asc, unique, "BTREE", Map.of(),
        constraint));
  }

  private static void build(StorageTransaction tx, TableDef t, IndexDef ix) {
    Catalog.putIndex(tx, ix);
    TableLayout layout = new TableLayout(t);
    TableLayout.IndexLayout il = layout.index(ix);
    List<KvEntry> rows = new ArrayList<>();
    try (KvCursor cur = tx.scan(layout.prefix, Bytes.prefixEnd(layout.prefix))) {
      cur.forEachRemaining(rows::add);
    }
    for (KvEntry kv : rows) {
      Object[] row = layout.decodeRow(kv.value());
      if (ix.unique() && TableLayout.anyNull(il, row) == false) {
        try (KvCursor dup = tx.scanPrefix(layout.indexValuePrefix(il, row))) {
          if (dup.hasNext()) {
            throw new SochSqlException("23505", "cannot create unique index \"" + ix.name() + "\": rows of table \""
                + t.name() + "\" share (" + String.join(", ", ix.columns()) + ")");
          }
        }
      }
      tx.put(layout.indexEntry(il, row, kv.key()), Bytes.EMPTY);
    }
  }

  static void drop(StorageTransaction tx, SochDatabase database, CatalogSnapshot c, DdlNames.Qualified q,
      boolean ifExists) {
    var ix = c.namespace(q.schema()).flatMap(ns -> c.index(ns.name(), q.name()));
    if (ix.isEmpty()) {
      if (ifExists) {
        return;
      }
      throw new SochSqlException("42704", "index \"" + q.name() + "\" does not exist in schema \"" + q.schema() + "\"");
    }
    if (ix.get().constraint()) {
      throw new SochSqlException("2BP01", "index \"" + q.name() + "\" enforces a UNIQUE or FOREIGN KEY constraint of "
          + "table \"" + ix.get().table() + "\"; it goes when the table does");
    }
    dropDefinition(tx, database, ix.get());
  }
}
