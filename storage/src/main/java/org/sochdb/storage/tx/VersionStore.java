package org.sochdb.storage.tx;

import java.util.List;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.KvEntry;

/**
 * The in-memory layer of committed versions above the engine's base image: the MVCC version
 * store, which users know as the cache ({@code cache_mb} is its budget, {@code cache_hits} the
 * reads it answers).
 *
 * <p>Map: key = user key (unsigned order), value = {@link VersionChain}, newest version
 * first. Commits prepend here (never into the engine); a checkpoint folds versions into the
 * base image and prunes those no snapshot can see.
 */
final class VersionStore {
  private static final int VERSION_OVERHEAD = 48;

  final ConcurrentSkipListMap<byte[], VersionChain> chains = new ConcurrentSkipListMap<>(Bytes.ORDER);
  private final AtomicLong bytes = new AtomicLong();

  /** Adds one commit's writes; called under the commit lock, before the LSN is published. */
  void install(long lsn, List<KvEntry> writes) {
    long added = 0;
    for (KvEntry kv : writes) {
      while (true) {
        VersionChain chain = chains.computeIfAbsent(kv.key(), k -> new VersionChain());
        synchronized (chain) {
          if (chain.dead) {
            continue;
          }
          chain.head = new Version(lsn, kv.value(), chain.head);
        }
        break;
      }
      added += kv.key().length + (kv.value() == null ? 0 : kv.value().length) + VERSION_OVERHEAD;
    }
    bytes.addAndGet(added);
  }

  /** The LSN of the newest committed version of {@code key} held here, or -1. */
  long newestLsn(byte[] key) {
    VersionChain chain = chains.get(key);
    if (chain == null) {
      return -1;
    }
    Version head = chain.head;
    return head == null ? -1 : head.lsn;
  }

  VersionChain chain(byte[] key) {
    return chains.get(key);
  }

  ConcurrentNavigableMap<byte[], VersionChain> range(byte[] from, byte[] to) {
    if (from == null && to == null) {
      return chains;
    } else if (from == null) {
      return chains.headMap(to, false);
    } else if (to == null) {
      return chains.tailMap(from, true);
    } else if (Bytes.compare(from, to) >= 0) {
      return new ConcurrentSkipListMap<>(Bytes.ORDER);
    }
    return chains.subMap(from, true, to, false);
  }

  void released(long approxBytes) {
    bytes.addAndGet(-approxBytes);
  }

  static long sizeOf(byte[] key, Version v) {
    return key.length + (v.value == null ? 0 : v.value.length) + VERSION_OVERHEAD;
  }

  /** Approximate heap held by versions: the checkpointer's trigger. */
  long bytes() {
    return bytes.get();
  }
}
