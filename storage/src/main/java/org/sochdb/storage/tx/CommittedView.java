package org.sochdb.storage.tx;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;
import org.sochdb.storage.StatsCounters;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.Engine;
import org.sochdb.storage.engine.KvEntry;

/**
 * Committed data as a snapshot sees it: the {@link VersionStore} over the engine's base
 * image.
 *
 * <p>Thread-safety: a checkpoint changes the base image and the chains together under the
 * write side of {@link #lock}; readers use an optimistic read (retried under the read lock
 * when a checkpoint intervened), so a key is never seen half-folded. Commits only prepend
 * versions newer than every live snapshot and need no lock here.
 */
final class CommittedView {
  final VersionStore versions;
  final Engine engine;
  final StampedLock lock = new StampedLock();
  private final StatsCounters stats;

  CommittedView(VersionStore versions, Engine engine, StatsCounters stats) {
    this.versions = versions;
    this.engine = engine;
    this.stats = stats;
  }

  /** The value of {@code key} at {@code snapshotLsn}, or null when absent. */
  byte[] get(byte[] key, long snapshotLsn) {
    long stamp = lock.tryOptimisticRead();
    byte[] value = read(key, snapshotLsn);
    if (lock.validate(stamp) == false) {
      stamp = lock.readLock();
      try {
        value = read(key, snapshotLsn);
      } finally {
        lock.unlockRead(stamp);
      }
    }
    if (value != null) {
      stats.bytesRead.add(value.length);
    }
    return value;
  }

  private byte[] read(byte[] key, long snapshotLsn) {
    VersionChain chain = versions.chain(key);
    if (chain != null) {
      Version v = chain.visible(snapshotLsn);
      if (v != null) {
        stats.cacheHits.increment();
        return v.value;
      }
    }
    stats.cacheMisses.increment();
    return engine.get(key);
  }

  /**
   * Up to {@code max} visible entries with {@code from <= key < to} (from exclusive when
   * {@code fromExclusive}), read under one lock hold so that base and versions agree.
   */
  List<KvEntry> scanBatch(byte[] from, boolean fromExclusive, byte[] to, long snapshotLsn, int max) {
    long stamp = lock.readLock();
    try {
      List<KvEntry> out = new ArrayList<>(Math.min(max, 1024));
      Iterator<KvEntry> base = engine.range(from, to);
      Iterator<Map.Entry<byte[], VersionChain>> mem = versions.range(from, to).entrySet().iterator();
      KvEntry b = nextAfter(base, from, fromExclusive);
      Map.Entry<byte[], VersionChain> m = nextAfterChain(mem, from, fromExclusive);
      long readBytes = 0;
      while (out.size() < max && (b != null || m != null)) {
        int c = b == null ? 1 : m == null ? -1 : Bytes.compare(b.key(), m.getKey());
        if (c < 0) {
          out.add(b); // the base's entry as it is: no version shadows it
          readBytes += b.value().length;
          b = base.hasNext() ? base.next() : null;
          continue;
        }
        byte[] key = m.getKey();
        Version v = m.getValue().visible(snapshotLsn);
        byte[] value;
        if (c == 0) {
          value = v != null ? v.value : b.value();
          b = base.hasNext() ? base.next() : null;
        } else {
          value = v != null ? v.value : null;
        }
        m = mem.hasNext() ? mem.next() : null;
        if (value != null) {
          out.add(new KvEntry(key, value));
          readBytes += value.length;
        }
      }
      stats.bytesRead.add(readBytes);
      return out;
    } finally {
      lock.unlockRead(stamp);
    }
  }

  private static KvEntry nextAfter(Iterator<KvEntry> it, byte[] from, boolean exclusive) {
    while (it.hasNext()) {
      KvEntry kv = it.next();
      if (exclusive == false || Bytes.compare(kv.key(), from) > 0) {
        return kv;
      }
    }
    return null;
  }

  private static Map.Entry<byte[], VersionChain> nextAfterChain(
      Iterator<Map.Entry<byte[], VersionChain>> it, byte[] from, boolean exclusive) {
    while (it.hasNext()) {
      Map.Entry<byte[], VersionChain> e = it.next();
      if (exclusive == false || Bytes.compare(e.getKey(), from) > 0) {
        return e;
      }
    }
    return null;
  }
}
