package org.sochdb.storage.engine;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentNavigableMap;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/**
 * The {@link Engine} on MapDB 3.1: one {@code BTreeMap<byte[], byte[]>} for data and one
 * {@code BTreeMap<String, Long>} for markers, in a file store with MapDB's write-ahead log
 * enabled. MapDB's transaction is global to the file, so it serves only as the atomic,
 * durable checkpoint; isolation lives in {@code storage.tx}.
 *
 * <p>Persisted maps:
 * <ul>
 *   <li>{@code data}: key = user key bytes (unsigned order), value = latest checkpointed
 *       value. Written only by checkpoints.</li>
 *   <li>{@code meta}: key = marker name ({@code format_version}, {@code checkpoint_lsn}),
 *       value = long. Written in the same MapDB commit as the data it describes.</li>
 * </ul>
 */
public final class MapDbEngine implements Engine {
  private final DB db;
  private final BTreeMap<byte[], byte[]> data;
  private final BTreeMap<String, Long> meta;
  private final boolean persistent;

  private MapDbEngine(DB db, boolean persistent, boolean readOnly) {
    this.db = db;
    this.persistent = persistent;
    DB.TreeMapMaker<byte[], byte[]> dataMaker =
        db.treeMap("data", Serializer.BYTE_ARRAY, Serializer.BYTE_ARRAY).counterEnable();
    DB.TreeMapMaker<String, Long> metaMaker = db.treeMap("meta", Serializer.STRING, Serializer.LONG);
    if (readOnly) {
      this.data = dataMaker.open();
      this.meta = metaMaker.open();
    } else {
      this.data = dataMaker.createOrOpen();
      this.meta = metaMaker.createOrOpen();
    }
  }

  /** Opens or creates the store file; MapDB's own file lock is off because it is unreliable
   * within one JVM (see {@code DatabaseLock}). */
  public static MapDbEngine openFile(Path file, boolean readOnly) {
    DBMaker.Maker maker = DBMaker.fileDB(file.toFile())
        .fileMmapEnableIfSupported()
        .fileLockDisable()
        .transactionEnable();
    if (readOnly) {
      maker = maker.readOnly();
    }
    return new MapDbEngine(maker.make(), true, readOnly);
  }

  public static MapDbEngine openMemory() {
    return new MapDbEngine(DBMaker.heapDB().make(), false, false);
  }

  @Override
  public byte[] get(byte[] key) {
    return data.get(key);
  }

  @Override
  public Iterator<KvEntry> range(byte[] from, byte[] to) {
    ConcurrentNavigableMap<byte[], byte[]> view;
    if (from == null && to == null) {
      view = data;
    } else if (from == null) {
      view = data.headMap(to, false);
    } else if (to == null) {
      view = data.tailMap(from, true);
    } else if (Bytes.compare(from, to) >= 0) {
      return java.util.Collections.emptyIterator();
    } else {
      view = data.subMap(from, true, to, false);
    }
    Iterator<Map.Entry<byte[], byte[]>> it = view.entrySet().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public KvEntry next() {
        if (it.hasNext() == false) {
          throw new NoSuchElementException();
        }
        Map.Entry<byte[], byte[]> e = it.next();
        return new KvEntry(e.getKey(), e.getValue());
      }
    };
  }

  @Override
  public long apply(List<KvEntry> batch) {
    return MapWrites.apply(data, batch);
  }

  @Override
  public long meta(String name, long missing) {
    return MapWrites.meta(meta, name, missing);
  }

  @Override
  public void setMeta(String name, long value) {
    meta.put(name, value);
  }

  @Override
  public void commit() {
    if (persistent) {
      try {
        db.commit();
      } catch (RuntimeException e) {
        throw new StorageException(ErrorKind.IO, "checkpoint failed: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public long size() {
    return data.sizeLong();
  }

  @Override
  public boolean isPersistent() {
    return persistent;
  }

  @Override
  public void close() {
    if (db.isClosed() == false) {
      db.close();
    }
  }
}
