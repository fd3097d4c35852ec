package org.sochdb.storage.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/**
 * The append-only log of committed transactions, in segments that a checkpoint retires.
 *
 * <p>Thread-safety: {@link #append} and {@link #rotate} are called under the transaction
 * manager's commit lock, so records reach the file in LSN order. {@link #awaitDurable} is
 * called by committers outside that lock: this is group commit (leader/follower, see
 * {@link #awaitDurable}): one force covers every record written before it began.
 */
public final class WriteAheadLog implements AutoCloseable {
  private final Path dir;
  private final WalChannelFactory channels;
  private final Object syncLock = new Object();
  private volatile FileChannel current;
  private long currentFirstLsn;
  private long position;
  private volatile long writtenLsn;
  private volatile long durableLsn;
  private volatile IOException syncFailure;
  /** A leader is forcing the file; guarded by syncLock. */
  private boolean syncing;
  private final AtomicLong bytesWritten = new AtomicLong();
  /** Records not yet written to the file (only when buffered); guarded by pendingLock. */
  private final ByteBuffer pending;
  private final Object pendingLock = new Object();
  static final int PENDING_LIMIT = 1 << 20;

  /**
   * Opens the log for appending after recovery.
   *
   * @param nextLsn the LSN the next record will carry
   */
  public WriteAheadLog(Path dir, WalChannelFactory channels, long nextLsn) throws IOException {
    this(dir, channels, nextLsn, false);
  }

  /**
   * @param buffered keep records in memory until the next {@link #sync} (or until
   *     {@value #PENDING_LIMIT} bytes accumulate): {@code sync_mode=normal}, where a crash may
   *     lose the commits since the last sync but never leaves a partial one
   */
  public WriteAheadLog(Path dir, WalChannelFactory channels, long nextLsn, boolean buffered) throws IOException {
    this.dir = dir;
    this.channels = channels;
    this.pending = buffered ? ByteBuffer.allocate(PENDING_LIMIT) : null;
    Files.createDirectories(dir);
    var segments = WalSegments.list(dir);
    Path seg = segments.isEmpty() ? WalSegments.name(dir, nextLsn) : segments.get(segments.size() - 1);
    this.currentFirstLsn = WalSegments.firstLsn(seg);
    this.current = channels.open(seg);
    this.position = current.size();
    this.writtenLsn = nextLsn - 1;
    this.durableLsn = nextLsn - 1;
  }

  /**
   * Writes a record to the file (not yet forced). On failure the file is cut back to where
   * it was, so a failed commit leaves no trace in the log.
   */
  public void append(WalRecord record) {
    if (syncFailure != null) {
      throw failed(syncFailure);
    }
    ByteBuffer buf = record.encode();
    int len = buf.remaining();
    synchronized (pendingLock) {
      if (pending != null) {
        if (pending.remaining() < len) {
          flushPending();
        }
        if (len <= pending.remaining()) {
          pending.put(buf);
          bytesWritten.addAndGet(len);
          writtenLsn = record.lsn();
          return;
        }
      }
      writeDirect(buf);
    }
    bytesWritten.addAndGet(len);
    writtenLsn = record.lsn();
  }

  /** Writes a record straight to the file; on failure cuts the file back (nothing committed). */
  private void writeDirect(ByteBuffer buf) {
    long start = position;
    try {
      while (buf.hasRemaining()) {
        position += current.write(buf, position);
      }
    } catch (IOException e) {
      position = start;
      try {
        current.truncate(start);
      } catch (IOException ignored) {
        // the next append overwrites from start; recovery stops at the torn bytes anyway
      }
      throw new StorageException(ErrorKind.IO,
          "could not write the commit to the log (" + e.getMessage() + "); nothing was committed", e);
    }
  }

  /**
   * Writes the buffered records to the file; called holding {@link #pendingLock}. Those
   * commits have already returned, so a failure here fails the log for good.
   */
  private void flushPending() {
    if (pending == null || pending.position() == 0) {
      return;
    }
    pending.flip();
    try {
      while (pending.hasRemaining()) {
        position += current.write(pending, position);
      }
    } catch (IOException e) {
      syncFailure = e;
      throw failed(e);
    } finally {
      pending.clear();
    }
  }

