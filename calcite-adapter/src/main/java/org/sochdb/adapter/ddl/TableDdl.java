package org.sochdb.adapter.ddl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.kv.KvTables;
import org.sochdb.adapter.sql.ddl.SqlAlterTableAddColumn;
import org.sochdb.adapter.sql.ddl.SqlColumnDef;
import org.sochdb.adapter.sql.ddl.SqlCreateTableEx;
import org.sochdb.adapter.sql.ddl.SqlForeignKeyReference;
import org.sochdb.adapter.sql.ddl.SqlTableConstraint;
import org.sochdb.adapter.types.SqlTypes;
import org.sochdb.storage.KvCursor;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.ForeignKeyDef;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.NamespaceDef;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.engine.KvEntry;

/** CREATE TABLE, DROP TABLE and ALTER TABLE ADD COLUMN against the catalog. */
final class TableDdl {
  private TableDdl() {}

  static void create(StorageTransaction tx, CatalogSnapshot c, SqlCreateTableEx node, CalcitePrepare.Context ctx) {
    DdlNames.Qualified q = DdlNames.of(node.getName(), ctx);
    NamespaceDef ns = DdlNames.namespace(c, q.schema());
    if (c.table(ns.name(), q.name()).isPresent() || KvTables.isReservedName(q.name())) {
      if (node.isIfNotExists()) {
        return;
      }
      throw new SochSqlException("42P07", "table \"" + q.name() + "\" already exists in schema \"" + ns.name() + "\""
          + (KvTables.isReservedName(q.name()) ? ": every namespace has the built-in kv table and kv_text view" : ""));
    }
    List<String> pk = node.getPrimaryKeyColumnNames();
    List<ColumnDef> columns = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (SqlColumnDef col : node.getColumns()) {
      if (seen.add(col.getNameAsString().toLowerCase(java.util.Locale.ROOT)) == false) {
        throw new SochSqlException("42701", "column \"" + col.getNameAsString() + "\" is defined twice");
      }
      boolean inPk = pk.stream().anyMatch(p -> p.equalsIgnoreCase(col.getNameAsString()));
      columns.add(ColumnDefs.of(col, inPk, ctx));
    }
    TableDef draft = new TableDef(0, ns.name(), q.name(), "TABLE", columns, List.of(), List.of(), Map.of(), null);
    List<String> pkNames = resolveColumns(draft, pk);
    // With its key known, the draft can stand as the parent of its own foreign keys.
    draft = new TableDef(0, ns.name(), q.name(), "TABLE", columns, pkNames, List.of(), Map.of(), null);
    for (String p : pkNames) {
      if ("VECTOR".equals(draft.column(p).orElseThrow().type())) {
        throw new SochSqlException("42000", "a VECTOR column cannot be part of a primary key");
      }
    }
    List<ForeignKeyDef> fks = new ArrayList<>();
    List<List<String>> uniques = new ArrayList<>();
    List<String> uniqueNames = new ArrayList<>();
    for (SqlColumnDef col : node.getColumns()) {
      if (col.isUnique()) {
        uniques.add(List.of(draft.column(col.getNameAsString()).orElseThrow().name()));
        uniqueNames.add(null);
      }
      if (col.getReferences() != null) {
        fks.add(foreignKey(c, ctx, draft, null, List.of(col.getNameAsString()), col.getReferences()));
      }
    }
    for (SqlTableConstraint tc : node.getConstraints()) {
      String cname = tc.getConstraintName() == null ? null : tc.getConstraintName().getSimple();
      switch (tc.getConstraintKind()) {
        case UNIQUE -> {
          uniques.add(resolveColumns(draft, tc.getColumnNames()));
          uniqueNames.add(cname);
        }
        case FOREIGN_KEY -> fks.add(foreignKey(c, ctx, draft, cname, tc.getColumnNames(), tc.getReferences()));
        default -> { } // PRIMARY KEY: already in getPrimaryKeyColumnNames()
      }
    }
    int id = Catalog.nextId(tx);
    TableDef def = new TableDef(id, ns.name(), q.name(), "TABLE", List.copyOf(columns), pkNames, List.copyOf(fks),
        Map.of(), null);
    Catalog.putTable(tx, def);
    for (int i = 0; i < uniques.size(); i++) {
      String name = uniqueNames.get(i) != null ? uniqueNames.get(i)
          : q.name() + "_" + String.join("_", uniques.get(i)) + "_key";
      IndexDdl.createBtree(tx, def, name, uniques.get(i), true, true);
    }
    for (ForeignKeyDef fk : fks) {
      boolean covered = pkNames.size() >= fk.columns().size() && pkNames.subList(0, fk.columns().size()).equals(fk.columns());
      if (covered == false) {
        IndexDdl.createBtree(tx, def, fk.name() + "_idx", fk.columns(), false, true);
      }
    }
  }

