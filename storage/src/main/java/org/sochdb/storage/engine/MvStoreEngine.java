package org.sochdb.storage.engine;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/**
 * The {@link Engine} on H2's MVStore (the store alone, without H2's SQL engine or its
 * TransactionStore): one {@code MVMap<byte[], byte[]>} for data, one {@code MVMap<String,
 * Long>} for markers, auto-commit off so that only {@link #commit} writes a version.
 *
 * <p>Why MVStore: it is copy-on-write. A commit appends a chunk and then points the file
 * header at it, so a process killed at any moment leaves the previous commit whole; MapDB
 * 3.1's StoreWAL does not (docs/STORAGE.md). Its maps are also read concurrently while one
 * thread writes, which is the contract here.
 *
 * <p>Persisted maps:
 * <ul>
 *   <li>{@code data}: key = user key bytes ({@link UnsignedBytesType}), value = latest
 *       checkpointed value. Written only by checkpoints.</li>
 *   <li>{@code meta}: key = marker name ({@code format_version}, {@code checkpoint_lsn}),
 *       value = long. Committed with the data it describes.</li>
 * </ul>
 */
public final class MvStoreEngine implements Engine {
  static final String DATA = "data";
  static final String META = "meta";
  /** Below this share of live bytes in old chunks, a checkpoint also rewrites some of them. */
  private static final int TARGET_FILL_RATE = 50;
  private static final int COMPACT_WRITE_BYTES = 16 * 1024 * 1024;

  private final MVStore store;
  private final MVMap<byte[], byte[]> data;
  private final MVMap<String, Long> meta;
  private final boolean persistent;

  private MvStoreEngine(MVStore store, boolean persistent) {
    this.store = store;
    this.persistent = persistent;
    this.data = store.openMap(DATA, new MVMap.Builder<byte[], byte[]>()
        .keyType(UnsignedBytesType.INSTANCE).valueType(ByteArrayDataType.INSTANCE));
    this.meta = store.openMap(META, new MVMap.Builder<String, Long>()
        .keyType(StringDataType.INSTANCE).valueType(LongDataType.INSTANCE));
  }

  /**
   * Opens or creates the store file. A file that holds maps other than ours is refused rather
   * than written to: it belongs to someone else (an H2 database, say).
   */
  public static MvStoreEngine openFile(Path file, boolean readOnly) {
    MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled();
    if (readOnly) {
      builder.readOnly();
    }
    MVStore store = builder.open();
    try {
      Set<String> foreign = new java.util.TreeSet<>(store.getMapNames());
      foreign.removeAll(List.of(DATA, META));
      if (foreign.isEmpty() == false) {
        throw new StorageException(ErrorKind.CORRUPT, file + " is an MVStore file of another program (maps "
            + foreign + "), not a SochDB data file");
      }
      if (readOnly && store.hasMap(DATA) == false) {
        throw new StorageException(ErrorKind.CORRUPT, file + " holds no SochDB data map");
      }
      return new MvStoreEngine(store, true);
    } catch (RuntimeException e) {
      store.closeImmediately();
      throw e;
    }
  }

  public static MvStoreEngine openMemory() {
    return new MvStoreEngine(new MVStore.Builder().autoCommitDisabled().open(), false);
  }

  @Override
  public byte[] get(byte[] key) {
    return data.get(key);
  }

  @Override
  public Iterator<KvEntry> range(byte[] from, byte[] to) {
    if (from != null && to != null && Bytes.compare(from, to) >= 0) {
      return Collections.emptyIterator();
    }
    // The cursor walks one root: a consistent snapshot even while a checkpoint applies.
    Cursor<byte[], byte[]> cursor = data.cursor(from);
    return new Iterator<>() {
      private byte[] nextKey = advance();

      private byte[] advance() {
        if (cursor.hasNext() == false) {
          return null;
        }
        byte[] k = cursor.next();
        return to == null || Bytes.compare(k, to) < 0 ? k : null;
      }

      @Override
      public boolean hasNext() {
        return nextKey != null;
      }

      @Override
      public KvEntry next() {
        if (nextKey == null) {
          throw new NoSuchElementException();
        }
        KvEntry kv = new KvEntry(nextKey, cursor.getValue());
        nextKey = advance();
        return kv;
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

  /**
   * Writes one new version and forces it to disk. Compaction rides along: with auto-commit
   * off MVStore has no background housekeeping, so old chunks that are mostly dead get
   * their live pages rewritten into the next version here.
   */
  @Override
  public void commit() {
    if (persistent == false) {
      return;
    }
    try {
      store.commit();
      FileStore<?> file = store.getFileStore();
      if (file.getChunksFillRate() < TARGET_FILL_RATE && store.compact(TARGET_FILL_RATE, COMPACT_WRITE_BYTES)) {
        store.commit();
      }
      store.sync();
    } catch (RuntimeException e) {
      throw new StorageException(ErrorKind.IO, "checkpoint failed: " + e.getMessage(), e);
    }
  }

  @Override
  public long size() {
    return data.sizeAsLong();
  }

  @Override
  public boolean isPersistent() {
    return persistent;
  }

  /**
   * Closing forgets what was applied since the last {@link #commit} (MVStore would otherwise
   * store it: the contract is that only commits persist). It does not move chunks to shrink the
   * file: MVStore 2.3.232's chunk move at close can place a chunk across the boundary it moves
   * chunks below (its own assertion catches it; {@code RandomOpsModelTest} has a seed that does
   * it), and loss of data after such compactions has been reported against that version. Space
   * of dead chunks is reused by later checkpoints instead.
   */
  @Override
  public void close() {
    if (store.isClosed()) {
      return;
    }
    if (persistent && store.getFileStore().isReadOnly() == false) {
      if (store.hasUnsavedChanges()) {
        store.rollback();
      }
      store.close(0);
    } else {
      store.close();
    }
  }
}
