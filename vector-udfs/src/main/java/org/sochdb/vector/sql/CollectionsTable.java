package org.sochdb.vector.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * {@code sys.collections}: one row per collection the connection sees, {@code schema_name, name,
 * dimension} (null while the first vector has not fixed it), {@code metric, m, ef_construction}
 * (its HNSW index's settings), ordered by schema and name. Clients learn a collection's shape
 * here, since JDBC metadata has no place for index settings.
 */
public final class CollectionsTable extends AbstractTable implements ScannableTable {
  /** The table's name in schema {@code sys}. */
  public static final String NAME = "collections";

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    return f.builder().add("schema_name", SqlTypeName.VARCHAR).add("name", SqlTypeName.VARCHAR)
        .add("dimension", f.createTypeWithNullability(f.createSqlType(SqlTypeName.INTEGER), true))
        .add("metric", SqlTypeName.VARCHAR).add("m", SqlTypeName.INTEGER)
        .add("ef_construction", SqlTypeName.INTEGER).build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    CatalogSnapshot catalog = SochSessions.of(root).catalog();
    List<Object[]> rows = new ArrayList<>();
    for (TableDef t : catalog.tables()) {
      if ("COLLECTION".equals(t.kind()) == false) {
        continue;
      }
      IndexDef hnsw = catalog.indexesOf(t).stream()
          .filter(ix -> "HNSW".equalsIgnoreCase(ix.method())).findFirst().orElse(null);
      Integer dimension = t.columns().stream().filter(c -> "VECTOR".equals(c.type())).findFirst()
          .map(ColumnDef::precision).filter(p -> p > 0).orElse(null);
      rows.add(new Object[] {t.schema(), t.name(), dimension,
          hnsw == null ? null : hnsw.options().get("metric"),
          hnsw == null ? null : Integer.valueOf(hnsw.options().get("m")),
          hnsw == null ? null : Integer.valueOf(hnsw.options().get("ef_construction"))});
    }
    rows.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (String) r[1]));
    return Linq4j.asEnumerable(rows);
  }
}
