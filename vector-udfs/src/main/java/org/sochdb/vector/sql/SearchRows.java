package org.sochdb.vector.sql;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.exec.TableLayout;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * The rows a search function returns: the table's columns, then {@code score DOUBLE} (higher is
 * better) and, for vector searches, {@code distance DOUBLE} (lower is closer).
 */
final class SearchRows {
  static final String SCORE = "score";
  static final String DISTANCE = "distance";

  private SearchRows() {}

  static RelDataType rowType(RelDataTypeFactory f, TableDef table, boolean withDistance, String function) {
    RelDataTypeFactory.Builder b = f.builder();
    for (ColumnDef c : table.columns()) {
      if (SCORE.equalsIgnoreCase(c.name()) || (withDistance && DISTANCE.equalsIgnoreCase(c.name()))) {
        throw new SochSqlException("42701", function + ": table \"" + table.name() + "\" has a column named \""
            + c.name() + "\", which the search adds to its rows; select from a view that renames it");
      }
      b.add(c.name(), SqlTypes.relType(f, c));
    }
    b.add(SCORE, f.createTypeWithNullability(f.createSqlType(SqlTypeName.DOUBLE), false));
    if (withDistance) {
      b.add(DISTANCE, f.createTypeWithNullability(f.createSqlType(SqlTypeName.DOUBLE), true));
    }
    return b.build();
  }

  /** Reads rows by key in {@code tx} and appends score and distance. */
  static final class Reader {
    private final StorageTransaction tx;
    private final TableLayout layout;
    private final boolean withDistance;

    Reader(StorageTransaction tx, TableDef table, boolean withDistance) {
      this.tx = tx;
      this.layout = new TableLayout(table);
      this.withDistance = withDistance;
    }

    /** The stored row under {@code key}, or null when {@code tx} sees none. */
    Object[] stored(byte[] key) {
      byte[] value = tx.get(key);
      return value == null ? null : layout.decodeRow(value);
    }

    /** The result row for a stored row. */
    Object[] result(Object[] stored, double score, Double distance) {
      ValueType[] types = layout.types;
      Object[] out = new Object[types.length + (withDistance ? 2 : 1)];
      for (int i = 0; i < types.length; i++) {
        out[i] = SqlTypes.toCalcite(types[i], i < stored.length ? stored[i] : null);
      }
      out[types.length] = score;
      if (withDistance) {
        out[types.length + 1] = distance;
      }
      return out;
    }
  }
}
