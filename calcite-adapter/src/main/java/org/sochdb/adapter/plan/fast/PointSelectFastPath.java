package org.sochdb.adapter.plan.fast;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.sochdb.adapter.exec.BoundValue;
import org.sochdb.adapter.exec.KeyRange;
import org.sochdb.adapter.exec.ScanExecutor;
import org.sochdb.adapter.exec.ScanSpec;
import org.sochdb.adapter.schema.SochTable;
import org.sochdb.storage.catalog.TableDef;

/**
 * Prepares a primary-key point select ({@link PointSelectShape}) without Calcite's parser,
 * validator, planner or Janino: the signature it returns runs the same {@link ScanExecutor}
 * point lookup the planned statement would, with the same column and parameter metadata.
 *
 * <p>Why: in a fresh JVM, Calcite's first prepare loads ~3,000 classes and compiles code
 * (~0.8 s), while the find-by-id an application opens with needs none of it. Anything the
 * shape does not cover exactly (a view, a table without a primary key, a column type with
 * components, an ambiguous name, a name Calcite would not resolve) returns null and goes the
 * planned way, which also reports every error. {@code FastPathParityTest} holds the two
 * paths to the same rows and metadata.
 */
public final class PointSelectFastPath {
  private static final java.util.concurrent.atomic.LongAdder PREPARED = new java.util.concurrent.atomic.LongAdder();

  private PointSelectFastPath() {}

  /** How many statements this JVM prepared here (tests tell the two paths apart with it). */
  public static long preparedCount() {
    return PREPARED.sum();
  }

  /** The signature for {@code sql}, or null when the fast path does not take it. */
  public static <T> CalcitePrepare.CalciteSignature<T> prepare(CalcitePrepare.Context context, String sql,
      long maxRowCount) {
    PointSelectShape shape = PointSelectShape.of(sql);
    if (shape == null) {
      return null;
    }
    SochTable table = resolve(context, shape);
    if (table == null) {
      return null;
    }
    TableDef def = table.def();
    int[] projection = positions(def, shape.columns());
    int[] keys = positions(def, shape.keyColumns());
    if (keys == null || projection == null && shape.columns() != null || coversPrimaryKey(def, keys) == false) {
      return null;
    }
    JavaTypeFactory types = context.getTypeFactory();
    RelDataType tableType = table.getRowType(types);
    int width = projection == null ? def.columns().size() : projection.length;
    RelDataTypeFactory.Builder row = types.builder();
    List<ColumnMetaData> columns = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      int col = projection == null ? i : projection[i];
      RelDataType type = tableType.getFieldList().get(col).getType();
      if (isPlain(type) == false) {
        return null;
      }
      String label = shape.columns() == null ? def.columns().get(col).name() : shape.columns().get(i);
      row.add(label, type);
      columns.add(column(types, i, label, type, def, col));
    }
    List<AvaticaParameter> parameters = new ArrayList<>(keys.length);
    BoundValue[] keyValues = new BoundValue[keys.length];
    for (int p = 0; p < keys.length; p++) {
      RelDataType type = tableType.getFieldList().get(keys[p]).getType();
      if (isPlain(type) == false) {
        return null;
      }
      parameters.add(new AvaticaParameter(false, precision(type), scale(type), type.getSqlTypeName().getJdbcOrdinal(),
          type.getSqlTypeName().getName(), Object.class.getName(), "?" + p));
      keyValues[def.primaryKey().indexOf(def.columns().get(keys[p]).name())] = new BoundValue.Param(p);
    }
    ScanSpec spec = new ScanSpec(def, null, List.of(KeyRange.point(List.of(keyValues))), projection);
    boolean scalar = width == 1;
    @SuppressWarnings("unchecked")
    Bindable<T> bindable = root -> (Enumerable<T>) (scalar ? ScanExecutor.scanScalar(root, spec) : ScanExecutor.scan(root, spec));
    PREPARED.increment();
    return new CalcitePrepare.CalciteSignature<>(sql, parameters, Map.of(), row.build(), columns,
        Meta.CursorFactory.deduce(columns, null), context.getRootSchema(), List.of(), maxRowCount, bindable,
        Meta.StatementType.SELECT);
  }

  /** The base table Calcite's validator would find, or null (not found, ambiguous, not ours). */
  private static SochTable resolve(CalcitePrepare.Context context, PointSelectShape shape) {
    CalciteSchema schema = context.getRootSchema();
    if (shape.schema() != null) {
      schema = unique(schema.getSubSchemaMap().keySet(), shape.schema()) ? schema.getSubSchema(shape.schema(), false) : null;
    } else {
      for (String name : context.getDefaultSchemaPath()) {
        schema = schema == null ? null : schema.getSubSchema(name, true);
      }
    }
    if (schema == null || unique(schema.getTableNames(), shape.table()) == false) {
      return null;
    }
    CalciteSchema.TableEntry entry = schema.getTable(shape.table(), false);
    return entry != null && entry.getTable() instanceof SochTable t ? t : null;
  }

  private static boolean unique(java.util.Collection<String> names, String name) {
    return names.stream().filter(n -> n.equalsIgnoreCase(name)).count() == 1;
  }

  /** Table positions of the named columns; null when one is missing or ambiguous. */
  private static int[] positions(TableDef def, List<String> names) {
    if (names == null) {
      return null;
    }
    int[] out = new int[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = -1;
      for (int c = 0; c < def.columns().size(); c++) {
        if (def.columns().get(c).name().equalsIgnoreCase(names.get(i))) {
          if (out[i] >= 0) {
            return null;
          }
          out[i] = c;
        }
      }
      if (out[i] < 0) {
        return null;
      }
    }
    return out;
  }

  private static boolean coversPrimaryKey(TableDef def, int[] keys) {
    if (def.primaryKey().isEmpty() || keys.length != def.primaryKey().size()) {
      return false;
    }
    for (int k : keys) {
      if (def.primaryKey().contains(def.columns().get(k).name()) == false) {
        return false;
      }
    }
    return true; // as many distinct columns as key columns, each a key column
  }

  /** A scalar whose JDBC metadata is its type name alone (no components, not an interval). */
  private static boolean isPlain(RelDataType type) {
    return type.getComponentType() == null && type.isStruct() == false
        && type.getSqlTypeName().getFamily() != org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_DAY_TIME
        && type.getSqlTypeName().getFamily() != org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_YEAR_MONTH;
  }

  /** The metadata {@code CalcitePrepareImpl} gives a column that comes straight from a table. */
  private static ColumnMetaData column(JavaTypeFactory types, int ordinal, String label, RelDataType type,
      TableDef def, int col) {
    ColumnMetaData.AvaticaType avatica = ColumnMetaData.scalar(type.getSqlTypeName().getJdbcOrdinal(),
        type.getSqlTypeName().getName(), ColumnMetaData.Rep.of(types.getJavaClass(type)));
    return new ColumnMetaData(ordinal, false, true, false, false,
        type.isNullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
        SqlTypeName.UNSIGNED_TYPES.contains(type.getSqlTypeName()) == false, type.getPrecision(), label,
        def.columns().get(col).name(), def.schema(), precision(type), scale(type), def.name(), null, avatica,
        true, false, false, avatica.columnClassName());
  }

  private static int precision(RelDataType type) {
    return type.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED ? 0 : type.getPrecision();
  }

  private static int scale(RelDataType type) {
    return type.getScale() == RelDataType.SCALE_NOT_SPECIFIED ? 0 : type.getScale();
  }
}
