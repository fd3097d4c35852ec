package org.sochdb.adapter.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.exec.TableLayout;
import org.sochdb.adapter.spi.IndexMethod;
import org.sochdb.adapter.spi.SearchIndex;
import org.sochdb.adapter.spi.SochFunctions;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.engine.KvEntry;

/**
 * The live {@link SearchIndex} structures of one open database, by index id: opened on first
 * use, closed with the database, dropped once a drop of their index commits.
 */
public final class SearchIndexes {
  private final SochDatabase database;
  private final ConcurrentHashMap<Integer, Slot> slots = new ConcurrentHashMap<>();

  /** Opening reads files and may scan the table: one opener per index, others wait for it. */
  private static final class Slot {
    SearchIndex index;
  }

  SearchIndexes(SochDatabase database) {
    this.database = database;
  }

  /** The structure of {@code index} (of {@code table}), opened if this is its first use. */
  public SearchIndex of(TableDef table, IndexDef index) {
    return slot(table, index, false);
  }

  /** The empty structure of an index being created, for its creator to {@link SearchIndex#build}. */
  public SearchIndex create(TableDef table, IndexDef index) {
    return slot(table, index, true);
  }

  private SearchIndex slot(TableDef table, IndexDef index, boolean isNew) {
    Slot slot = slots.computeIfAbsent(index.id(), id -> new Slot());
    synchronized (slot) {
      if (slot.index == null) {
        slot.index = method(index).open(new OpenContext(table, index, isNew));
      }
      return slot.index;
    }
  }

  /** The method that makes {@code index}, or a clear error when no module provides it. */
  public static IndexMethod method(IndexDef index) {
    return SochFunctions.indexMethod(index.method()).orElseThrow(() -> new SochSqlException("0A000",
        "index \"" + index.name() + "\" uses " + index.method() + ", which no module on the class path provides; "
            + "add the SochDB module that implements " + index.method() + " indexes"));
  }

  /** The drop of index {@code id} committed. */
  public void dropped(int id) {
    Slot slot = slots.remove(id);
    if (slot != null) {
      synchronized (slot) {
        if (slot.index != null) {
          slot.index.drop();
        }
      }
    }
  }

  /** Closes every open structure; the first failure is thrown after all were tried. */
  void closeAll() {
    RuntimeException first = null;
    List<Slot> all = new ArrayList<>(slots.values());
    slots.clear();
    for (Slot slot : all) {
      synchronized (slot) {
        try {
          if (slot.index != null) {
            slot.index.close();
          }
        } catch (RuntimeException e) {
          first = first == null ? e : first;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private final class OpenContext implements SearchIndex.Context {
    private final TableDef table;
    private final IndexDef index;
    private final boolean isNew;

    OpenContext(TableDef table, IndexDef index, boolean isNew) {
      this.table = table;
      this.index = index;
      this.isNew = isNew;
    }

    @Override
    public boolean isNew() {
      return isNew;
    }

    @Override
    public SochDatabase database() {
      return database;
    }

    @Override
    public IndexDef index() {
      return index;
    }

    @Override
    public TableDef table() {
      return table;
    }

    @Override
    public Path file(String suffix) {
      var options = database.storage().options();
      return options.isMemory() ? null : options.path().resolve("index-" + index.id() + suffix);
    }

    @Override
    public TableDef table(StorageTransaction tx) {
      return database.catalog(tx, true).table(table.schema(), table.name()).orElse(table);
    }

    @Override
    public void scanRows(StorageTransaction tx, BiConsumer<byte[], Object[]> row) {
      TableLayout layout = new TableLayout(table(tx));
      try (KvCursor c = tx.scanPrefix(layout.prefix)) {
        while (c.hasNext()) {
          KvEntry kv = c.next();
          row.accept(kv.key(), layout.decodeRow(kv.value()));
        }
      }
    }
  }
}
