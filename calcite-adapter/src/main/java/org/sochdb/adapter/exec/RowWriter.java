package org.sochdb.adapter.exec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.error.VectorDimensionException;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.spi.SearchIndex;
import org.sochdb.adapter.trigger.Triggers;
import org.sochdb.adapter.trigger.TriggerContext.Event;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.engine.Bytes;

/**
 * Writes rows of one table inside a statement's transaction, keeping every rule: column
 * types and lengths, NOT NULL (23502), primary key and UNIQUE (23505), foreign keys (23503),
 * and B-tree index entries. A failure throws before anything of that row is written; the
 * statement's savepoint takes back the rows before it. Row triggers ({@link Triggers}) fire
 * BEFORE a row's checks and AFTER it is written, inside the same statement.
 */
final class RowWriter {
  final SochSession session;
  final StorageTransaction tx;
  final TableLayout layout;
  final CatalogSnapshot catalog;
  private final List<TableLayout.IndexLayout> indexes = new ArrayList<>();
  private final List<SearchIndex> searchIndexes = new ArrayList<>();
  private final ForeignKeys foreignKeys;
  private final Triggers triggers;
  private final boolean autoKey;
  final List<Object[]> generatedKeys = new ArrayList<>();
  private final Map<String, Integer> fixedDimensions = new HashMap<>();
  long netRows;

  RowWriter(SochSession session, StorageTransaction tx, TableDef def, CatalogSnapshot catalog) {
    this.session = session;
    this.tx = tx;
    this.layout = new TableLayout(def);
    this.catalog = catalog;
    for (IndexDef ix : catalog.indexesOf(def)) {
      if ("BTREE".equals(ix.method())) {
        indexes.add(layout.index(ix));
      } else {
        searchIndexes.add(session.database().searchIndexes().of(def, ix));
      }
    }
    IndexSetCheck.follow(session.database(), tx, def, catalog);
    this.foreignKeys = new ForeignKeys(this);
    this.triggers = new Triggers(catalog.triggersOf(layout.def), layout.def, layout.types, this::toStorage);
    this.autoKey = layout.pk.length == 1
        && (layout.pkTypes[0] == ValueType.INTEGER || layout.pkTypes[0] == ValueType.BIGINT);
  }

  String tableName() {
    return layout.def.name();
  }

  /** A row from Calcite in storage form, checked against the column definitions. */
  Object[] toStorage(Object[] calciteRow) {
    List<ColumnDef> cols = layout.def.columns();
    Object[] row = new Object[cols.size()];
    for (int i = 0; i < row.length; i++) {
      Object v = i < calciteRow.length ? calciteRow[i] : null;
      try {
        row[i] = SqlTypes.toStorage(layout.types[i], v);
      } catch (IllegalArgumentException e) {
        throw new SochSqlException("22018", "column \"" + cols.get(i).name() + "\": " + e.getMessage());
      }
      checkFits(cols.get(i), row[i]);
    }
    return row;
  }

