package org.sochdb.adapter.schema;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelReferentialConstraint;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql2rel.InitializerExpressionFactory;
import org.apache.calcite.util.ImmutableBitSet;
import org.sochdb.adapter.exec.ScanSpec;
import org.sochdb.adapter.rel.SochTableScan;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * A SochDB table as Calcite sees it: its row type from the catalog, statistics (row estimate,
 * primary key, key order) for the planner, column defaults for INSERT, and a
 * {@link SochTableScan} as its relational form. Stateless beyond its definition, so plans
 * that hold it can be shared between connections.
 */
public final class SochTable extends AbstractTable implements TranslatableTable {
  private final TableDef def;
  private final List<IndexDef> indexes;
  private final SochDatabase database;

  public SochTable(TableDef def, List<IndexDef> indexes, SochDatabase database) {
    this.def = def;
    this.indexes = indexes;
    this.database = database;
  }

  /** The table's secondary indexes, for the scan rules. */
  public List<IndexDef> indexes() {
    return indexes;
  }

  public TableDef def() {
    return def;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    RelDataTypeFactory.Builder b = f.builder();
    int auto = autoIdColumn(def);
    for (int i = 0; i < def.columns().size(); i++) {
      RelDataType t = SqlTypes.relType(f, def.columns().get(i));
      // An INSERT may leave the auto-numbered key out (or NULL): the writer assigns it.
      b.add(def.columns().get(i).name(), i == auto ? f.createTypeWithNullability(t, true) : t);
    }
    return b.build();
  }

  /** The single INTEGER or BIGINT primary-key column numbered on INSERT, or -1. */
  public static int autoIdColumn(TableDef def) {
    if (def.primaryKey().size() != 1) {
      return -1;
    }
    int i = def.columnIndex(def.primaryKey().get(0));
    String type = def.columns().get(i).type();
    return "INTEGER".equals(type) || "BIGINT".equals(type) ? i : -1;
  }

  @Override
  public Statistic getStatistic() {
    List<ImmutableBitSet> keys = new ArrayList<>();
    if (def.primaryKey().isEmpty() == false) {
      keys.add(ImmutableBitSet.of(def.primaryKey().stream().mapToInt(def::columnIndex).toArray()));
    }
    return Statistics.of((double) database.estimatedRows(def), keys, List.<RelReferentialConstraint>of(),
        def.primaryKey().isEmpty() ? List.of() : List.of(primaryKeyCollation(def)));
  }

  /** Rows come out of a primary-key scan in primary-key order. */
  public static RelCollation primaryKeyCollation(TableDef def) {
    List<RelFieldCollation> fields = new ArrayList<>();
    for (String col : def.primaryKey()) {
      fields.add(new RelFieldCollation(def.columnIndex(col), RelFieldCollation.Direction.ASCENDING,
          RelFieldCollation.NullDirection.LAST)); // key columns are NOT NULL: also ASC NULLS LAST
    }
    return RelCollations.of(fields);
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return SochTableScan.create(context.getCluster(), relOptTable, ScanSpec.full(def));
  }

  @Override
  public <C> C unwrap(Class<C> aClass) {
    if (aClass == InitializerExpressionFactory.class) {
      return aClass.cast(new ColumnDefaults(def));
    }
    return super.unwrap(aClass);
  }

  @Override
  public org.apache.calcite.schema.Schema.TableType getJdbcTableType() {
    return org.apache.calcite.schema.Schema.TableType.TABLE;
  }
}
