package org.sochdb.adapter.exec;

import java.util.Arrays;
import java.util.List;
import org.sochdb.adapter.codec.ByteSink;
import org.sochdb.adapter.codec.KeyCodec;
import org.sochdb.adapter.codec.RowCodec;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * How a table's rows sit in the key space: key = table prefix + encoded primary key (or a
 * hidden BIGINT row id when the table has none), value = the encoded row. The prefix is the
 * table id's range, or for a namespace's built-in kv table its reserved range
 * ({@link org.sochdb.adapter.kv.KvTables}). Index entries are
 * index prefix + encoded index columns + the row's key suffix, with an empty value.
 */
public final class TableLayout {
  private static final ValueType[] ROW_ID = {ValueType.BIGINT};

  public final TableDef def;
  public final ValueType[] types;
  /** Positions of the primary-key columns; empty for a row-id table. */
  public final int[] pk;
  public final ValueType[] pkTypes;
  public final byte[] prefix;

  public TableLayout(TableDef def) {
    this.def = def;
    this.types = SqlTypes.valueTypes(def.columns());
    this.pk = def.primaryKey().stream().mapToInt(def::columnIndex).toArray();
    this.pkTypes = pk.length == 0 ? ROW_ID : Arrays.stream(pk).mapToObj(i -> types[i]).toArray(ValueType[]::new);
    this.prefix = org.sochdb.adapter.kv.KvTables.rowKeyPrefix(def);
  }

  public boolean hasRowId() {
    return pk.length == 0;
  }

  /** The key of a row given in storage form. */
  public byte[] rowKey(Object[] row, long rowId) {
    ByteSink out = new ByteSink(prefix.length + 16);
    out.write(prefix);
    if (pk.length == 0) {
      KeyCodec.encode(out, ValueType.BIGINT, rowId, false);
    } else {
      for (int i = 0; i < pk.length; i++) {
        KeyCodec.encode(out, pkTypes[i], row[pk[i]], false);
      }
    }
    return out.toByteArray();
  }

  /** The key of the row whose primary key is {@code key} (storage form, in key order). */
  public byte[] rowKeyOf(Object[] key) {
    ByteSink out = new ByteSink(prefix.length + 16);
    out.write(prefix);
    for (int i = 0; i < key.length; i++) {
      KeyCodec.encode(out, pkTypes[i], key[i], false);
    }
    return out.toByteArray();
  }

  public byte[] encodeRow(Object[] row) {
    return RowCodec.encode(types, row);
  }

  public Object[] decodeRow(byte[] value) {
    return RowCodec.decode(value, types);
  }

  /** Column positions and types of a B-tree index. */
  public record IndexLayout(IndexDef def, int[] columns, ValueType[] types, boolean[] descending, byte[] prefix) {}

  public IndexLayout index(IndexDef ix) {
    int[] cols = ix.columns().stream().mapToInt(def::columnIndex).toArray();
    ValueType[] t = Arrays.stream(cols).mapToObj(i -> types[i]).toArray(ValueType[]::new);
    boolean[] desc = new boolean[cols.length];
    for (int i = 0; i < desc.length; i++) {
      desc[i] = i < ix.descending().size() && ix.descending().get(i);
    }
    return new IndexLayout(ix, cols, t, desc, Catalog.indexKeyPrefix(ix.id()));
  }

  /** The index entry of a row: index columns, then the row's key suffix (so entries are unique). */
  public byte[] indexEntry(IndexLayout ix, Object[] row, byte[] rowKey) {
    ByteSink out = new ByteSink(64);
    out.write(ix.prefix());
    encodeIndexColumns(out, ix, row);
    out.write(Arrays.copyOfRange(rowKey, prefix.length, rowKey.length));
    return out.toByteArray();
  }

  /** The prefix all entries with this row's index values share: for UNIQUE checks. */
  public byte[] indexValuePrefix(IndexLayout ix, Object[] row) {
    ByteSink out = new ByteSink(64);
    out.write(ix.prefix());
    encodeIndexColumns(out, ix, row);
    return out.toByteArray();
  }

  private static void encodeIndexColumns(ByteSink out, IndexLayout ix, Object[] row) {
    for (int i = 0; i < ix.columns().length; i++) {
      KeyCodec.encode(out, ix.types()[i], row[ix.columns()[i]], ix.descending()[i]);
    }
  }

  /** The row key an index entry points at. */
  public byte[] rowKeyFromIndexEntry(IndexLayout ix, byte[] entry) {
    int off = ix.prefix().length;
    for (int i = 0; i < ix.types().length; i++) {
      off = KeyCodec.skip(entry, off, ix.types()[i], ix.descending()[i]);
    }
    byte[] key = Arrays.copyOf(prefix, prefix.length + entry.length - off);
    System.arraycopy(entry, off, key, prefix.length, entry.length - off);
    return key;
  }

  /** Whether any of the given row's index columns is NULL (such rows never conflict in UNIQUE). */
  public static boolean anyNull(IndexLayout ix, Object[] row) {
    for (int c : ix.columns()) {
      if (row[c] == null) {
        return true;
      }
    }
    return false;
  }

  public List<String> columnNames() {
    return def.columns().stream().map(c -> c.name()).toList();
  }
}