  /**
   * Blocks until every record up to {@code lsn} is on stable storage.
   *
   * <p>Leader/follower group commit: under {@link #syncLock} a committer returns if its LSN is
   * already durable, waits if another thread is forcing, or else becomes the leader, notes
   * the last LSN written so far and forces the file <em>outside</em> the lock. Records
   * written meanwhile join the next force; when it ends, the leader wakes the followers,
   * most of whom find their LSN durable.
   */
  public void awaitDurable(long lsn) {
    while (true) {
      long target;
      FileChannel channel;
      synchronized (syncLock) {
        while (true) {
          if (durableLsn >= lsn) {
            return;
          }
          if (syncFailure != null) {
            throw failed(syncFailure);
          }
          if (syncing == false) {
            break;
          }
          waitForSync();
        }
        syncing = true;
        channel = current;
      }
      try {
        synchronized (pendingLock) {
          flushPending();
          target = writtenLsn;
        }
      } catch (RuntimeException e) {
        synchronized (syncLock) {
          syncing = false;
          syncLock.notifyAll();
        }
        throw e;
      }
      forceAsLeader(channel, target);
    }
  }

  private void forceAsLeader(FileChannel channel, long target) {
    try {
      channel.force(false);
      synchronized (syncLock) {
        durableLsn = Math.max(durableLsn, target);
      }
    } catch (IOException e) {
      // After a failed fsync the kernel may have dropped the dirty pages: no later fsync can
      // be trusted, so the log refuses every further commit (as PostgreSQL does).
      synchronized (syncLock) {
        syncFailure = e;
      }
      throw failed(e);
    } finally {
      synchronized (syncLock) {
        syncing = false;
        syncLock.notifyAll();
      }
    }
  }

  /** Waits for the running force to end; called holding {@link #syncLock}. */
  private void waitForSync() {
    try {
      syncLock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException(ErrorKind.IO, "interrupted while waiting for the log to reach disk");
    }
  }

  /** Forces everything written so far; called by the periodic syncer. */
  public void sync() {
    awaitDurable(writtenLsn);
  }

  private static StorageException failed(IOException e) {
    return new StorageException(ErrorKind.IO,
        "the log could not be synced (" + e.getMessage() + "); reopen the database to recover", e);
  }

  /**
   * Starts a new segment whose first record will carry {@code nextLsn}; the caller holds the
   * commit lock, so every record in older segments has a smaller LSN.
   */
  public void rotate(long nextLsn) throws IOException {
    if (position == 0 && (pending == null || pending.position() == 0)) {
      return;
    }
    synchronized (syncLock) {
      while (syncing) {
        waitForSync();
      }
      synchronized (pendingLock) {
        flushPending();
      }
      current.force(false);
      durableLsn = writtenLsn;
      // Opened before anything changes: a segment that cannot be opened leaves the log as it was.
      FileChannel next = channels.open(WalSegments.name(dir, nextLsn));
      FileChannel old = current;
      currentFirstLsn = nextLsn;
      current = next;
      position = current.size();
      old.close();
    }
  }

  /** Deletes the segments older than the current one: a checkpoint has made them redundant. */
  public void retireOldSegments() throws IOException {
    for (Path seg : WalSegments.list(dir)) {
      if (WalSegments.firstLsn(seg) < currentFirstLsn) {
        Files.deleteIfExists(seg);
      }
    }
  }

  public long durableLsn() {
    return durableLsn;
  }

  public long bytesWritten() {
    return bytesWritten.get();
  }

  /** Bytes in the current segment: the checkpointer folds the log when it grows. */
  public long currentSegmentBytes() {
    return position + (pending == null ? 0 : pending.position());
  }

  @Override
  public void close() throws IOException {
    synchronized (syncLock) {
      while (syncing) {
        waitForSync();
      }
      if (current.isOpen()) {
        if (syncFailure == null) {
          synchronized (pendingLock) {
            flushPending();
          }
          current.force(false);
        }
        current.close();
      }
    }
  }
}
