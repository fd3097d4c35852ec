package org.sochdb.adapter.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.KvEntry;

/**
 * Runs a planned INSERT, UPSERT, UPDATE, DELETE or MERGE (called by generated code): reads
 * the whole input first, so a statement never sees its own writes (the Halloween problem),
 * then writes each row through a {@link RowWriter}, all in one atomic statement.
 *
 * <p>Input rows, as Calcite lays them out for table columns {@code c1..cn}: INSERT the new
 * row; DELETE the old row; UPDATE the old row then one value per SET column; MERGE the insert
 * values (when it has WHEN NOT MATCHED), the old row (NULLs when not matched), the SET values.
 */
public final class ModifyExecutor {
  private ModifyExecutor() {}

  /** Entry point of generated code; returns the update count. */
  public static Enumerable<Long> apply(DataContext root, ModifySpec spec, Enumerable<Object[]> input) {
    SochSession session = SochSessions.of(root);
    long count = session.write(false, tx -> {
      TableDef def = ResolvedTables.current(session, spec.table());
      RowWriter w = new RowWriter(session, tx, def, session.catalog());
      List<Object[]> rows = new ArrayList<>();
      try (Enumerator<Object[]> e = input.enumerator()) {
        while (e.moveNext()) {
          rows.add(e.current());
        }
      }
      long n = switch (spec.operation()) {
        case INSERT -> insert(w, rows, spec.upsert());
        case DELETE -> delete(w, rows);
        case UPDATE -> update(w, rows, spec.updateColumns());
        case MERGE -> merge(w, rows, spec.updateColumns());
      };
      session.setGeneratedKeys(def.primaryKey().isEmpty() ? "ID" : def.primaryKey().get(0), w.generatedKeys);
      session.database().rowsChanged(def, w.netRows);
      return n;
    });
    return Linq4j.singletonEnumerable(count);
  }

  private static long insert(RowWriter w, List<Object[]> rows, boolean upsert) {
    for (Object[] r : rows) {
      w.insert(w.toStorage(r), upsert);
    }
    return rows.size();
  }

  private static long delete(RowWriter w, List<Object[]> rows) {
    if (w.layout.hasRowId()) {
      return RowIdMatcher.apply(w, rows, null);
    }
    for (Object[] r : rows) {
      Object[] old = w.toStorage(r);
      w.delete(old, w.layout.rowKey(old, 0));
    }
    return rows.size();
  }

  private static long update(RowWriter w, List<Object[]> rows, List<String> setColumns) {
    int n = w.layout.def.columns().size();
    int[] targets = setColumns.stream().mapToInt(w.layout.def::columnIndex).toArray();
    if (w.layout.hasRowId()) {
      return RowIdMatcher.apply(w, rows, targets);
    }
    for (Object[] r : rows) {
      Object[] old = w.toStorage(java.util.Arrays.copyOf(r, n));
      Object[] updated = withSet(r, 0, n, targets);
      w.update(old, w.toStorage(updated));
    }
    return rows.size();
  }

  private static long merge(RowWriter w, List<Object[]> rows, List<String> setColumns) {
    int n = w.layout.def.columns().size();
    int[] targets = setColumns.stream().mapToInt(w.layout.def::columnIndex).toArray();
    for (Object[] r : rows) {
      boolean hasInsert = r.length == 2 * n + targets.length;
      int oldAt = hasInsert ? n : 0;
      boolean matched = false;
      for (int i = 0; i < n; i++) {
        matched |= r[oldAt + i] != null;
      }
      if (matched) {
        Object[] old = w.toStorage(java.util.Arrays.copyOfRange(r, oldAt, oldAt + n));
        w.update(old, w.toStorage(withSet(r, oldAt, oldAt + n, targets)));
      } else if (hasInsert) {
        w.insert(w.toStorage(java.util.Arrays.copyOf(r, n)), false);
      }
    }
    return rows.size();
  }

  /** The old row at {@code oldAt} with the SET values (starting at {@code setAt}) applied. */
  static Object[] withSet(Object[] r, int oldAt, int setAt, int[] targets) {
    int n = setAt - oldAt;
    Object[] updated = java.util.Arrays.copyOfRange(r, oldAt, oldAt + n);
    for (int i = 0; i < targets.length; i++) {
      updated[targets[i]] = r[setAt + i];
    }
    return updated;
  }

  /**
   * Finds the rows of a table without a primary key by value: one pass over the table,
   * taking each input row's match once (duplicates are distinct rows with the same values).
   */
  static final class RowIdMatcher {
    private RowIdMatcher() {}

    static long apply(RowWriter w, List<Object[]> rows, int[] setTargets) {
      int n = w.layout.def.columns().size();
      Map<List<Object>, List<Object[]>> wanted = new HashMap<>();
      for (Object[] r : rows) {
        Object[] old = w.toStorage(java.util.Arrays.copyOf(r, n));
        wanted.computeIfAbsent(key(old), k -> new ArrayList<>()).add(r);
      }
      List<Object[]> found = new ArrayList<>();
      try (KvCursor c = w.tx.scan(w.layout.prefix, Bytes.prefixEnd(w.layout.prefix))) {
        while (c.hasNext() && wanted.isEmpty() == false) {
          KvEntry kv = c.next();
          Object[] row = w.layout.decodeRow(kv.value());
          List<Object[]> inputs = wanted.get(key(row));
          if (inputs != null) {
            found.add(new Object[] {kv.key(), row, inputs.remove(inputs.size() - 1)});
            if (inputs.isEmpty()) {
              wanted.remove(key(row));
            }
          }
        }
      }
      for (Object[] f : found) {
        byte[] key = (byte[]) f[0];
        Object[] old = (Object[]) f[1];
        if (setTargets == null) {
          w.delete(old, key);
        } else {
          w.updateAt(key, old, w.toStorage(withSet((Object[]) f[2], 0, n, setTargets)));
        }
      }
      return found.size();
    }

    private static List<Object> key(Object[] row) {
      List<Object> k = new ArrayList<>(row.length);
      for (Object v : row) {
        k.add(v instanceof byte[] b ? java.nio.ByteBuffer.wrap(b) : v instanceof float[] f
            ? java.util.Arrays.toString(f) : v);
      }
      return k;
    }
  }
}
