package org.sochdb.storage.error;

/** The database directory is locked by another process (or another opener in this JVM). */
public class LockHeldException extends StorageException {
  private final long holderPid;

  public LockHeldException(ErrorKind kind, String message, long holderPid) {
    super(kind, message);
    this.holderPid = holderPid;
  }

  /** The process id written in the lock file by the holder, or -1 when it could not be read. */
  public long holderPid() {
    return holderPid;
  }
}
