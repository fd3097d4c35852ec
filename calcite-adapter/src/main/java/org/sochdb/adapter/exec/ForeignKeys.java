package org.sochdb.adapter.exec;

import java.util.ArrayList;
import java.util.List;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.catalog.ForeignKeyDef;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.KvEntry;

/**
 * FOREIGN KEY enforcement for one {@link RowWriter}: outgoing references must exist when a
 * row is written (23503), and rows that reference a deleted or re-keyed row are refused,
 * deleted or set to NULL as their constraint's ON DELETE says.
 */
final class ForeignKeys {
  private final RowWriter w;

  ForeignKeys(RowWriter writer) {
    this.w = writer;
  }

  /** Every foreign key of the written row whose values changed must find its parent row. */
  void checkReferences(Object[] row, Object[] old) {
    TableDef def = w.layout.def;
    for (ForeignKeyDef fk : def.foreignKeys()) {
      Object[] values = values(def, fk.columns(), row);
      if (values == null || (old != null && java.util.Arrays.equals(values, values(def, fk.columns(), old)))) {
        continue; // a NULL part means the constraint does not apply; unchanged is already valid
      }
      TableDef parent = w.catalog.table(fk.refSchema(), fk.refTable())
          .orElseThrow(() -> new SochSqlException("23503", "foreign key \"" + fk.name() + "\" references table \""
              + fk.refTable() + "\", which no longer exists"));
      boolean self = parent.id() == def.id() && java.util.Arrays.equals(values, values(def, refColumns(fk, parent), row));
      if (self == false && exists(parent, refColumns(fk, parent), values) == false) {
        throw new SochSqlException("23503", "insert or update on table \"" + def.name()
            + "\" violates foreign key \"" + fk.name() + "\": (" + String.join(", ", fk.columns()) + ")=("
            + join(values) + ") is not present in table \"" + parent.name() + "\"");
      }
    }
  }

  /** A deleted parent row: children restrict, cascade or are set to NULL. */
  void onDelete(Object[] old) {
    forEachChild(old, (child, fk, childWriter, childKey, childRow) -> {
      switch (fk.onDelete() == null ? "RESTRICT" : fk.onDelete()) {
        case "CASCADE" -> childWriter.delete(childRow, childKey);
        case "SET_NULL", "SET NULL" -> {
          Object[] updated = childRow.clone();
          for (String c : fk.columns()) {
            updated[child.columnIndex(c)] = null;
          }
          childWriter.update(childRow, updated);
        }
        default -> throw new SochSqlException("23503", "delete on table \"" + w.layout.def.name()
            + "\" violates foreign key \"" + fk.name() + "\" on table \"" + child.name()
            + "\": the row is still referenced by (" + String.join(", ", fk.columns()) + ")=("
            + join(values(child, fk.columns(), childRow)) + ")");
      }
    });
  }

  /** A parent row whose referenced columns change may not leave children behind. */
  void onUpdate(Object[] old, Object[] row) {
    TableDef def = w.layout.def;
    for (TableDef child : w.catalog.referencing(def)) {
      for (ForeignKeyDef fk : child.foreignKeys()) {
        if (fk.refTable().equals(def.name()) == false || fk.refSchema().equals(def.schema()) == false) {
          continue;
        }
        List<String> ref = refColumns(fk, def);
        if (java.util.Arrays.equals(values(def, ref, old), values(def, ref, row))) {
          continue;
        }
        forEachChild(old, (c, f, cw, ck, cr) -> {
          if (f == fk) {
            throw new SochSqlException("23503", "update on table \"" + def.name() + "\" violates foreign key \""
                + fk.name() + "\" on table \"" + c.name() + "\": the old key is still referenced");
          }
        });
      }
    }
  }

  @FunctionalInterface
  private interface ChildAction {
    void apply(TableDef child, ForeignKeyDef fk, RowWriter childWriter, byte[] childKey, Object[] childRow);
  }

