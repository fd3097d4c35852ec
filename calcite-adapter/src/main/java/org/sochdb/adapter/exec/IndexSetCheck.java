package org.sochdb.adapter.exec;

import java.util.Set;
import java.util.stream.Collectors;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.TransactionListener;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.TableDef;

/**
 * Refuses the commit of a transaction that wrote rows of a table on which another transaction
 * created an index meanwhile: that index was filled from the rows its creator saw, without
 * these, and the writes did not maintain it. The writer retries (40001) and then maintains the
 * index like any other.
 */
final class IndexSetCheck implements TransactionListener {
  private final SochDatabase database;
  private final TableDef table;
  private final Set<Integer> known;

  private IndexSetCheck(SochDatabase database, TableDef table, CatalogSnapshot catalog) {
    this.database = database;
    this.table = table;
    this.known = ids(catalog, table);
  }

  /** Follows {@code tx}'s writes to {@code table}, once per transaction and table. */
  static void follow(SochDatabase database, StorageTransaction tx, TableDef table, CatalogSnapshot catalog) {
    tx.attachment(new Key(table.id()), () -> {
      IndexSetCheck check = new IndexSetCheck(database, table, catalog);
      tx.addListener(check);
      return check;
    });
  }

  private record Key(int tableId) {}

  private static Set<Integer> ids(CatalogSnapshot catalog, TableDef table) {
    return catalog.indexesOf(table).stream().map(ix -> ix.id()).collect(Collectors.toSet());
  }

  @Override
  public void beforeCommit(StorageTransaction tx) {
    if (database.storage().lastCommitLsn() == tx.snapshotLsn()) {
      return; // nothing committed since this transaction began: no index can have appeared
    }
    CatalogSnapshot latest;
    try (StorageTransaction now = database.storage().begin(true)) {
      latest = database.catalog(now, false);
    }
    if (latest.table(table.schema(), table.name()).filter(t -> t.id() == table.id()).isEmpty()) {
      return; // dropped meanwhile: the commit conflicts on its rows or writes nothing that lasts
    }
    for (int id : ids(latest, table)) {
      if (known.contains(id) == false) {
        throw new SochSqlException("40001", "could not serialize access: an index was created on table \""
            + table.name() + "\" while this transaction wrote to it; retry the transaction");
      }
    }
  }
}
