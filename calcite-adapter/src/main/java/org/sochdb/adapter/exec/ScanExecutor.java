package org.sochdb.adapter.exec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.sochdb.adapter.codec.ByteSink;
import org.sochdb.adapter.codec.KeyCodec;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.KvEntry;

/**
 * Runs a {@link ScanSpec}: called by generated code, streams rows lazily from the key space
 * (a cursor fetches in batches), in the transaction of the connection running it.
 */
public final class ScanExecutor {
  private ScanExecutor() {}

  /** Entry point of generated code. */
  public static Enumerable<Object[]> scan(DataContext root, ScanSpec spec) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        SochSession session = SochSessions.of(root);
        SochSession.Read read = session.beginRead();
        try {
          ResolvedTables.check(session.catalogIn(read.tx()), spec.table());
          if (spec.isPrimaryKeyLookup()) {
            return new PointEnumerator(read, spec, keys(root, spec));
          }
          return new ScanEnumerator(read, spec.layout(), spec, bounds(root, spec));
        } catch (RuntimeException e) {
          read.release();
          throw e;
        }
      }
    };
  }

  /** Entry point of generated code for a one-column scan: each row is the bare value. */
  public static Enumerable<Object> scanScalar(DataContext root, ScanSpec spec) {
    return scan(root, spec).select(row -> row[0]);
  }

  /** The byte ranges [from, to) the spec's key ranges cover, in scan order. */
  /** The row keys of a primary-key lookup (skipping a NULL key: nothing equals it). */
  static List<byte[]> keys(DataContext root, ScanSpec spec) {
    TableLayout layout = spec.layout();
    List<byte[]> out = new ArrayList<>(spec.ranges().size());
    for (KeyRange r : spec.ranges()) {
      byte[] key = encode(root, layout.prefix, layout.pkTypes, r.lower());
      if (key != null) {
        out.add(key);
      }
    }
    return out;
  }

  static List<byte[][]> bounds(DataContext root, ScanSpec spec) {
    TableLayout layout = spec.layout();
    byte[] prefix;
    ValueType[] keyTypes;
    if (spec.index() == null) {
      prefix = layout.prefix;
      keyTypes = layout.pkTypes;
    } else {
      TableLayout.IndexLayout ix = layout.index(spec.index());
      prefix = ix.prefix();
      keyTypes = ix.types();
    }
    if (spec.isFull()) {
      return List.<byte[][]>of(new byte[][] {prefix, Bytes.prefixEnd(prefix)});
    }
    List<byte[][]> out = new ArrayList<>();
    for (KeyRange r : spec.ranges()) {
      byte[] lo = encode(root, prefix, keyTypes, r.lower());
      byte[] hi = encode(root, prefix, keyTypes, r.upper());
      if (lo == null || hi == null) {
        continue; // a NULL bound: the comparison is never true
      }
      byte[] from = r.lower().isEmpty() || r.lowerInclusive() ? lo : Bytes.prefixEnd(lo);
      byte[] to = r.upper().isEmpty() || r.upperInclusive() ? Bytes.prefixEnd(hi) : hi;
      if (from != null && (to == null || Bytes.compare(from, to) < 0)) {
        out.add(new byte[][] {from, to});
      }
    }
    return out;
  }

  private static byte[] encode(DataContext root, byte[] prefix, ValueType[] types, List<BoundValue> values) {
    ByteSink out = new ByteSink(prefix.length + 16);
    out.write(prefix);
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i).resolve(root, types[i]);
      if (v == null) {
        return null;
      }
      if (values.get(i) instanceof BoundValue.Prefix) {
        KeyCodec.encodePrefix(out, types[i], v);
      } else {
        KeyCodec.encode(out, types[i], v, false);
      }
    }
    return out.toByteArray();
  }

  /** Looks rows up by whole primary key: no cursor, one get per key. */
  private static final class PointEnumerator extends ReadEnumerator {
    private final ScanSpec spec;
    private final Iterator<byte[]> keys;

    PointEnumerator(SochSession.Read read, ScanSpec spec, List<byte[]> keys) {
      super(read);
      this.spec = spec;
      this.keys = keys.iterator();
    }

    @Override
    protected Object[] advance() {
      while (keys.hasNext()) {
        byte[] value = read.tx().get(keys.next());
        if (value != null) {
          return project(spec, spec.layout(), spec.layout().decodeRow(value));
        }
      }
      return null;
    }
  }

  /** The row's output columns, in Calcite's value representation. */
  static Object[] project(ScanSpec spec, TableLayout layout, Object[] row) {
    int n = spec.width();
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      int c = spec.tableColumn(i);
      out[i] = SqlTypes.toCalcite(layout.types[c], c < row.length ? row[c] : null);
    }
    return out;
  }

  /** Streams the rows of each byte range in turn; for an index, looks each row up by key. */
  private static final class ScanEnumerator extends ReadEnumerator {
    private final TableLayout layout;
    private final TableLayout.IndexLayout index;
    private final ScanSpec spec;
    private final Iterator<byte[][]> ranges;

    ScanEnumerator(SochSession.Read read, TableLayout layout, ScanSpec spec, List<byte[][]> bounds) {
      super(read);
      this.layout = layout;
      this.index = spec.index() == null ? null : layout.index(spec.index());
      this.spec = spec;
      this.ranges = bounds.iterator();
    }

    @Override
    protected Object[] advance() {
      StorageTransaction tx = read.tx();
      while (true) {
        if (cursor == null) {
          if (ranges.hasNext() == false) {
            return null;
          }
          byte[][] r = ranges.next();
          cursor = tx.scan(r[0], r[1]);
        }
        if (cursor.hasNext()) {
          KvEntry kv = cursor.next();
          byte[] value = kv.value();
          if (index != null) {
            value = tx.get(layout.rowKeyFromIndexEntry(index, kv.key()));
            if (value == null) {
              continue; // cannot happen in a consistent snapshot; skip rather than fail a read
            }
          }
          return project(spec, layout, layout.decodeRow(value));
        }
        cursor.close();
        cursor = null;
      }
    }
  }
}
