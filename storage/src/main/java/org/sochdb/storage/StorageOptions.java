package org.sochdb.storage;

import java.nio.file.Path;
import org.sochdb.storage.engine.EngineKind;
import org.sochdb.storage.wal.WalChannelFactory;

/**
 * How to open a database. A null {@link #path} with a {@link #memoryName} opens an in-memory
 * database (same code path, heap store, no log).
 *
 * @param cacheMb the version store's budget before a checkpoint folds it into the engine
 * @param engine the engine a new database is created on; an existing one keeps the engine of
 *     its files, whatever this says
 */
public record StorageOptions(
    Path path,
    String memoryName,
    SyncMode syncMode,
    boolean createIfMissing,
    boolean readOnly,
    long lockTimeoutMs,
    int cacheMb,
    EngineKind engine,
    WalChannelFactory walChannels) {

  public static final int DEFAULT_CACHE_MB = 64;

  public static StorageOptions file(Path path) {
    return new StorageOptions(path, null, SyncMode.FULL, true, false, 0, DEFAULT_CACHE_MB, EngineKind.MVSTORE,
        WalChannelFactory.DEFAULT);
  }

  public static StorageOptions memory(String name) {
    return new StorageOptions(null, name, SyncMode.OFF, true, false, 0, DEFAULT_CACHE_MB, EngineKind.MVSTORE,
        WalChannelFactory.DEFAULT);
  }

  public boolean isMemory() {
    return path == null;
  }

  public StorageOptions withSyncMode(SyncMode m) {
    return new StorageOptions(path, memoryName, m, createIfMissing, readOnly, lockTimeoutMs, cacheMb, engine,
        walChannels);
  }

  public StorageOptions withCreateIfMissing(boolean b) {
    return new StorageOptions(path, memoryName, syncMode, b, readOnly, lockTimeoutMs, cacheMb, engine, walChannels);
  }

  public StorageOptions withReadOnly(boolean b) {
    return new StorageOptions(path, memoryName, syncMode, createIfMissing, b, lockTimeoutMs, cacheMb, engine,
        walChannels);
  }

  public StorageOptions withLockTimeoutMs(long ms) {
    return new StorageOptions(path, memoryName, syncMode, createIfMissing, readOnly, ms, cacheMb, engine,
        walChannels);
  }

  public StorageOptions withCacheMb(int mb) {
    return new StorageOptions(path, memoryName, syncMode, createIfMissing, readOnly, lockTimeoutMs, mb, engine,
        walChannels);
  }

  public StorageOptions withEngine(EngineKind e) {
    return new StorageOptions(path, memoryName, syncMode, createIfMissing, readOnly, lockTimeoutMs, cacheMb, e,
        walChannels);
  }

  public StorageOptions withWalChannels(WalChannelFactory f) {
    return new StorageOptions(path, memoryName, syncMode, createIfMissing, readOnly, lockTimeoutMs, cacheMb, engine,
        f);
  }

  /** A name for messages and thread names. */
  public String displayName() {
    return isMemory() ? "mem:" + memoryName : path.toString();
  }
}