  private void checkFits(ColumnDef c, Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof String s && c.precision() >= 0 && s.codePointCount(0, s.length()) > c.precision()) {
      throw new SochSqlException("22001", "value too long for column \"" + c.name() + "\" of type "
          + c.type() + "(" + c.precision() + "): " + s.codePointCount(0, s.length()) + " characters");
    }
    if (v instanceof byte[] b && c.precision() >= 0 && b.length > c.precision()) {
      throw new SochSqlException("22001", "value too long for column \"" + c.name() + "\" of type VARBINARY("
          + c.precision() + "): " + b.length + " bytes");
    }
    if (v instanceof float[] f) {
      checkVector(c, f);
    }
    if (v instanceof BigDecimal d && c.precision() > 0) {
      int scale = Math.max(c.scale(), 0);
      if (d.precision() - d.scale() > c.precision() - scale) {
        throw new SochSqlException("22003", "numeric value out of range for column \"" + c.name()
            + "\" of type DECIMAL(" + c.precision() + "," + scale + "): " + d.toPlainString());
      }
    }
  }

  /** Finite components, and the column's dimension, which the first vector fixes when the column has none. */
  private void checkVector(ColumnDef c, float[] f) {
    for (int i = 0; i < f.length; i++) {
      if (Float.isFinite(f[i]) == false) {
        throw new SochSqlException("22000", "column \"" + c.name() + "\": vector component " + i + " is " + f[i]
            + "; vectors hold finite numbers only");
      }
    }
    int dimension = c.precision() > 0 ? c.precision() : fixedDimensions.getOrDefault(c.name(), 0);
    if (dimension == 0) {
      dimension = VectorDimensions.fix(session, tx, layout.def, c.name(), f.length);
      fixedDimensions.put(c.name(), dimension);
    }
    if (f.length != dimension) {
      throw new VectorDimensionException(dimension, f.length, "column \"" + c.name() + "\"");
    }
  }

  private void checkNotNull(Object[] row) {
    List<ColumnDef> cols = layout.def.columns();
    for (int i = 0; i < row.length; i++) {
      if (row[i] == null && (cols.get(i).nullable() == false || isPk(i))) {
        throw SochSqlException.notNull(layout.def.name(), cols.get(i).name());
      }
    }
  }

  private boolean isPk(int column) {
    for (int p : layout.pk) {
      if (p == column) {
        return true;
      }
    }
    return false;
  }

  /** INSERT (or UPSERT when {@code replace}); {@code row} in storage form. */
  void insert(Object[] row, boolean replace) {
    row = triggers.before(Event.INSERT, null, row);
    long rowId = 0;
    if (autoKey && row[layout.pk[0]] == null) {
      long id = AutoIds.next(session.database().key(), layout, tx);
      row[layout.pk[0]] = layout.pkTypes[0] == ValueType.INTEGER ? (Object) Math.toIntExact(id) : (Object) id;
      generatedKeys.add(new Object[] {row[layout.pk[0]]});
    } else if (layout.hasRowId()) {
      rowId = AutoIds.next(session.database().key(), layout, tx);
    } else if (autoKey) {
      AutoIds.seen(session.database().key(), layout, tx, ((Number) row[layout.pk[0]]).longValue());
    }
    checkNotNull(row);
    byte[] key = layout.rowKey(row, rowId);
    byte[] existing = layout.hasRowId() ? null : tx.get(key);
    if (existing != null) {
      if (replace) {
        update(layout.decodeRow(existing), row);
        return;
      }
      throw new SochSqlException("23505", "duplicate key value violates the primary key of table \""
          + layout.def.name() + "\": " + describe(layout.def.primaryKey(), layout.pk, row) + " already exists");
    }
    checkUnique(row, null);
    foreignKeys.checkReferences(row, null);
    tx.put(key, layout.encodeRow(row));
    for (TableLayout.IndexLayout ix : indexes) {
      tx.put(layout.indexEntry(ix, row, key), Bytes.EMPTY);
    }
    for (SearchIndex si : searchIndexes) {
      si.insert(tx, key, row);
    }
    netRows++;
    triggers.after(Event.INSERT, null, row);
  }

  /** DELETE of the row {@code old} (storage form), whose key is {@code key}. */
  void delete(Object[] old, byte[] key) {
    triggers.before(Event.DELETE, old, null);
    foreignKeys.onDelete(old);
    tx.delete(key);
    for (TableLayout.IndexLayout ix : indexes) {
      tx.delete(layout.indexEntry(ix, old, key));
    }
    for (SearchIndex si : searchIndexes) {
      si.delete(tx, key, old);
    }
    netRows--;
    triggers.after(Event.DELETE, old, null);
  }

  /** UPDATE of the row {@code old} to {@code row} (both storage form). */
  void update(Object[] old, Object[] row) {
    row = triggers.before(Event.UPDATE, old, row);
    checkNotNull(row);
    byte[] oldKey = layout.rowKey(old, 0);
    byte[] newKey = layout.rowKey(row, 0);
    boolean keyChanged = Arrays.equals(oldKey, newKey) == false;
    if (keyChanged && tx.get(newKey) != null) {
      throw new SochSqlException("23505", "duplicate key value violates the primary key of table \""
          + layout.def.name() + "\": " + describe(layout.def.primaryKey(), layout.pk, row) + " already exists");
    }
    checkUnique(row, old);
    foreignKeys.checkReferences(row, old);
    foreignKeys.onUpdate(old, row);
    if (keyChanged) {
      tx.delete(oldKey);
    }
    tx.put(newKey, layout.encodeRow(row));
    moveIndexEntries(old, oldKey, row, newKey);
    triggers.after(Event.UPDATE, old, row);
  }

  /** Replaces each index entry the update changed; unchanged entries stay untouched. */
  private void moveIndexEntries(Object[] old, byte[] oldKey, Object[] row, byte[] newKey) {
    boolean keyChanged = oldKey != newKey && Arrays.equals(oldKey, newKey) == false;
    for (SearchIndex si : searchIndexes) {
      if (keyChanged || si.changes(old, row)) {
        si.delete(tx, oldKey, old);
        si.insert(tx, newKey, row);
      }
    }
    for (TableLayout.IndexLayout ix : indexes) {
      byte[] before = layout.indexEntry(ix, old, oldKey);
      byte[] after = layout.indexEntry(ix, row, newKey);
      if (Arrays.equals(before, after) == false) {
        tx.delete(before);
        tx.put(after, Bytes.EMPTY);
      }
    }
  }

  /** UPDATE of a row-id table's row, found by key. */
  void updateAt(byte[] key, Object[] old, Object[] row) {
    row = triggers.before(Event.UPDATE, old, row);
    checkNotNull(row);
    checkUnique(row, old);
    foreignKeys.checkReferences(row, old);
    tx.put(key, layout.encodeRow(row));
    moveIndexEntries(old, key, row, key);
    triggers.after(Event.UPDATE, old, row);
  }

  private void checkUnique(Object[] row, Object[] old) {
    for (TableLayout.IndexLayout ix : indexes) {
      if (ix.def().unique() == false || TableLayout.anyNull(ix, row)) {
        continue;
      }
      byte[] prefix = layout.indexValuePrefix(ix, row);
      if (old != null && Arrays.equals(prefix, layout.indexValuePrefix(ix, old))) {
        continue; // unchanged values cannot newly conflict
      }
      try (KvCursor c = tx.scanPrefix(prefix)) {
        if (c.hasNext()) {
          throw new SochSqlException("23505", "duplicate key value violates unique constraint \""
              + ix.def().name() + "\" of table \"" + layout.def.name() + "\": "
              + describe(ix.def().columns(), ix.columns(), row) + " already exists");
        }
      }
    }
  }

  /** {@code (a, b)=(1, x)}, as PostgreSQL names a conflicting key. */
  static String describe(List<String> names, int[] positions, Object[] row) {
    StringBuilder sb = new StringBuilder("(").append(String.join(", ", names)).append(")=(");
    for (int i = 0; i < positions.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(row[positions[i]]);
    }
    return sb.append(')').toString();
  }
}
