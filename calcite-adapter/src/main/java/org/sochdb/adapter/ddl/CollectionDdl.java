package org.sochdb.adapter.ddl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.adapter.sql.ddl.SqlCreateCollection;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.NamespaceDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * {@code CREATE COLLECTION ns.name (DIMENSION n, METRIC 'cosine', M 16, EF_CONSTRUCTION 100)}: a
 * table {@code (id VARCHAR PRIMARY KEY, embedding VECTOR(n), content VARCHAR, metadata VARCHAR)}
 * with an HNSW index {@code name_hnsw} on {@code embedding} and a full-text index
 * {@code name_fts} on {@code content}. Without {@code DIMENSION}, the first vector written fixes
 * it. {@code DROP COLLECTION} drops the table with its indexes.
 */
final class CollectionDdl {
  /** The collection's columns, in order. */
  static final String ID = "id";
  static final String EMBEDDING = "embedding";
  static final String CONTENT = "content";
  static final String METADATA = "metadata";

  private CollectionDdl() {}

  static void create(StorageTransaction tx, SochDatabase database, CatalogSnapshot c, SqlCreateCollection node,
      CalcitePrepare.Context ctx) {
    DdlNames.Qualified q = DdlNames.of(node.getName(), ctx);
    NamespaceDef ns = DdlNames.namespace(c, q.schema());
    if (c.table(ns.name(), q.name()).isPresent()) {
      if (node.isIfNotExists()) {
        return;
      }
      throw new SochSqlException("42P07", "collection \"" + q.name() + "\" already exists in namespace \""
          + ns.name() + "\"");
    }
    Integer dimension = node.getDimension();
    if (dimension != null && (dimension < 1 || dimension > 65_536)) {
      throw new SochSqlException("22023", "collection \"" + q.name() + "\": DIMENSION must be between 1 and 65536, not "
          + dimension);
    }
    List<ColumnDef> columns = List.of(
        new ColumnDef(ID, "VARCHAR", -1, -1, false, null, false),
        SqlTypes.vectorColumn(EMBEDDING, dimension == null ? 0 : dimension, true),
        new ColumnDef(CONTENT, "VARCHAR", -1, -1, true, null, false),
        new ColumnDef(METADATA, "VARCHAR", -1, -1, true, null, false));
    Map<String, String> hnsw = new LinkedHashMap<>();
    if (node.getMetric() != null) {
      hnsw.put("metric", node.getMetric());
    }
    if (node.getM() != null) {
      hnsw.put("m", node.getM().toString());
    }
    if (node.getEfConstruction() != null) {
      hnsw.put("ef_construction", node.getEfConstruction().toString());
    }
    TableDef def = new TableDef(Catalog.nextId(tx), ns.name(), q.name(), "COLLECTION", columns, List.of(ID),
        List.of(), Map.copyOf(hnsw), null);
    Catalog.putTable(tx, def);
    IndexDdl.createSearchIndex(tx, database, def, q.name() + "_hnsw", "HNSW", List.of(EMBEDDING), hnsw);
    IndexDdl.createSearchIndex(tx, database, def, q.name() + "_fts", "FULLTEXT", List.of(CONTENT), Map.of());
  }
}
