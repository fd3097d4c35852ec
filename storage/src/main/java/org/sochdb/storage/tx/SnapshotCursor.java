package org.sochdb.storage.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.KvEntry;

/**
 * A range scan as one transaction sees it, fetched in batches: committed entries at the
 * snapshot (from {@link CommittedView}) merged with the transaction's own writes, which win.
 *
 * <p>Each batch copies at most {@value #MAX_BATCH} committed entries and as many own writes
 * (starting at {@value #FIRST_BATCH}, doubling per batch, so a LIMIT reads little), up
 * to the smaller of the two batches' last keys, so memory stays bounded however large the
 * range, and writes made by the transaction while it iterates are seen from the next batch.
 */
final class SnapshotCursor implements KvCursor {
  /** Entries fetched first; each further fetch doubles up to {@link #MAX_BATCH}. */
  static final int FIRST_BATCH = 64;
  /** Large batches keep long scans from re-seeking the B-tree every few hundred entries. */
  static final int MAX_BATCH = 4096;

  private final CommittedView view;
  private final WriteSet writes;
  private final long snapshotLsn;
  private final byte[] to;
  private byte[] position;
  private boolean positionExclusive;
  private boolean exhausted;
  private List<KvEntry> batch = List.of();
  private int index;
  private int batchSize = FIRST_BATCH;

  SnapshotCursor(CommittedView view, WriteSet writes, long snapshotLsn, byte[] from, byte[] to) {
    this.view = view;
    this.writes = writes;
    this.snapshotLsn = snapshotLsn;
    this.position = from;
    this.to = to;
  }

  @Override
  public boolean hasNext() {
    while (index >= batch.size()) {
      if (exhausted) {
        return false;
      }
      fill();
    }
    return true;
  }

  @Override
  public KvEntry next() {
    if (hasNext() == false) {
      throw new NoSuchElementException();
    }
    return batch.get(index++);
  }

  private void fill() {
    int size = batchSize;
    batchSize = Math.min(MAX_BATCH, size * 2);
    List<KvEntry> committed = view.scanBatch(position, positionExclusive, to, snapshotLsn, size);
    List<Map.Entry<byte[], byte[]>> own = ownBatch(size);
    byte[] upper = to;
    boolean upperInclusive = false;
    if (committed.size() == size) {
      upper = committed.get(size - 1).key();
      upperInclusive = true;
    }
    if (own.size() == size) {
      byte[] ownLast = own.get(size - 1).getKey();
      if (upper == null || Bytes.compare(ownLast, upper) < 0) {
        upper = ownLast;
        upperInclusive = true;
      }
    }
    batch = own.isEmpty() ? committed : merge(committed, own, upper, upperInclusive); // all committed lie within upper
    index = 0;
    if (upperInclusive) {
      position = upper;
      positionExclusive = true;
    } else {
      exhausted = true;
    }
  }

  /** Committed entries and own writes up to {@code upper}, own writes winning. */
  private static List<KvEntry> merge(List<KvEntry> committed, List<Map.Entry<byte[], byte[]>> own, byte[] upper,
      boolean upperInclusive) {
    List<KvEntry> out = new ArrayList<>(committed.size() + own.size());
    int c = 0;
    int o = 0;
    while (true) {
      KvEntry ck = c < committed.size() && within(committed.get(c).key(), upper, upperInclusive)
          ? committed.get(c) : null;
      Map.Entry<byte[], byte[]> ok = o < own.size() && within(own.get(o).getKey(), upper, upperInclusive)
          ? own.get(o) : null;
      if (ck == null && ok == null) {
        break;
      }
      int cmp = ck == null ? 1 : ok == null ? -1 : Bytes.compare(ck.key(), ok.getKey());
      if (cmp < 0) {
        out.add(ck);
        c++;
      } else {
        if (ok.getValue() != WriteSet.TOMBSTONE) {
          out.add(new KvEntry(ok.getKey(), ok.getValue()));
        }
        o++;
        if (cmp == 0) {
          c++;
        }
      }
    }
    return out;
  }

  private List<Map.Entry<byte[], byte[]>> ownBatch(int size) {
    if (writes.isEmpty()) {
      return List.of();
    }
    var range = writes.range(position, to);
    List<Map.Entry<byte[], byte[]>> own = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e : range.entrySet()) {
      if (positionExclusive && Bytes.compare(e.getKey(), position) == 0) {
        continue;
      }
      own.add(Map.entry(e.getKey(), e.getValue()));
      if (own.size() == size) {
        break;
      }
    }
    return own;
  }

  private static boolean within(byte[] key, byte[] upper, boolean inclusive) {
    if (upper == null) {
      return true;
    }
    int c = Bytes.compare(key, upper);
    return inclusive ? c <= 0 : c < 0;
  }

  @Override
  public void close() {
    exhausted = true;
    batch = List.of();
  }
}
