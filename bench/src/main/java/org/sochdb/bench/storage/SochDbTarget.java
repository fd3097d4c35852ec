package org.sochdb.bench.storage;

import java.nio.file.Path;
import org.sochdb.storage.Database;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageOptions;
import org.sochdb.storage.StatsCounters;
import org.sochdb.storage.SyncMode;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.engine.EngineKind;
import org.sochdb.storage.engine.KvEntry;

/**
 * SochDB's storage engine through its public API only ({@link Database}, {@link StorageTransaction}),
 * its base image on the given {@link EngineKind}.
 *
 * <p>BULK: {@code sync_mode=normal} (each commit's log record goes to a memory buffer that a
 * background thread writes and fdatasyncs every 100 ms). FULL: {@code sync_mode=full} (a commit
 * returns after its log record is forced; concurrent committers share one force). MEMTABLE:
 * an in-memory database ({@link StorageOptions#memory}: the same transaction manager and version
 * store, the engine's heap store as base image, no log) with a 4 GB version-store budget, so
 * nothing is checkpointed and every read is served by the version store; closing it is quick.
 */
final class SochDbTarget implements KvTarget {
  private final StorageOptions options;
  private Database db;

  private SochDbTarget(StorageOptions options) {
    this.options = options;
    this.db = Database.open(options);
  }

  static SochDbTarget open(Path dir, Engines.Mode mode, EngineKind engine) {
    StorageOptions o = StorageOptions.file(dir);
    o = switch (mode) {
      case BULK -> o.withSyncMode(SyncMode.NORMAL);
      case FULL -> o.withSyncMode(SyncMode.FULL);
      case MEMTABLE -> StorageOptions.memory(dir.getFileName().toString()).withCacheMb(4096);
    };
    return new SochDbTarget(o.withEngine(engine));
  }

  @Override
  public void putBatch(Dataset data, int from, int to) {
    try (StorageTransaction tx = db.begin()) {
      for (int i = from; i < to; i++) {
        tx.put(data.key(i), data.value(i));
      }
      tx.commit();
    }
  }

  @Override
  public void flush() {
    db.checkpoint();
  }

  @Override
  public void reopen() {
    db.close();
    db = Database.open(options);
  }

  @Override
  public long pointReads(Dataset data) {
    long found = 0;
    long sink = 0;
    try (StorageTransaction tx = db.begin(true)) {
      for (int i : data.readOrder()) {
        byte[] v = tx.get(data.key(i));
        if (v != null) {
          found++;
          sink += v[0];
        }
      }
      tx.commit();
    }
    Blackhole.consume(sink);
    return found;
  }

  @Override
  public long fullScan() {
    return scan(null, null);
  }

  @Override
  public long rangeScan(byte[] first, byte[] last, byte[] endExclusive) {
    return scan(first, endExclusive);
  }

  private long scan(byte[] from, byte[] to) {
    long count = 0;
    long sink = 0;
    try (StorageTransaction tx = db.begin(true); KvCursor c = tx.scan(from, to)) {
      while (c.hasNext()) {
        KvEntry kv = c.next();
        count++;
        sink += kv.key()[0] + kv.value().length;
      }
    }
    Blackhole.consume(sink);
    return count;
  }

  @Override
  public void commitOne(byte[] key, byte[] value) {
    try (StorageTransaction tx = db.begin()) {
      tx.put(key, value);
      tx.commit();
    }
  }

  @Override
  public String describe() {
    StatsCounters c = db.counters();
    return "sochdb on " + db.engine().text() + " " + (options.isMemory() ? "in-memory" : "sync_mode=" + options.syncMode().text())
        + ": reads from version store="
        + c.cacheHits.sum() + ", from base image=" + c.cacheMisses.sum()
        + ", commits=" + c.transactionsCommitted.sum();
  }

  @Override
  public void close() {
    db.close();
  }
}
