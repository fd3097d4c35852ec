package org.sochdb.adapter.exec;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * What a planned scan reads: a table, through its primary key or a B-tree index, over some
 * key ranges (none: the whole table), returning some columns. Stashed in the plan; holds no
 * per-connection state, so a cached plan serves every connection. Its {@link TableLayout}
 * is derived once, not per execution.
 */
public final class ScanSpec {
  private final TableDef table;
  private final IndexDef index;
  private final List<KeyRange> ranges;
  private final int[] projection;
  private volatile TableLayout layout;

  /** @param projection table column positions returned, in order; null for all */
  public ScanSpec(TableDef table, IndexDef index, List<KeyRange> ranges, int[] projection) {
    this.table = table;
    this.index = index;
    this.ranges = List.copyOf(ranges);
    this.projection = projection;
  }

  public static ScanSpec full(TableDef table) {
    return new ScanSpec(table, null, List.of(), null);
  }

  public TableDef table() {
    return table;
  }

  public IndexDef index() {
    return index;
  }

  public List<KeyRange> ranges() {
    return ranges;
  }

  public int[] projection() {
    return projection;
  }

  public TableLayout layout() {
    TableLayout l = layout;
    if (l == null) {
      l = new TableLayout(table);
      layout = l;
    }
    return l;
  }

  public boolean isFull() {
    return ranges.isEmpty();
  }

  /** Every range is one whole primary key: each is a single get, not a scan. */
  public boolean isPrimaryKeyLookup() {
    if (index != null || ranges.isEmpty() || table.primaryKey().isEmpty()) {
      return false;
    }
    for (KeyRange r : ranges) {
      if (r.isPoint() == false || r.lower().size() != table.primaryKey().size()) {
        return false;
      }
    }
    return true;
  }

  public int width() {
    return projection == null ? table.columns().size() : projection.length;
  }

  public int tableColumn(int output) {
    return projection == null ? output : projection[output];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScanSpec s && table.equals(s.table) && Objects.equals(index, s.index)
        && ranges.equals(s.ranges) && Arrays.equals(projection, s.projection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table.id(), index == null ? 0 : index.id(), ranges, Arrays.hashCode(projection));
  }

  @Override
  public String toString() {
    return "ScanSpec[" + table.name() + (index == null ? "" : " via " + index.name()) + ", ranges=" + ranges
        + (projection == null ? "" : ", fields=" + Arrays.toString(projection)) + "]";
  }
}
