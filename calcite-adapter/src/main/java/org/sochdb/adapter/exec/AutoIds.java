package org.sochdb.adapter.exec;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sochdb.adapter.codec.ByteSink;
import org.sochdb.adapter.codec.KeyCodec;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.engine.Bytes;

/**
 * Next values for an INTEGER or BIGINT primary key left NULL (as SQLite's rowid: the largest
 * key plus one) and for the hidden row id of tables without a primary key. Kept in memory
 * per database and table; seeded on first use by a binary search for the largest positive
 * key (about 64 seeks), and pushed past every explicit key written. Not transactional: a
 * rolled-back insert leaves a gap.
 */
public final class AutoIds {
  private static final ConcurrentHashMap<String, AtomicLong> NEXT = new ConcurrentHashMap<>();

  private AutoIds() {}

  static long next(String databaseKey, TableLayout layout, StorageTransaction tx) {
    return counter(databaseKey, layout, tx).getAndIncrement();
  }

  /** Makes sure future ids are above an explicitly written {@code key}. */
  static void seen(String databaseKey, TableLayout layout, StorageTransaction tx, long key) {
    counter(databaseKey, layout, tx).accumulateAndGet(key + 1, Math::max);
  }

  /** Forgets a table's counter (dropped) or a database's (closed). */
  public static void forget(String databaseKeyPrefix) {
    NEXT.keySet().removeIf(k -> k.startsWith(databaseKeyPrefix));
  }

  private static AtomicLong counter(String databaseKey, TableLayout layout, StorageTransaction tx) {
    return NEXT.computeIfAbsent(databaseKey + "#" + layout.def.id(), k -> new AtomicLong(maxKey(layout, tx) + 1));
  }

  private static long maxKey(TableLayout layout, StorageTransaction tx) {
    ValueType t = layout.pkTypes[0];
    long lo = 0;
    long hi = t == ValueType.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE;
    if (existsAtOrAbove(layout, tx, t, 1) == false) {
      return 0;
    }
    lo = 1; // invariant: a key >= lo exists, none > hi
    while (lo < hi) {
      long mid = lo + (hi - lo + 1) / 2;
      if (existsAtOrAbove(layout, tx, t, mid)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static boolean existsAtOrAbove(TableLayout layout, StorageTransaction tx, ValueType t, long v) {
    ByteSink out = new ByteSink(16);
    out.write(layout.prefix);
    KeyCodec.encode(out, t, t == ValueType.INTEGER ? (Object) (int) v : (Object) v, false);
    try (KvCursor c = tx.scan(out.toByteArray(), Bytes.prefixEnd(layout.prefix))) {
      return c.hasNext();
    }
  }
}
