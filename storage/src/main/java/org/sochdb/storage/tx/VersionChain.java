package org.sochdb.storage.tx;

/**
 * The committed versions of one key not yet folded away, newest first.
 *
 * <p>Thread-safety: committers prepend and the checkpointer rewrites under this object's
 * monitor; readers walk {@link #head} without locking (every link is volatile, and a pruned
 * tail is never needed by a live snapshot).
 */
final class VersionChain {
  volatile Version head;
  /** Versions with an LSN up to this are in the engine's base image. Guarded by this. */
  long flushedLsn;
  /** Set when the checkpointer removed this chain from the store; committers then retry. */
  boolean dead;

  /** The version a snapshot at {@code snapshotLsn} sees, or null when it must read the base. */
  Version visible(long snapshotLsn) {
    Version v = head;
    while (v != null && v.lsn > snapshotLsn) {
      v = v.next;
    }
    return v;
  }
}
