package org.sochdb.storage.tx;

import org.sochdb.storage.SyncMode;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/**
 * The first background checkpoint or log sync that failed, and what it tells the user.
 *
 * <p>The database refuses commits from then on, as the log does after a failed fsync: after a
 * failed sync the kernel may have dropped the log's dirty pages, and after a failed checkpoint
 * the engine may have closed its file (MVStore does on a failed write), so commits that kept
 * returning would pile up in memory with nothing to make them durable. What was committed
 * before is safe in the log, and reopening replays it.
 *
 * @param task what failed: {@link #CHECKPOINT} or {@link #LOG_SYNC}
 * @param logged whether the database has a log to recover from ({@code sync_mode} full or normal)
 */
record BackgroundFailure(String task, Throwable cause, boolean logged) {
  static final String CHECKPOINT = "checkpoint";
  static final String LOG_SYNC = "log sync";

  /** One line for {@code stats()}: what failed and why. */
  String summary() {
    return "background " + task + " failed: " + reason();
  }

  /** The error of every commit after the failure. */
  StorageException refusingCommit() {
    return new StorageException(ErrorKind.IO, "cannot commit: a background " + task + " failed (" + reason()
        + "), and the database refuses commits from then on; " + recovery(), cause);
  }

  /** What {@code close()} reports once everything is closed. */
  StorageException atClose() {
    return new StorageException(ErrorKind.IO, "the database is closed, but a background " + task
        + " had failed (" + reason() + ") and commits were refused after it; " + recovery(), cause);
  }

  private String recovery() {
    if (logged == false) {
      return "sync_mode=off keeps no log: close retries the checkpoint, and commits since the last good one are "
          + "lost if that fails too";
    }
    if (task.equals(LOG_SYNC)) {
      return "reopen the database to recover: commits up to the last good sync are in the log and are replayed, "
          + "those of the last " + SyncMode.NORMAL_SYNC_INTERVAL_MS + " ms before the failure may be lost, as "
          + "sync_mode=normal allows";
    }
    return "reopen the database to recover: every commit that returned before the failure is in the log and "
        + "is replayed";
  }

  /** The innermost cause's message: the operating system's words (a full disk, say), not our wrapping. */
  private String reason() {
    Throwable t = cause;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
