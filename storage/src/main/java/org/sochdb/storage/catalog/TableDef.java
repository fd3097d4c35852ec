package org.sochdb.storage.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table, view or collection of a namespace. Rows of a table live under
 * {@link Catalog#tableKeyPrefix(int)} of its {@link #id}; UNIQUE constraints are unique
 * {@link IndexDef}s.
 *
 * @param kind {@code TABLE}, {@code VIEW} or {@code COLLECTION}
 * @param primaryKey primary-key column names in key order (empty: a hidden row id)
 * @param viewSql the defining query of a view, else null
 * @param options free-form settings (a collection's metric, say)
 */
public record TableDef(int id, String schema, String name, String kind, List<ColumnDef> columns,
    List<String> primaryKey, List<ForeignKeyDef> foreignKeys, Map<String, String> options,
    String viewSql) {

  public Optional<ColumnDef> column(String columnName) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
  }

  public int columnIndex(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(columnName)) {
        return i;
      }
    }
    return -1;
  }

  /** This table with {@code newColumns} in place of its columns (ALTER TABLE, a vector column's dimension). */
  public TableDef withColumns(List<ColumnDef> newColumns) {
    return new TableDef(id, schema, name, kind, List.copyOf(newColumns), primaryKey, foreignKeys, options, viewSql);
  }

  public boolean isView() {
    return "VIEW".equals(kind);
  }
}
