package org.sochdb.storage.engine;

import java.util.List;
import java.util.Map;

/** What both engines do to their maps: both keep data and markers in {@code java.util.Map}s. */
final class MapWrites {
  private MapWrites() {}

  /** Applies puts and deletes (null values) in order; returns the change in the number of keys. */
  static long apply(Map<byte[], byte[]> data, List<KvEntry> batch) {
    long delta = 0;
    for (KvEntry kv : batch) {
      if (kv.value() == null) {
        if (data.remove(kv.key()) != null) {
          delta--;
        }
      } else if (data.put(kv.key(), kv.value()) == null) {
        delta++;
      }
    }
    return delta;
  }

  static long meta(Map<String, Long> meta, String name, long missing) {
    Long v = meta.get(name);
    return v == null ? missing : v;
  }
}
