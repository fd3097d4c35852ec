package org.sochdb.storage.lock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sochdb.storage.error.LockHeldException;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/**
 * The single-writer lock of a database directory: an OS file lock on {@code sochdb.lock},
 * whose content names the holder's PID.
 *
 * <p>Why our own file: MapDB's lock on its data file is silently dropped when any channel on
 * that file is closed in the same JVM (POSIX locks belong to the process, not the channel).
 * Nobody else opens {@code sochdb.lock}, and a JVM-wide registry stops a second opener in
 * the same process before it can open (and, on closing, release) the file.
 */
public final class DatabaseLock implements AutoCloseable {
  public static final String FILE_NAME = "sochdb.lock";
  private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private DatabaseLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, waiting up to {@code timeoutMs} for another holder to let go.
   *
   * @param shared a read-only opener's lock: several may share it, no writer may join them
   */
  public static DatabaseLock acquire(Path dir, boolean shared, long timeoutMs) {
    Path key = dir.toAbsolutePath().normalize();
    long deadline = System.nanoTime() + Math.max(0, timeoutMs) * 1_000_000L;
    while (true) {
      DatabaseLock l = tryAcquire(key, shared);
      if (l != null) {
        return l;
      }
      if (System.nanoTime() >= deadline) {
        long pid = readHolderPid(key);
        String who = pid < 0 ? "another process" : pid == ProcessHandle.current().pid()
            ? "this process (pid " + pid + ", already opened elsewhere in this JVM)" : "process " + pid;
        if (timeoutMs > 0) {
          throw new LockHeldException(ErrorKind.LOCK_TIMEOUT, "timed out after " + timeoutMs
              + " ms waiting for the lock on database " + key + ", held by " + who, pid);
        }
        throw new LockHeldException(ErrorKind.DATABASE_LOCKED, "database " + key
            + " is locked by " + who + "; close it there, or set lock_timeout_ms to wait until it is let go", pid);
      }
      try {
        Thread.sleep(Math.min(50, Math.max(1, timeoutMs / 20)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StorageException(ErrorKind.LOCK_TIMEOUT, "interrupted waiting for the lock on " + key);
      }
    }
  }

  private static DatabaseLock tryAcquire(Path key, boolean shared) {
    if (HELD_IN_THIS_JVM.add(key) == false) {
      return null;
    }
    FileChannel ch = null;
    try {
      ch = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock fl = ch.tryLock(0, Long.MAX_VALUE, shared);
      if (fl == null) {
        ch.close();
        HELD_IN_THIS_JVM.remove(key);
        return null;
      }
      if (shared == false) {
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(pid), 0);
        ch.force(false);
      }
      return new DatabaseLock(key, ch, fl);
    } catch (OverlappingFileLockException e) {
      closeQuietly(ch);
      HELD_IN_THIS_JVM.remove(key);
      return null;
    } catch (IOException e) {
      closeQuietly(ch);
      HELD_IN_THIS_JVM.remove(key);
      throw new StorageException(ErrorKind.IO, "cannot create the lock file in " + key + " ("
          + e.getMessage() + "); for a directory you may not write to, open with read_only=true", e);
    }
  }

  /** The PID in the lock file, or -1. Only called when this JVM does not hold the lock, so
   * opening and closing the file here cannot drop a lock of ours. */
  private static long readHolderPid(Path key) {
    if (HELD_IN_THIS_JVM.contains(key)) {
      return ProcessHandle.current().pid();
    }
    try {
      String s = Files.readString(key.resolve(FILE_NAME), StandardCharsets.US_ASCII).trim();
      return s.isEmpty() ? -1 : Long.parseLong(s);
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // nothing held
      }
    }
  }

  public boolean isValid() {
    return lock.isValid();
  }

  @Override
  public void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException ignored) {
      // the OS releases the lock with the descriptor anyway
    } finally {
      HELD_IN_THIS_JVM.remove(key);
    }
  }
}
