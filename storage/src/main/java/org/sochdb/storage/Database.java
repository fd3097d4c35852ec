package org.sochdb.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sochdb.storage.engine.Engine;
import org.sochdb.storage.engine.EngineKind;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;
import org.sochdb.storage.lock.DatabaseLock;
import org.sochdb.storage.tx.TransactionManager;
import org.sochdb.storage.wal.WalReader;
import org.sochdb.storage.wal.WriteAheadLog;

/**
 * An open SochDB database: the directory's lock, the engine, the log and the transaction
 * manager, opened and closed together.
 *
 * <p>A file database is a directory holding {@code sochdb.lock}, the checkpointed base image
 * ({@code data.mvstore} on MVStore, {@code data.mapdb} on MapDB: {@link EngineKind}) and
 * {@code wal/} (our log of commits since the last checkpoint). The engine is chosen when the
 * database is created; afterwards the data file present decides it, whatever the options say.
 * Opening replays the log; closing checkpoints and releases the lock. Every failed open
 * releases what it took.
 */
public final class Database implements AutoCloseable {
  /** The on-disk format this build writes; a newer one is refused, not guessed at. */
  public static final long FORMAT_VERSION = 1;
  static final String WAL_DIR = "wal";

  private final StorageOptions options;
  private final DatabaseLock lock;
  private final EngineKind engineKind;
  private final Engine engine;
  private final WriteAheadLog wal;
  private final TransactionManager transactions;
  private final StatsCounters stats;
  private volatile boolean closed;

  private Database(StorageOptions options, DatabaseLock lock, EngineKind engineKind, Engine engine,
      WriteAheadLog wal, TransactionManager transactions, StatsCounters stats) {
    this.options = options;
    this.lock = lock;
    this.engineKind = engineKind;
    this.engine = engine;
    this.wal = wal;
    this.transactions = transactions;
    this.stats = stats;
  }

  /** Opens (or creates) the database the options describe. */
  public static Database open(StorageOptions options) {
    return options.isMemory() ? openMemory(options) : openFile(options);
  }

  private static Database openMemory(StorageOptions options) {
    StatsCounters stats = new StatsCounters();
    Engine engine = options.engine().openMemory();
    engine.setMeta("format_version", FORMAT_VERSION);
    TransactionManager tm = new TransactionManager(engine, null, SyncMode.OFF, stats, false, 0,
        options.cacheMb() * 1024L * 1024);
    tm.checkpointer().start(options.displayName());
    return new Database(options, null, options.engine(), engine, null, tm, stats);
  }

  private static Database openFile(StorageOptions options) {
    Path dir = options.path().toAbsolutePath().normalize();
    prepareDirectory(dir, options);
    DatabaseLock lock = DatabaseLock.acquire(dir, options.readOnly(), options.lockTimeoutMs());
    Engine engine = null;
    WriteAheadLog wal = null;
    try {
      EngineKind kind = engineOf(dir);
      if (kind == null && options.readOnly()) {
        throw new StorageException(ErrorKind.NOT_FOUND, "no SochDB database at " + dir
            + " to open read-only");
      }
      if (kind == null) {
        kind = options.engine();
      }
      engine = openEngine(kind, dir, options.readOnly());
      checkFormat(engine, dir, options.readOnly());
      StatsCounters stats = new StatsCounters();
      long checkpointLsn = engine.meta("checkpoint_lsn", 0);
      Path walDir = dir.resolve(WAL_DIR);
      long[] last = {checkpointLsn};
      // Replay into a manager without a log first; the log is opened for appending afterwards.
      java.util.List<org.sochdb.storage.wal.WalRecord> replayed = new java.util.ArrayList<>();
      WalReader.replay(walDir, options.readOnly() == false, rec -> {
        if (rec.lsn() > checkpointLsn) {
          replayed.add(rec);
          last[0] = rec.lsn();
        }
      });
      boolean logged = options.syncMode() != SyncMode.OFF && options.readOnly() == false;
      if (logged) {
        wal = new WriteAheadLog(walDir, options.walChannels(), last[0] + 1, options.syncMode() == SyncMode.NORMAL);
      }
      TransactionManager tm = new TransactionManager(engine, wal, options.syncMode(), stats, options.readOnly(),
          checkpointLsn, options.cacheMb() * 1024L * 1024);
      for (var rec : replayed) {
        tm.replay(rec);
      }
      Database db = new Database(options, lock, kind, engine, wal, tm, stats);
      if (options.readOnly() == false) {
        if (replayed.isEmpty() == false || logged == false) {
          // Fold the replayed log now: with sync_mode=off nothing else would carry it forward.
          tm.checkpointer().checkpoint();
        }
        tm.checkpointer().start(options.displayName());
      }
      return db;
    } catch (RuntimeException | IOException | Error e) {
      closeQuietly(wal);
      if (engine != null) {
        try {
          engine.close();
        } catch (RuntimeException ignored) {
          // reporting the open failure matters more
        }
      }
      lock.close();
      if (e instanceof StorageException se) {
        throw se;
      }
      throw new StorageException(ErrorKind.CORRUPT, "cannot open database " + dir + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + "; it is not a SochDB database or it is damaged", e);
    }
  }