  private static ForeignKeyDef foreignKey(CatalogSnapshot c, CalcitePrepare.Context ctx, TableDef self, String name,
      List<String> columns, SqlForeignKeyReference ref) {
    List<String> cols = resolveColumns(self, columns);
    DdlNames.Qualified target = DdlNames.of(ref.getTargetTable(), ctx);
    TableDef parent;
    boolean selfRef = target.name().equalsIgnoreCase(self.name()) && target.schema().equalsIgnoreCase(self.schema());
    if (selfRef) {
      parent = self;
    } else {
      parent = DdlNames.table(c, target);
    }
    List<String> refCols = ref.getTargetColumnNames().isEmpty() ? null : resolveColumns(parent, ref.getTargetColumnNames());
    List<String> parentKey = refCols == null ? parent.primaryKey() : refCols;
    boolean keyed = parentKey.equals(parent.primaryKey()) || (selfRef == false && c.indexesOf(parent).stream()
        .anyMatch(ix -> ix.unique() && ix.columns().equals(parentKey)));
    if (parentKey.isEmpty() || (keyed == false && selfRef == false)) {
      throw new SochSqlException("42830", "foreign key references " + parent.name() + "(" + String.join(", ", parentKey)
          + "), which is neither its primary key nor a UNIQUE key");
    }
    if (parentKey.size() != cols.size()) {
      throw new SochSqlException("42830", "foreign key has " + cols.size() + " columns but references "
          + parentKey.size());
    }
    String fkName = name != null ? name : self.name() + "_" + String.join("_", cols) + "_fkey";
    String onDelete = ref.getOnDelete() == null ? "RESTRICT" : ref.getOnDelete().name();
    return new ForeignKeyDef(fkName, cols, parent.schema(), parent.name(), refCols == null ? List.of() : refCols,
        onDelete);
  }

