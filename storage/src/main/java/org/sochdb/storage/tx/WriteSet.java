package org.sochdb.storage.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.KvEntry;

/**
 * A transaction's uncommitted writes, in key order, with an undo log so that savepoints can
 * take back the writes made after them.
 *
 * <p>Not thread-safe: a transaction belongs to one thread at a time.
 */
final class WriteSet {
  /** Marks a delete in {@link #writes}; compared by identity, never handed out. */
  static final byte[] TOMBSTONE = new byte[0];

  private record Undo(byte[] key, byte[] previous) {}

  private final TreeMap<byte[], byte[]> writes = new TreeMap<>(Bytes.ORDER);
  private final List<Undo> undo = new ArrayList<>();

  /** The pending write for {@code key}: null when none, {@link #TOMBSTONE} for a delete. */
  byte[] get(byte[] key) {
    return writes.get(key);
  }

  void put(byte[] key, byte[] valueOrTombstone) {
    undo.add(new Undo(key, writes.put(key, valueOrTombstone)));
  }

  boolean isEmpty() {
    return writes.isEmpty();
  }

  int size() {
    return writes.size();
  }

  /** A savepoint is the undo log's length at the time it was taken. */
  int mark() {
    return undo.size();
  }

  void rollbackTo(int mark) {
    for (int i = undo.size() - 1; i >= mark; i--) {
      Undo u = undo.remove(i);
      if (u.previous == null) {
        writes.remove(u.key);
      } else {
        writes.put(u.key, u.previous);
      }
    }
  }

  NavigableMap<byte[], byte[]> range(byte[] from, byte[] to) {
    if (from == null && to == null) {
      return writes;
    } else if (from == null) {
      return writes.headMap(to, false);
    } else if (to == null) {
      return writes.tailMap(from, true);
    } else if (Bytes.compare(from, to) >= 0) {
      return new TreeMap<>(Bytes.ORDER);
    }
    return writes.subMap(from, true, to, false);
  }

  /** The writes as the log and version store take them: deletes carry a null value. */
  List<KvEntry> toBatch() {
    List<KvEntry> out = new ArrayList<>(writes.size());
    for (Map.Entry<byte[], byte[]> e : writes.entrySet()) {
      out.add(new KvEntry(e.getKey(), e.getValue() == TOMBSTONE ? null : e.getValue()));
    }
    return out;
  }
}
