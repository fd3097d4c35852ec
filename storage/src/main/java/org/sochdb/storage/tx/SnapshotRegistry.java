package org.sochdb.storage.tx;

import java.util.TreeMap;

/**
 * The published LSN and the snapshots of live transactions; their minimum is the horizon
 * below which the checkpointer may prune versions.
 *
 * <p>Thread-safety: all methods synchronize on this object, so a transaction's snapshot is
 * taken and registered atomically with respect to {@link #horizon()}: a pruning pass can
 * never miss a snapshot that is about to start.
 */
final class SnapshotRegistry {
  private final TreeMap<Long, Integer> active = new TreeMap<>();
  private volatile long published;

  SnapshotRegistry(long published) {
    this.published = published;
  }

  /** Takes a snapshot at the published LSN and keeps it live until {@link #release}. */
  synchronized long acquire() {
    long s = published;
    active.merge(s, 1, Integer::sum);
    return s;
  }

  synchronized void release(long snapshotLsn) {
    active.computeIfPresent(snapshotLsn, (k, n) -> n == 1 ? null : n - 1);
  }

  /** Makes a commit visible to snapshots taken from now on; commits publish in LSN order. */
  synchronized void publish(long lsn) {
    published = lsn;
  }

  long published() {
    return published;
  }

  synchronized long horizon() {
    return active.isEmpty() ? published : Math.min(active.firstKey(), published);
  }

  synchronized int activeCount() {
    return active.values().stream().mapToInt(Integer::intValue).sum();
  }
}
