package org.sochdb.vector.sql;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.catalog.TableDef;

/**
 * What one call of a search function returns: a table whose columns are the searched table's
 * plus {@code score} (and {@code distance}). Made twice per statement: while it is planned, when
 * the searched table is looked up in the preparing connection's catalog for the row type, and as
 * it runs, when {@link #scan} does the search.
 */
abstract class SearchTable extends AbstractTable implements ScannableTable {
  /** The searched table's name as the call gives it. */
  final String table;
  private final String function;
  private final boolean withDistance;
  private final TableDef planned;

  SearchTable(String table, String function, boolean withDistance) {
    this.table = table;
    this.function = function;
    this.withDistance = withDistance;
    SochSession preparing = SochSessions.preparing();
    this.planned = preparing == null ? null : SearchTarget.of(preparing, table, function).table();
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    return SearchRows.rowType(f, planned, withDistance, function);
  }
}
