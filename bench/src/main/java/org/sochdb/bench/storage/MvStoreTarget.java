package org.sochdb.bench.storage;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.sochdb.storage.engine.UnsignedBytesType;
import org.h2.value.VersionedValue;

/**
 * H2 2.3.232's MVStore with its {@link TransactionStore}, one file, default builder settings
 * (auto-commit on: a background thread writes a chunk — without fsync — every 1000 ms or once
 * about 19 MB of changes are unsaved; page cache 16 MB; no compression).
 *
 * <p>Keys use {@link UnsignedBytesType}, values H2's {@link ByteArrayDataType}. Each
 * transaction binds the map once through {@link Transaction#openMapX} (what
 * {@code Transaction.openMap(name, ...)} resolves to, without the by-name lookup).
 * Reads use {@code TransactionMap.get}, H2's default read path (the transaction's default
 * isolation, READ_COMMITTED).
 *
 * <p>FULL: after {@code tx.commit()}, {@code store.commit()} (write the chunk now) and
 * {@code store.sync()} ({@code FileChannel.force(true)}), so each commit is on disk before the
 * call returns, as with SochDB's {@code sync_mode=full}. There is no group commit: each
 * committer forces the file itself.
 */
final class MvStoreTarget implements KvTarget {
  private static final String MAP = "data";

  private final String file;
  private final Engines.Mode mode;
  private MVStore store;
  private TransactionStore ts;
  private MVMap<byte[], VersionedValue<byte[]>> map;

  private MvStoreTarget(String file, Engines.Mode mode) {
    this.file = file;
    this.mode = mode;
    openFiles();
  }

  static MvStoreTarget open(Path dir, Engines.Mode mode) {
    return new MvStoreTarget(dir.resolve("data.mv.db").toString(), mode);
  }

  private void openFiles() {
    store = new MVStore.Builder().fileName(file).open();
    ts = new TransactionStore(store);
    ts.init();
    Transaction tx = ts.begin();
    TransactionMap<byte[], byte[]> m = tx.openMap(MAP, UnsignedBytesType.INSTANCE, ByteArrayDataType.INSTANCE);
    map = m.map;
    tx.commit();
  }

  @Override
  public void putBatch(Dataset data, int from, int to) {
    Transaction tx = ts.begin();
    TransactionMap<byte[], byte[]> m = tx.openMapX(map);
    for (int i = from; i < to; i++) {
      m.put(data.key(i), data.value(i));
    }
    tx.commit();
  }

  @Override
  public void flush() {
    store.commit();
    store.sync();
  }

  @Override
  public void reopen() {
    closeFiles();
    openFiles();
  }

  @Override
  public long pointReads(Dataset data) {
    long found = 0;
    long sink = 0;
    Transaction tx = ts.begin();
    TransactionMap<byte[], byte[]> m = tx.openMapX(map);
    for (int i : data.readOrder()) {
      byte[] v = m.get(data.key(i));
      if (v != null) {
        found++;
        sink += v[0];
      }
    }
    tx.commit();
    Blackhole.consume(sink);
    return found;
  }

  @Override
  public long fullScan() {
    return scan(null, null);
  }

  @Override
  public long rangeScan(byte[] first, byte[] last, byte[] endExclusive) {
    return scan(first, last);
  }

  /** Entries from {@code from} through {@code toInclusive}; a null bound is open. */
  private long scan(byte[] from, byte[] toInclusive) {
    long count = 0;
    long sink = 0;
    Transaction tx = ts.begin();
    TransactionMap<byte[], byte[]> m = tx.openMapX(map);
    Iterator<Map.Entry<byte[], byte[]>> it = m.entryIterator(from, toInclusive);
    while (it.hasNext()) {
      Map.Entry<byte[], byte[]> e = it.next();
      count++;
      sink += e.getKey()[0] + e.getValue().length;
    }
    tx.commit();
    Blackhole.consume(sink);
    return count;
  }

  @Override
  public void commitOne(byte[] key, byte[] value) {
    Transaction tx = ts.begin();
    tx.openMapX(map).put(key, value);
    tx.commit();
    if (mode == Engines.Mode.FULL) {
      store.commit();
      store.sync();
    }
  }

  @Override
  public String describe() {
    return "mvstore: version=" + store.getCurrentVersion() + ", cache used=" + store.getCacheSizeUsed()
        + " MB of " + store.getCacheSize() + " MB, file=" + store.getFileStore().size() / (1024 * 1024) + " MB";
  }

  private void closeFiles() {
    ts.close();
    store.close();
  }

  @Override
  public void close() {
    closeFiles();
  }
}
