package org.sochdb.adapter.session;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sochdb.adapter.error.StorageErrors;
import org.sochdb.adapter.kv.KvTables;
import org.sochdb.storage.Database;
import org.sochdb.storage.StorageOptions;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.error.StorageException;

/**
 * One open database shared by every connection of this JVM that names it: the storage
 * {@link Database}, the committed catalog cache and the plan cache. Opened on the first
 * connection, closed when the last one closes.
 */
public final class SochDatabase {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SochDatabase.class);
  private static final ConcurrentHashMap<String, SochDatabase> OPEN = new ConcurrentHashMap<>();

  private final String key;
  private final Database storage;
  private final AtomicInteger connections = new AtomicInteger();
  private final PlanCache planCache = new PlanCache(1000);
  private final SearchIndexes searchIndexes = new SearchIndexes(this);
  private final AtomicLong generation = new AtomicLong();
  private volatile CatalogSnapshot committedCatalog;

  private SochDatabase(String key, Database storage) {
    this.key = key;
    this.storage = storage;
  }

  /**
   * Opens the database the options describe, or joins the instance already open in this JVM.
   * Options of a joining connection that differ from the first opener's are ignored, as
   * H2 does with an open database.
   */
  public static SochDatabase acquire(StorageOptions options) {
    String key = options.isMemory() ? "mem:" + options.memoryName()
        : options.path().toAbsolutePath().normalize().toString();
    synchronized (OPEN) {
      SochDatabase db = OPEN.get(key);
      if (db == null) {
        try {
          db = new SochDatabase(key, Database.open(options));
        } catch (StorageException e) {
          throw StorageErrors.toSql(e);
        }
        db.ensureDefaultNamespace();
        OPEN.put(key, db);
        LOG.debug("opened database {}", key);
      }
      db.connections.incrementAndGet();
      return db;
    }
  }

  /** The namespace unqualified names live in. */
  public static final String DEFAULT_NAMESPACE = "PUBLIC";

  private void ensureDefaultNamespace() {
    if (storage.isReadOnly()) {
      return;
    }
    try (StorageTransaction tx = storage.begin()) {
      if (Catalog.snapshot(tx).namespace(DEFAULT_NAMESPACE).isEmpty()) {
        Catalog.putNamespace(tx, new org.sochdb.storage.catalog.NamespaceDef(DEFAULT_NAMESPACE, DEFAULT_NAMESPACE,
            java.util.Map.of(), System.currentTimeMillis()));
        tx.commit();
      }
    }
  }

  /** Drops one connection's hold; the last one closes the database (a memory database is gone). */
  public void release() {
    synchronized (OPEN) {
      if (connections.decrementAndGet() == 0) {
        OPEN.remove(key);
        try {
          searchIndexes.closeAll();
        } finally {
          storage.close();
        }
        LOG.debug("closed database {}", key);
      }
    }
  }

  public Database storage() {
    return storage;
  }

  /** The live structures of this database's HNSW and full-text indexes. */
  public SearchIndexes searchIndexes() {
    return searchIndexes;
  }

  public PlanCache planCache() {
    return planCache;
  }

  /**
   * The catalog as {@code tx} sees it. Committed versions are shared; a transaction with its
   * own uncommitted DDL reads its private view each time.
   */
  public CatalogSnapshot catalog(StorageTransaction tx, boolean ownDdl) {
    if (ownDdl) {
      return Catalog.snapshot(tx);
    }
    long version = Catalog.version(tx);
    CatalogSnapshot c = committedCatalog;
    if (c != null && c.version() == version) {
      return c;
    }
    c = Catalog.snapshot(tx);
    if (committedCatalog == null || committedCatalog.version() < c.version()) {
      committedCatalog = c;
    }
    return c;
  }

  /** Row estimates by table id; a namespace's kv table (which has no id of its own) by its name. */
  private final ConcurrentHashMap<Object, AtomicLong> rowCounts = new ConcurrentHashMap<>();
  private static final long ROW_COUNT_CAP = 1_000_000;

  /**
   * The planner's row-count estimate for a table: counted (up to a million) on first use,
   * then kept up to date, approximately, by the writers.
   */
  public long estimatedRows(org.sochdb.storage.catalog.TableDef table) {
    return rowCounts.computeIfAbsent(rowCountKey(table), id -> {
      long n = 0;
      try (StorageTransaction t = storage.begin(true);
          org.sochdb.storage.KvCursor c = t.scanPrefix(KvTables.rowKeyPrefix(table))) {
        while (n < ROW_COUNT_CAP && c.hasNext()) {
          c.next();
          n++;
        }
      }
      return new AtomicLong(n);
    }).get();
  }

  private static Object rowCountKey(org.sochdb.storage.catalog.TableDef table) {
    return KvTables.isKv(table) ? KvTables.NAME + ":" + table.schema() : (Object) table.id();
  }

  /** Adjusts a table's row estimate by a statement's net inserts. */
  public void rowsChanged(org.sochdb.storage.catalog.TableDef table, long delta) {
    AtomicLong n = rowCounts.get(rowCountKey(table));
    if (n != null) {
      n.accumulateAndGet(delta, (a, b) -> Math.max(0, a + b));
    }
  }

  /** Bumped after every committed DDL: part of every plan-cache key. */
  public long generation() {
    return generation.get();
  }

  void ddlCommitted() {
    generation.incrementAndGet();
    planCache.clear();
  }

  public String key() {
    return key;
  }
}
