package org.sochdb.storage.tx;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sochdb.storage.engine.KvEntry;

/**
 * Folds committed versions into the engine's base image and prunes what no snapshot sees.
 *
 * <p>For each chain, in key order and in batches under {@link CommittedView#lock}:
 * <ol>
 *   <li>Find the newest version at or below the checkpoint LSN {@code P}; if it is not in the
 *       base yet, it will be written there.</li>
 *   <li>Before overwriting the base, if a live snapshot is older than every version in the
 *       chain, keep the old base value as a {@link Version#FLOOR_LSN floor} version: that
 *       snapshot must still read it.</li>
 *   <li>Prune: the newest version at or below the horizon {@code H} (the oldest live
 *       snapshot) is the last one anybody can see; cut everything older.</li>
 *   <li>Drop the chain when its only version is at or below {@code H} and is what the base
 *       holds: every reader now gets the same answer from the base.</li>
 * </ol>
 */
final class VersionFlusher {
  private static final int BATCH = 512;

  private final CommittedView view;

  VersionFlusher(CommittedView view) {
    this.view = view;
  }

  /**
   * Writes every version up to {@code checkpointLsn} into the base image (not yet committed
   * in the engine) and prunes below {@code horizon}.
   *
   * @return the change in the base image's key count
   */
  long flush(long checkpointLsn, long horizon) {
    long keyDelta = 0;
    Iterator<Map.Entry<byte[], VersionChain>> it = view.versions.chains.entrySet().iterator();
    List<Map.Entry<byte[], VersionChain>> batch = new ArrayList<>(BATCH);
    while (it.hasNext()) {
      batch.clear();
      while (it.hasNext() && batch.size() < BATCH) {
        batch.add(it.next());
      }
      long stamp = view.lock.writeLock();
      try {
        List<KvEntry> writes = new ArrayList<>(batch.size());
        for (Map.Entry<byte[], VersionChain> e : batch) {
          foldChain(e.getKey(), e.getValue(), checkpointLsn, horizon, writes);
        }
        keyDelta += view.engine.apply(writes);
      } finally {
        view.lock.unlockWrite(stamp);
      }
    }
    return keyDelta;
  }

  private void foldChain(byte[] key, VersionChain chain, long p, long h, List<KvEntry> writes) {
    synchronized (chain) {
      Version target = chain.visible(p);
      if (target != null && target.lsn != Version.FLOOR_LSN && target.lsn > chain.flushedLsn) {
        Version oldest = chain.head;
        while (oldest.next != null) {
          oldest = oldest.next;
        }
        if (oldest.lsn != Version.FLOOR_LSN && h < oldest.lsn) {
          oldest.next = new Version(Version.FLOOR_LSN, view.engine.get(key), null);
        }
        writes.add(new KvEntry(key, target.value));
        chain.flushedLsn = target.lsn;
      }
      Version keep = chain.visible(h);
      if (keep != null) {
        long freed = 0;
        for (Version v = keep.next; v != null; v = v.next) {
          freed += VersionStore.sizeOf(key, v);
        }
        keep.next = null;
        if (keep == chain.head && keep.lsn == chain.flushedLsn) {
          chain.dead = true;
          view.versions.chains.remove(key, chain);
          freed += VersionStore.sizeOf(key, keep);
        }
        view.versions.released(freed);
      }
    }
  }
}
