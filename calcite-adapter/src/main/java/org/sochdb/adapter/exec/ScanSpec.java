package org.sochdb.adapter.exec;

import java.util.List;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * What a planned scan reads: a table, through its primary key or a B-tree index, over some
 * key ranges (none: the whole table), returning some columns. Stashed in the plan; holds no
 * per-connection state, so a cached plan serves every connection.
 *
 * @param projection table column positions returned, in order; null for all
 */
public record ScanSpec(TableDef table, IndexDef index, List<KeyRange> ranges, int[] projection) {

  public static ScanSpec full(TableDef table) {
    return new ScanSpec(table, null, List.of(), null);
  }

  public boolean isFull() {
    return ranges.isEmpty();
  }

  public int width() {
    return projection == null ? table.columns().size() : projection.length;
  }

  public int tableColumn(int output) {
    return projection == null ? output : projection[output];
  }
}