  /** Column names as the table spells them; 42703 for an unknown one. */
  static List<String> resolveColumns(TableDef t, List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(t.column(n).orElseThrow(() -> new SochSqlException("42703", "column \"" + n
          + "\" does not exist in table \"" + t.name() + "\"")).name());
    }
    return List.copyOf(out);
  }

  /** 0A000: kv and kv_text belong to their namespace; they go when it is dropped. */
  static SochSqlException builtIn(String name) {
    return new SochSqlException("0A000", "\"" + name + "\" is built into every namespace and cannot be dropped or "
        + "replaced; DELETE FROM kv empties it, DROP SCHEMA removes it with its namespace");
  }

  static void drop(StorageTransaction tx, SochDatabase database, CatalogSnapshot c, DdlNames.Qualified q,
      boolean ifExists) {
    var ns = c.namespace(q.schema());
    var found = ns.flatMap(n -> c.table(n.name(), q.name())).filter(t -> t.isView() == false);
    if (found.isEmpty()) {
      if (ns.isPresent() && KvTables.NAME.equalsIgnoreCase(q.name())) {
        throw builtIn(q.name());
      }
      if (ifExists) {
        return;
      }
      throw SochSqlException.noTable(q.schema() + "." + q.name());
    }
    TableDef t = found.get();
    for (TableDef child : c.referencing(t)) {
      if (child.id() != t.id()) {
        throw new SochSqlException("2BP01", "cannot drop table \"" + t.name() + "\": table \"" + child.name()
            + "\" references it with a foreign key; drop that table first");
      }
    }
    for (IndexDef ix : c.indexesOf(t)) {
      IndexDdl.dropDefinition(tx, database, ix);
    }
    for (var trg : c.triggersOf(t)) {
      Catalog.dropTrigger(tx, trg);
    }
    Catalog.dropTable(tx, t);
  }

  static void addColumn(StorageTransaction tx, CatalogSnapshot c, SqlAlterTableAddColumn node, CalcitePrepare.Context ctx) {
    TableDef t = DdlNames.table(c, DdlNames.of(node.getTable(), ctx));
    SqlColumnDef col = node.getColumn();
    if (t.column(col.getNameAsString()).isPresent()) {
      if (node.isIfNotExists()) {
        return;
      }
      throw new SochSqlException("42701", "column \"" + col.getNameAsString() + "\" of table \"" + t.name()
          + "\" already exists");
    }
    if (col.isPrimaryKey() || col.isUnique() || col.getReferences() != null) {
      throw new SochSqlException("0A000", "ALTER TABLE ADD COLUMN takes a plain column; add PRIMARY KEY, UNIQUE or "
          + "REFERENCES constraints when creating the table, or CREATE UNIQUE INDEX afterwards");
    }
    ColumnDef def = ColumnDefs.of(col, false, ctx);
    Object fill = null;
    if (col.getDefaultValue() != null) {
      fill = constant(col.getDefaultValue(), def);
    }
    List<ColumnDef> cols = new ArrayList<>(t.columns());
    cols.add(def);
    TableDef altered = t.withColumns(cols);
    rewriteRows(tx, t, altered, fill, def);
    Catalog.putTable(tx, altered);
  }

  /** Existing rows get the new column's DEFAULT (rows decode a missing trailing column as NULL). */
  private static void rewriteRows(StorageTransaction tx, TableDef before, TableDef after, Object fill, ColumnDef col) {
    var oldLayout = new org.sochdb.adapter.exec.TableLayout(before);
    var newLayout = new org.sochdb.adapter.exec.TableLayout(after);
    byte[] prefix = oldLayout.prefix;
    List<KvEntry> rows = new ArrayList<>();
    try (KvCursor cur = tx.scanPrefix(prefix)) {
      cur.forEachRemaining(rows::add);
    }
    if (rows.isEmpty()) {
      return;
    }
    if (fill == null && col.nullable() == false) {
      throw new SochSqlException("23502", "column \"" + col.name() + "\" is NOT NULL without a DEFAULT, and table \""
          + before.name() + "\" has rows; give it a DEFAULT");
    }
    if (fill == null) {
      return;
    }
    for (KvEntry kv : rows) {
      Object[] old = oldLayout.decodeRow(kv.value());
      Object[] row = java.util.Arrays.copyOf(old, after.columns().size());
      row[row.length - 1] = fill;
      tx.put(kv.key(), newLayout.encodeRow(row));
    }
  }

  private static Object constant(SqlNode node, ColumnDef def) {
    if (node instanceof SqlLiteral lit) {
      Object v = lit.getValue();
      if (v instanceof org.apache.calcite.util.NlsString s) {
        v = s.getValue();
      }
      return v == null ? null : SqlTypes.toStorage(SqlTypes.valueType(def), v);
    }
    throw new SochSqlException("0A000", "ALTER TABLE ADD COLUMN on a table with rows needs a constant DEFAULT, not "
        + ColumnDefs.sql(node));
  }
}
