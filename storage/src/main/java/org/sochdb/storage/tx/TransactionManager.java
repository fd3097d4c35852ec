package org.sochdb.storage.tx;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sochdb.storage.StatsCounters;
import org.sochdb.storage.SyncMode;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.TransactionListener;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.Engine;
import org.sochdb.storage.engine.KvEntry;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;
import org.sochdb.storage.wal.WalRecord;
import org.sochdb.storage.wal.WriteAheadLog;

/**
 * Begins and commits snapshot-isolated transactions over a {@link CommittedView}.
 *
 * <p>The commit path:
 * <ol>
 *   <li>Listeners run ({@code beforeCommit}); they may still add writes.</li>
 *   <li>Under {@link #commitLock}: refusal once a background checkpoint or log sync has
 *       failed ({@link Checkpointer}); first-committer-wins validation (a key whose newest version
 *       is newer than our snapshot was written by a transaction that committed after we
 *       began: we lose), the next LSN is assigned, the record is written to the log (not yet
 *       forced), the versions are installed and the LSN is published. Holding the lock over
 *       all four keeps log order, version order and visibility order the same.</li>
 *   <li>Outside the lock, in {@link SyncMode#FULL}, the committer waits for the log to be
 *       forced; concurrent committers share one fsync (group commit).</li>
 * </ol>
 */
public final class TransactionManager {
  private final Object commitLock = new Object();
  final CommittedView view;
  final SnapshotRegistry snapshots;
  private final WriteAheadLog wal;
  private final SyncMode syncMode;
  private final StatsCounters stats;
  private final boolean readOnlyDatabase;
  private final AtomicLong ids = new AtomicLong();
  private final Checkpointer checkpointer;
  private volatile boolean closed;

  /**
   * @param wal the log, or null when commits are not logged ({@link SyncMode#OFF} or memory)
   * @param lastLsn the LSN of the last commit recovered
   */
  public TransactionManager(Engine engine, WriteAheadLog wal, SyncMode syncMode, StatsCounters stats,
      boolean readOnlyDatabase, long lastLsn, long cacheBytes) {
    this.view = new CommittedView(new VersionStore(), engine, stats);
    this.snapshots = new SnapshotRegistry(lastLsn);
    this.wal = wal;
    this.syncMode = syncMode;
    this.stats = stats;
    this.readOnlyDatabase = readOnlyDatabase;
    this.checkpointer = new Checkpointer(this, engine, wal, cacheBytes);
  }

  /** Replays one logged commit during recovery, before any transaction begins. */
  public void replay(WalRecord record) {
    view.versions.install(record.lsn(), record.writes());
    snapshots.publish(record.lsn());
  }

  public StorageTransaction begin(boolean readOnly) {
    if (closed) {
      throw new StorageException(ErrorKind.CLOSED, "the database is closed");
    }
    return new MvccTransaction(this, ids.incrementAndGet(), snapshots.acquire(),
        readOnly || readOnlyDatabase);
  }

  long commit(MvccTransaction tx) {
    try {
      for (TransactionListener l : List.copyOf(tx.listeners())) {
        l.beforeCommit(tx);
      }
    } catch (RuntimeException e) {
      rollback(tx);
      throw e;
    }
    if (tx.writes.isEmpty()) {
      long lsn = tx.snapshotLsn();
      finish(tx, true, lsn);
      return lsn;
    }
    List<KvEntry> batch = tx.writes.toBatch();
    long lsn;
    synchronized (commitLock) {
      if (closed) {
        rollback(tx);
        throw new StorageException(ErrorKind.CLOSED, "the database is closed");
      }
      try {
        checkpointer.refuseCommitsAfterFailure();
      } catch (StorageException e) {
        rollback(tx);
        throw e;
      }
      // Nothing committed since our snapshot: no write can conflict, skip the lookups.
      boolean othersCommitted = snapshots.published() != tx.snapshotLsn();
      for (KvEntry kv : othersCommitted ? batch : List.<KvEntry>of()) {
        if (view.versions.newestLsn(kv.key()) > tx.snapshotLsn()) {
          rollback(tx);
          throw new StorageException(ErrorKind.SERIALIZATION_FAILURE,
              "could not serialize access: key '" + Bytes.toDisplay(kv.key())
              + "' was changed by a transaction that committed after this one began; retry the transaction");
        }
      }
      lsn = snapshots.published() + 1;
      if (wal != null) {
        try {
          wal.append(new WalRecord(lsn, batch));
        } catch (RuntimeException e) {
          rollback(tx);
          throw e;
        }
      }
      view.versions.install(lsn, batch);
      snapshots.publish(lsn);
    }
    if (wal != null && syncMode == SyncMode.FULL) {
      wal.awaitDurable(lsn);
    }
    finish(tx, true, lsn);
    checkpointer.commitHappened();
    return lsn;
  }

  void rollback(MvccTransaction tx) {
    if (tx.isActive()) {
      finish(tx, false, -1);
    }
  }

  private void finish(MvccTransaction tx, boolean committed, long lsn) {
    tx.end();
    snapshots.release(tx.snapshotLsn());
    if (committed) {
      stats.transactionsCommitted.increment();
    } else if (tx.hasWrites()) {
      stats.transactionsAborted.increment(); // closing a reader is not an abort worth counting
    }
    for (TransactionListener l : List.copyOf(tx.listeners())) {
      if (committed) {
        l.afterCommit(tx, lsn);
      } else {
        l.afterRollback(tx);
      }
    }
  }

  /** Runs {@code action} while no commit is in its critical section. */
  void underCommitLock(Runnable action) {
    synchronized (commitLock) {
      action.run();
    }
  }

  public Checkpointer checkpointer() {
    return checkpointer;
  }

  public long publishedLsn() {
    return snapshots.published();
  }

  public int activeTransactions() {
    return snapshots.activeCount();
  }

  public long versionBytes() {
    return view.versions.bytes();
  }

  /**
   * The number of live keys: the base image's count corrected by every key whose newest
   * version is not in the base yet.
   */
  public long keyCount() {
    long stamp = view.lock.readLock();
    try {
      long n = view.engine.size();
      for (var e : view.versions.chains.entrySet()) {
        VersionChain chain = e.getValue();
        Version head = chain.head;
        if (head == null || head.lsn <= chain.flushedLsn) {
          continue;
        }
        boolean now = head.value != null;
        boolean base = view.engine.get(e.getKey()) != null;
        n += (now ? 1 : 0) - (base ? 1 : 0);
      }
      return n;
    } finally {
      view.lock.unlockRead(stamp);
    }
  }

  /** Refuses new transactions and commits; the caller then checkpoints and closes. */
  public void close() {
    synchronized (commitLock) {
      closed = true;
    }
    checkpointer.stop();
  }

  SyncMode syncMode() {
    return syncMode;
  }

  boolean readOnlyDatabase() {
    return readOnlyDatabase;
  }
}
