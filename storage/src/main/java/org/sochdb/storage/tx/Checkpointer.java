package org.sochdb.storage.tx;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sochdb.storage.SyncMode;
import org.sochdb.storage.engine.Engine;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;
import org.sochdb.storage.wal.WriteAheadLog;

/**
 * Folds the version store into the engine and retires the log it covers.
 *
 * <p>A checkpoint at LSN {@code P}:
 * <ol>
 *   <li>Under the commit lock: read {@code P} (the published LSN) and start a new log
 *       segment, so older segments hold exactly the commits up to {@code P}.</li>
 *   <li>Fold versions up to {@code P} into the engine, pruning below the horizon
 *       ({@link VersionFlusher}).</li>
 *   <li>Record {@code checkpoint_lsn = P} and commit the engine: one atomic, durable step.</li>
 *   <li>Delete the older log segments: recovery would skip them anyway.</li>
 * </ol>
 * A background thread runs one when the version store outgrows its budget or the log its
 * segment size, and forces the log every {@value SyncMode#NORMAL_SYNC_INTERVAL_MS} ms in
 * {@link SyncMode#NORMAL}.
 */
public final class Checkpointer {
  static final long WAL_SEGMENT_LIMIT = 64L * 1024 * 1024;

  private final TransactionManager manager;
  private final Engine engine;
  private final WriteAheadLog wal;
  /** The version store's budget ({@code cache_mb}): outgrowing it starts a checkpoint. */
  private final long cacheBytes;
  private final Object checkpointLock = new Object();
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile long lastCheckpointLsn;
  private volatile Throwable backgroundFailure;
  private ScheduledExecutorService background;

  Checkpointer(TransactionManager manager, Engine engine, WriteAheadLog wal, long cacheBytes) {
    this.manager = manager;
    this.engine = engine;
    this.wal = wal;
    this.cacheBytes = cacheBytes;
    this.lastCheckpointLsn = engine.meta("checkpoint_lsn", 0);
  }

  /** Starts the background thread (not for read-only databases). */
  public void start(String name) {
    background = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sochdb-checkpoint-" + name);
      t.setDaemon(true);
      return t;
    });
    background.scheduleWithFixedDelay(this::checkpointIfNeeded, 500, 500, TimeUnit.MILLISECONDS);
    if (wal != null && manager.syncMode() == SyncMode.NORMAL) {
      background.scheduleWithFixedDelay(this::syncQuietly, SyncMode.NORMAL_SYNC_INTERVAL_MS,
          SyncMode.NORMAL_SYNC_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }
  }

  void commitHappened() {
    if (background != null && needed() && pending.compareAndSet(false, true)) {
      background.execute(this::checkpointIfNeeded);
    }
  }

  private boolean needed() {
    return manager.versionBytes() > cacheBytes
        || (wal != null && wal.currentSegmentBytes() > WAL_SEGMENT_LIMIT);
  }

  private void checkpointIfNeeded() {
    pending.set(false);
    try {
      if (needed()) {
        checkpoint();
      }
    } catch (Throwable t) {
      backgroundFailure = t;
    }
  }

  private void syncQuietly() {
    try {
      wal.sync();
    } catch (Throwable t) {
      backgroundFailure = t;
    }
  }

  /** Makes everything committed so far durable in the engine; returns that LSN. */
  public long checkpoint() {
    synchronized (checkpointLock) {
      if (manager.readOnlyDatabase()) {
        return manager.publishedLsn();
      }
      long[] p = new long[1];
      manager.underCommitLock(() -> {
        p[0] = manager.publishedLsn();
        if (wal != null) {
          try {
            wal.rotate(p[0] + 1);
          } catch (IOException e) {
            throw new StorageException(ErrorKind.IO, "checkpoint could not start a log segment: "
                + e.getMessage(), e);
          }
        }
      });
      long horizon = manager.snapshots.horizon();
      new VersionFlusher(manager.view).flush(p[0], horizon);
      engine.setMeta("checkpoint_lsn", p[0]);
      engine.commit();
      if (wal != null) {
        try {
          wal.retireOldSegments();
        } catch (IOException e) {
          throw new StorageException(ErrorKind.IO, "checkpoint could not delete old log segments: "
              + e.getMessage(), e);
        }
      }
      lastCheckpointLsn = p[0];
      return p[0];
    }
  }

  public long lastCheckpointLsn() {
    return lastCheckpointLsn;
  }

  /** The last error of the background thread, or null: reported by stats and at close. */
  public Throwable backgroundFailure() {
    return backgroundFailure;
  }

  void stop() {
    if (background != null) {
      background.shutdown();
      try {
        background.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