  private static void prepareDirectory(Path dir, StorageOptions options) {
    if (Files.isRegularFile(dir)) {
      throw new StorageException(ErrorKind.CORRUPT, dir + " is a file, not a SochDB database directory");
    }
    if (Files.isDirectory(dir)) {
      return;
    }
    if (options.readOnly() || options.createIfMissing() == false) {
      throw new StorageException(ErrorKind.NOT_FOUND, "no SochDB database at " + dir
          + (options.readOnly() ? "" : "; set create_if_missing=true to create it"));
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StorageException(ErrorKind.IO, "cannot create database directory " + dir + ": " + e, e);
    }
  }

  /**
   * The engine whose data file {@code dir} holds, or null for a directory without one (a new
   * database). Two data files are refused: which one holds the data is not ours to guess.
   */
  private static EngineKind engineOf(Path dir) {
    EngineKind found = null;
    for (EngineKind kind : EngineKind.values()) {
      if (Files.exists(dir.resolve(kind.dataFile()))) {
        if (found != null) {
          throw new StorageException(ErrorKind.CORRUPT, dir + " holds two data files, " + found.dataFile()
              + " and " + kind.dataFile() + ", where a SochDB database has one; keep the one that holds "
              + "this database's data and move the other out of the directory");
        }
        found = kind;
      }
    }
    return found;
  }

  private static Engine openEngine(EngineKind kind, Path dir, boolean readOnly) {
    Path dataFile = dir.resolve(kind.dataFile());
    try {
      return kind.openFile(dataFile, readOnly);
    } catch (StorageException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      throw damaged(dataFile, e);
    }
  }

  private static StorageException damaged(Path dataFile, Throwable e) {
    return new StorageException(ErrorKind.CORRUPT, dataFile + " is not a SochDB data file or it is damaged ("
        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
  }

  private static void checkFormat(Engine engine, Path dir, boolean readOnly) {
    long version = engine.meta("format_version", -1);
    if (version == -1) {
      if (engine.size() > 0) {
        throw new StorageException(ErrorKind.CORRUPT, dir + " holds data without a SochDB format marker");
      }
      if (readOnly == false) {
        engine.setMeta("format_version", FORMAT_VERSION);
        engine.commit();
      }
    } else if (version > FORMAT_VERSION) {
      throw new StorageException(ErrorKind.FORMAT_VERSION, "database " + dir + " has format version "
          + version + ", newer than this build reads (" + FORMAT_VERSION + "); upgrade SochDB");
    }
  }

  /** Begins a read-write transaction. */
  public StorageTransaction begin() {
    return begin(false);
  }

  public StorageTransaction begin(boolean readOnly) {
    checkOpen();
    return transactions.begin(readOnly);
  }

  /** The LSN of the newest commit visible to transactions that begin now. */
  public long lastCommitLsn() {
    return transactions.publishedLsn();
  }

  /** Makes every commit so far durable in the engine and folds the log; returns the LSN. */
  public long checkpoint() {
    checkOpen();
    return transactions.checkpointer().checkpoint();
  }

  public StorageStats stats() {
    checkOpen();
    return new StorageStats(transactions.keyCount(), stats.bytesWritten.sum() + (wal == null ? 0 : wal.bytesWritten()),
        stats.bytesRead.sum(), stats.transactionsCommitted.sum(), stats.transactionsAborted.sum(),
        stats.cacheHits.sum(), stats.cacheMisses.sum(), transactions.publishedLsn(),
        transactions.checkpointer().lastCheckpointLsn(), transactions.activeTransactions(),
        transactions.checkpointer().backgroundFailure());
  }

  /** The engine the base image is on: for a file database, the one its files were made with. */
  public EngineKind engine() {
    return engineKind;
  }

  public StatsCounters counters() {
    return stats;
  }

  public StorageOptions options() {
    return options;
  }

  public boolean isReadOnly() {
    return options.readOnly();
  }

  public boolean isClosed() {
    return closed;
  }

  private void checkOpen() {
    if (closed) {
      throw new StorageException(ErrorKind.CLOSED, "database " + options.displayName() + " is closed");
    }
  }

  /**
   * Checkpoints, closes the engine and the log, and releases the lock. Idempotent. Throws
   * after all of that when something failed: the close's own checkpoint, or earlier a
   * background checkpoint or log sync (then the close's failure, if any, rides along as
   * suppressed).
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException failure = null;
    try {
      transactions.close();
      if (options.readOnly() == false) {
        transactions.checkpointer().checkpoint();
      }
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      closeQuietly(wal);
      try {
        engine.close();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
      if (lock != null) {
        lock.close();
      }
    }
    StorageException background = transactions.checkpointer().backgroundFailureAtClose();
    if (background != null) {
      if (failure != null) {
        background.addSuppressed(failure);
      }
      throw background;
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void closeQuietly(WriteAheadLog wal) {
    if (wal != null) {
      try {
        wal.close();
      } catch (IOException | RuntimeException ignored) {
        // closing after a failure: the first error is the one reported
      }
    }
  }
}