  private void forEachChild(Object[] parentRow, ChildAction action) {
    TableDef def = w.layout.def;
    for (TableDef child : w.catalog.referencing(def)) {
      for (ForeignKeyDef fk : child.foreignKeys()) {
        if (fk.refTable().equals(def.name()) == false || fk.refSchema().equals(def.schema()) == false) {
          continue;
        }
        Object[] key = values(def, refColumns(fk, def), parentRow);
        if (key == null) {
          continue;
        }
        RowWriter cw = child.id() == def.id() ? w : new RowWriter(w.session, w.tx, child, w.catalog);
        for (Object[] found : matching(cw.layout, fk.columns(), key)) {
          byte[] childKey = (byte[]) found[0];
          Object[] childRow = (Object[]) found[1];
          if (child.id() == def.id() && java.util.Arrays.equals(childKey, w.layout.rowKey(parentRow, 0))) {
            continue; // a row referencing itself goes with it
          }
          action.apply(child, fk, cw, childKey, childRow);
        }
      }
    }
  }

  /** The (key, row) pairs of {@code layout}'s table whose {@code columns} equal {@code values}. */
  private List<Object[]> matching(TableLayout layout, List<String> columns, Object[] rawValues) {
    List<Object[]> out = new ArrayList<>();
    Object[] values = coerce(layout.def, columns, rawValues);
    IndexDef ix = indexOn(layout.def, columns);
    if (ix != null) {
      TableLayout.IndexLayout il = layout.index(ix);
      Object[] probe = new Object[layout.def.columns().size()];
      for (int i = 0; i < columns.size(); i++) {
        probe[layout.def.columnIndex(columns.get(i))] = values[i];
      }
      try (KvCursor c = w.tx.scanPrefix(layout.indexValuePrefix(il, probe))) {
        while (c.hasNext()) {
          byte[] rowKey = layout.rowKeyFromIndexEntry(il, c.next().key());
          byte[] value = w.tx.get(rowKey);
          if (value != null) {
            out.add(new Object[] {rowKey, layout.decodeRow(value)});
          }
        }
      }
      return out;
    }
    try (KvCursor c = w.tx.scan(layout.prefix, Bytes.prefixEnd(layout.prefix))) {
      while (c.hasNext()) {
        KvEntry kv = c.next();
        Object[] row = layout.decodeRow(kv.value());
        if (java.util.Arrays.equals(values(layout.def, columns, row), values)) {
          out.add(new Object[] {kv.key(), row});
        }
      }
    }
    return out;
  }

  private boolean exists(TableDef parent, List<String> columns, Object[] values) {
    if (columns.equals(parent.primaryKey())) {
      return w.tx.get(new TableLayout(parent).rowKeyOf(coerce(parent, columns, values))) != null;
    }
    TableLayout layout = new TableLayout(parent);
    return matching(layout, columns, values).isEmpty() == false;
  }

  private IndexDef indexOn(TableDef t, List<String> columns) {
    for (IndexDef ix : w.catalog.indexesOf(t)) {
      if ("BTREE".equals(ix.method()) && ix.columns().size() >= columns.size()
          && ix.columns().subList(0, columns.size()).equals(columns)
          && ix.descending().stream().noneMatch(Boolean::booleanValue)) {
        return ix;
      }
    }
    return null;
  }

  private static List<String> refColumns(ForeignKeyDef fk, TableDef parent) {
    return fk.refColumns().isEmpty() ? parent.primaryKey() : fk.refColumns();
  }

  /** The values of {@code columns} in {@code row}, or null if any is NULL. */
  private static Object[] values(TableDef def, List<String> columns, Object[] row) {
    Object[] out = new Object[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = row[def.columnIndex(columns.get(i))];
      if (out[i] == null) {
        return null;
      }
    }
    return out;
  }

  private static String join(Object[] values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(values[i]);
    }
    return sb.toString();
  }

  /** {@code values} as the types of {@code columns} of {@code t}: INTEGER may reference BIGINT. */
  private static Object[] coerce(TableDef t, List<String> columns, Object[] values) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < out.length; i++) {
      ValueType type = org.sochdb.adapter.types.SqlTypes.valueType(t.columns().get(t.columnIndex(columns.get(i))));
      out[i] = org.sochdb.adapter.codec.ValueCoercion.coerce(type, values[i]);
    }
    return out;
  }
}
