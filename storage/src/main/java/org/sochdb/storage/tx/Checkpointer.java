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
 * segment size. In {@link SyncMode#NORMAL} a second one writes and forces the log's buffer
 * {@value SyncMode#NORMAL_SYNC_INTERVAL_MS} ms after the previous force ended: a thread of its
 * own, so that a long checkpoint does not widen the window of commits a crash can lose. The
 * first of these background tasks to fail is kept: from then on every commit fails with it,
 * {@code stats()} shows it and {@code close()} reports it ({@link BackgroundFailure}).
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
  /** Set once, by the first background task that fails; commits are refused from then on. */
  private volatile BackgroundFailure backgroundFailure;
  private ScheduledExecutorService background;
  private ScheduledExecutorService logSyncer;

  Checkpointer(TransactionManager manager, Engine engine, WriteAheadLog wal, long cacheBytes) {
    this.manager = manager;
    this.engine = engine;
    this.wal = wal;
    this.cacheBytes = cacheBytes;
    this.lastCheckpointLsn = engine.meta("checkpoint_lsn", 0);
  }

  /** Starts the background threads (not for read-only databases). */
  public void start(String name) {
    background = daemonExecutor("sochdb-checkpoint-" + name);
    background.scheduleWithFixedDelay(this::checkpointIfNeeded, 500, 500, TimeUnit.MILLISECONDS);
    if (wal != null && manager.syncMode() == SyncMode.NORMAL) {
      logSyncer = daemonExecutor("sochdb-log-sync-" + name);
      logSyncer.scheduleWithFixedDelay(this::syncQuietly, SyncMode.NORMAL_SYNC_INTERVAL_MS,
          SyncMode.NORMAL_SYNC_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }
  }

  private static ScheduledExecutorService daemonExecutor(String name) {
    return Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
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

  /** Does nothing after a failure: a broken engine would only fail again, every 500 ms. */
  private void checkpointIfNeeded() {
    pending.set(false);
    try {
      if (backgroundFailure == null && needed()) {
        checkpoint();
      }
    } catch (Throwable t) {
      recordFailure(BackgroundFailure.CHECKPOINT, t);
    }
  }

  /** Goes on after a failed checkpoint: it still carries the commits before it to the log. */
  private void syncQuietly() {
    try {
      wal.sync();
    } catch (Throwable t) {
      recordFailure(BackgroundFailure.LOG_SYNC, t);
    }
  }

  private synchronized void recordFailure(String task, Throwable t) {
    if (backgroundFailure == null) {
      backgroundFailure = new BackgroundFailure(task, t, wal != null);
    }
  }

  /** Throws the commit's error once a background task has failed; called under the commit lock. */
  void refuseCommitsAfterFailure() {
    BackgroundFailure f = backgroundFailure;
    if (f != null) {
      throw f.refusingCommit();
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

  /** What the first failed background task said, or null: for {@code stats()}. */
  public String backgroundFailure() {
    BackgroundFailure f = backgroundFailure;
    return f == null ? null : f.summary();
  }

  /** The error {@code close()} reports for a background failure, or null when there was none. */
  public StorageException backgroundFailureAtClose() {
    BackgroundFailure f = backgroundFailure;
    return f == null ? null : f.atClose();
  }

  void stop() {
    for (ScheduledExecutorService thread : new ScheduledExecutorService[] {background, logSyncer}) {
      if (thread != null) {
        thread.shutdown();
        try {
          thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
