package org.sochdb.adapter.exec;

import java.util.ArrayList;
import java.util.List;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * A VECTOR column declared without a dimension (a collection created without one) takes the
 * length of the first vector written to it, in the writing transaction: a rollback leaves it
 * open again, and two transactions fixing it at once conflict like any two catalog changes.
 */
final class VectorDimensions {
  private VectorDimensions() {}

  /** The column's dimension as {@code tx} sees it, fixed to {@code length} if it had none. */
  static int fix(SochSession session, StorageTransaction tx, TableDef table, String column, int length) {
    TableDef current = Catalog.snapshot(tx).table(table.schema(), table.name()).orElse(table);
    ColumnDef col = current.column(column).orElseThrow();
    if (col.precision() > 0) {
      return col.precision();
    }
    List<ColumnDef> columns = new ArrayList<>();
    for (ColumnDef c : current.columns()) {
      columns.add(c == col ? new ColumnDef(c.name(), c.type(), length, c.scale(), c.nullable(), c.defaultSql(),
          c.autoIncrement()) : c);
    }
    Catalog.putTable(tx, current.withColumns(columns));
    session.catalogChanged();
    return length;
  }
}
