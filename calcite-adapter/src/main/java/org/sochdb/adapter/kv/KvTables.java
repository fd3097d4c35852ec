package org.sochdb.adapter.kv;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * The built-in {@code kv (key VARBINARY PRIMARY KEY, value VARBINARY)} table every namespace
 * has.
 *
 * <p>It is virtual: no definition is stored in the catalog. Each namespace schema shows a
 * {@link TableDef} of kind {@value #KIND} made here, whose rows live in the reserved range
 * {@link Catalog#kvKeyPrefix(String)} of the namespace, laid out like any table's rows (key
 * prefix + encoded primary key, value = encoded row). So a namespace has its kv table from the
 * moment it exists, whoever created it (CREATE SCHEMA, the client, the default namespace),
 * databases made before the table existed included; {@code DROP SCHEMA} deletes the range with
 * the namespace. What a stored table has and kv has not: secondary indexes, triggers, foreign
 * keys to it, ALTER TABLE; and it is not listed by {@code DatabaseMetaData.getTables}.
 */
public final class KvTables {
  /** The table's name in every namespace. */
  public static final String NAME = "kv";
  /** The read-only view over kv that shows keys and values as UTF-8 text. */
  public static final String TEXT_VIEW = "kv_text";
  /** The {@link TableDef#kind()} of a kv table. */
  public static final String KIND = "KV";
  /** The id every kv table reports; no stored table has it (stored ids start at 1). */
  public static final int ID = 0;

  private static final List<ColumnDef> COLUMNS = List.of(
      new ColumnDef("key", "VARBINARY", -1, -1, false, null, false),
      new ColumnDef("value", "VARBINARY", -1, -1, true, null, false));

  private KvTables() {}

  /** The kv table of namespace {@code namespace} (its name as the catalog holds it). */
  public static TableDef def(String namespace) {
    return new TableDef(ID, namespace, NAME, KIND, COLUMNS, List.of("key"), List.of(), Map.of(), null);
  }

  public static boolean isKv(TableDef t) {
    return KIND.equals(t.kind());
  }

  /** Whether a user table or view may not take {@code name}: it would hide kv or kv_text. */
  public static boolean isReservedName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals(NAME) || n.equals(TEXT_VIEW);
  }

  /** Where a table's rows start in the key space: its id's range, or its namespace's kv range. */
  public static byte[] rowKeyPrefix(TableDef t) {
    return isKv(t) ? Catalog.kvKeyPrefix(t.schema()) : Catalog.tableKeyPrefix(t.id());
  }

  /** The defining query of {@code kv_text}; {@code namespace} quoted as an identifier. */
  public static String textViewSql(String namespace) {
    return "SELECT \"from_utf8\"(\"key\") AS \"key\", \"from_utf8\"(\"value\") AS \"value\" FROM \""
        + namespace.replace("\"", "\"\"") + "\".\"kv\"";
  }
}
