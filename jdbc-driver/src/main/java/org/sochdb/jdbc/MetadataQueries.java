package org.sochdb.jdbc;

import java.io.StringReader;
import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.sochdb.adapter.sql.parser.SochSqlParserImpl;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.ColumnDef;
import org.sochdb.storage.catalog.ForeignKeyDef;
import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.NamespaceDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * The rows of SochDB's {@link DatabaseMetaData} result sets, as pure functions of a
 * {@link CatalogSnapshot} and the JDBC arguments. {@link SochMeta} turns them into result sets;
 * each row has the columns, in order and with the Java types, of the matching Avatica
 * {@code MetaImpl.Meta*} class (and so of the JDBC specification).
 *
 * <p>Arguments:
 * <ul>
 *   <li>catalog: SochDB has no catalogs ({@code TABLE_CAT} is always null), so null or "" match
 *       everything and any other name matches nothing;
 *   <li>patterns ({@code schemaPattern}, {@code tableNamePattern}, {@code columnNamePattern}):
 *       LIKE patterns with {@code %} (any run), {@code _} (one character) and {@code \} (the
 *       search string escape) quoting the next character; null matches everything;
 *   <li>names ({@code schema} and {@code table} of getPrimaryKeys, getImportedKeys,
 *       getExportedKeys, getCrossReference, getIndexInfo): a name, or null or {@code "%"} for
 *       every one (DBeaver passes both).
 * </ul>
 * Names and patterns match ignoring case, as SochDB's identifiers do: unquoted and quoted
 * identifiers keep their case and resolve case-insensitively, so no two tables (schemas,
 * columns) differ only in case.
 */
public final class MetadataQueries {
  private MetadataQueries() {}

  public static final String TABLE = "TABLE";
  public static final String VIEW = "VIEW";
  public static final String SYSTEM_TABLE = "SYSTEM TABLE";

  /** The data type code of {@code VECTOR(n)}: a Java object (the value is a float[]), as result sets report it. */
  public static final int VECTOR_JDBC_TYPE = Types.JAVA_OBJECT;

  /** The length of VARCHAR and VARBINARY columns declared without one. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  // ------------------------------------------------------------------------------------------
  // Matching

  /** A JDBC LIKE pattern as a predicate, ignoring case; null matches everything. */
  public static Predicate<String> like(String pattern) {
    if (pattern == null || pattern.equals("%")) {
      return s -> true;
    }
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char ch = pattern.charAt(i);
      if (ch == '\\' && i + 1 < pattern.length()) {
        literal.append(pattern.charAt(++i));
      } else if (ch == '%' || ch == '_') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(ch == '%' ? ".*" : ".");
      } else {
        literal.append(ch);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    Pattern p = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    return s -> s != null && p.matcher(s).matches();
  }

  /** An exact-name argument as a predicate, ignoring case; null and "%" match everything. */
  public static Predicate<String> name(String name) {
    if (name == null || name.equals("%")) {
      return s -> true;
    }
    return name::equalsIgnoreCase;
  }

  /** Whether a catalog argument admits SochDB's objects, which have no catalog. */
  public static boolean noCatalog(String catalog) {
    return catalog == null || catalog.isEmpty();
  }

  private static List<TableDef> tablesNamed(CatalogSnapshot c, String catalog, Predicate<String> schema,
      Predicate<String> table) {
    if (noCatalog(catalog) == false) {
      return List.of();
    }
    return c.tables().stream().filter(t -> schema.test(t.schema()) && table.test(t.name())).toList();
  }

  // ------------------------------------------------------------------------------------------
  // Catalogs, schemas, table types, tables

  /** getCatalogs: none, SochDB has one unnamed catalog. Columns: TABLE_CAT. */
  public static List<Object[]> catalogs() {
    return List.of();
  }

  /** getSchemas: the namespaces, by name. Columns: TABLE_SCHEM, TABLE_CATALOG. */
  public static List<Object[]> schemas(CatalogSnapshot c, String catalog, String schemaPattern) {
    if (noCatalog(catalog) == false) {
      return List.of();
    }
    Predicate<String> s = like(schemaPattern);
    return c.namespaces().stream().map(NamespaceDef::name).filter(s).sorted()
        .map(n -> new Object[] {n, null}).toList();
  }

  /** getTableTypes: the types getTables reports (no SochDB table is a SYSTEM TABLE). */
  public static List<Object[]> tableTypes() {
    return List.of(new Object[] {TABLE}, new Object[] {VIEW});
  }

  /** The JDBC table type of a table: collections are tables (of vectors), views views. */
  public static String tableType(TableDef t) {
    return t.isView() ? VIEW : TABLE;
  }

  /**
   * getTables, ordered by TABLE_TYPE, TABLE_SCHEM, TABLE_NAME; {@code types} null for all, else
   * the JDBC types to keep (TABLE, VIEW, SYSTEM TABLE; others match nothing). Columns:
   * TABLE_CAT, TABLE_SCHEM, TABLE_NAME, TABLE_TYPE, REMARKS, TYPE_CAT, TYPE_SCHEM, TYPE_NAME,
   * SELF_REFERENCING_COL_NAME, REF_GENERATION.
   */
  public static List<Object[]> tables(CatalogSnapshot c, String catalog, String schemaPattern, String tablePattern,
      Collection<String> types) {
    List<Object[]> rows = new ArrayList<>();
    for (TableDef t : tablesNamed(c, catalog, like(schemaPattern), like(tablePattern))) {
      String type = tableType(t);
      if (types == null || types.stream().anyMatch(type::equalsIgnoreCase)) {
        rows.add(new Object[] {null, t.schema(), t.name(), type, null, null, null, null, null, null});
      }
    }
    rows.sort(by(3, 1, 2));
    return rows;
  }

  // ------------------------------------------------------------------------------------------
  // Columns

  /**
   * getColumns, ordered by TABLE_SCHEM, TABLE_NAME, ORDINAL_POSITION. Columns: TABLE_CAT,
   * TABLE_SCHEM, TABLE_NAME, COLUMN_NAME, DATA_TYPE, TYPE_NAME, COLUMN_SIZE, BUFFER_LENGTH,
   * DECIMAL_DIGITS, NUM_PREC_RADIX, NULLABLE, REMARKS, COLUMN_DEF, SQL_DATA_TYPE,
   * SQL_DATETIME_SUB, CHAR_OCTET_LENGTH, ORDINAL_POSITION, IS_NULLABLE, SCOPE_CATALOG,
   * SCOPE_SCHEMA, SCOPE_TABLE, SOURCE_DATA_TYPE, IS_AUTOINCREMENT, IS_GENERATEDCOLUMN.
   */
  public static List<Object[]> columns(CatalogSnapshot c, String catalog, String schemaPattern, String tablePattern,
      String columnPattern) {
    Predicate<String> colMatch = like(columnPattern);
    List<TableDef> tables = new ArrayList<>(tablesNamed(c, catalog, like(schemaPattern), like(tablePattern)));
    tables.sort(Comparator.comparing(TableDef::schema).thenComparing(TableDef::name));
    List<Object[]> rows = new ArrayList<>();
    for (TableDef t : tables) {
      List<ColumnDef> cols = t.columns();
      for (int i = 0; i < cols.size(); i++) {
        ColumnDef col = cols.get(i);
        if (colMatch.test(col.name()) == false) {
          continue;
        }
        rows.add(new Object[] {
            null, t.schema(), t.name(), col.name(),
            jdbcType(col.type()), col.type(), columnSize(col), null,
            decimalDigits(col), numPrecRadix(col.type()),
            col.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
            null, col.defaultSql(), null, null, charOctetLength(col), i + 1,
            col.nullable() ? "YES" : "NO",
            null, null, null, null,
            isAutoIncrement(t, col) ? "YES" : "NO", "NO"});
      }
    }
    return rows;
  }

  /** The java.sql.Types code of a SochDB type name ({@link ColumnDef#type()}). */
  public static int jdbcType(String type) {
    return switch (type) {
      case "BOOLEAN" -> Types.BOOLEAN;
      case "TINYINT" -> Types.TINYINT;
      case "SMALLINT" -> Types.SMALLINT;
      case "INTEGER" -> Types.INTEGER;
      case "BIGINT" -> Types.BIGINT;
      case "REAL" -> Types.REAL;
      case "DOUBLE" -> Types.DOUBLE;
      case "DECIMAL" -> Types.DECIMAL;
      case "CHAR" -> Types.CHAR;
      case "VARCHAR" -> Types.VARCHAR;
      case "VARBINARY" -> Types.VARBINARY;
      case "DATE" -> Types.DATE;
      case "TIME" -> Types.TIME;
      case "TIMESTAMP" -> Types.TIMESTAMP;
      case "VECTOR" -> VECTOR_JDBC_TYPE;
      default -> Types.OTHER;
    };
  }

  /**
   * COLUMN_SIZE: digits for numbers (REAL 7 and DOUBLE 15 decimal digits, as result-set
   * metadata says), the length for character and binary columns ({@link #UNBOUNDED} without
   * one; CHAR without one is CHAR(1)), the characters of the text form for date-times (no
   * fractional seconds: SochDB keeps whole seconds), the dimension for VECTOR.
   */
  public static Integer columnSize(ColumnDef c) {
    return switch (c.type()) {
      case "BOOLEAN" -> 1;
      case "TINYINT" -> 3;
      case "SMALLINT" -> 5;
      case "INTEGER" -> 10;
      case "BIGINT" -> 19;
      case "REAL" -> 7;
      case "DOUBLE" -> 15;
      case "DECIMAL" -> c.precision() < 0 ? MAX_DECIMAL_PRECISION : c.precision();
      case "CHAR" -> c.precision() < 0 ? 1 : c.precision();
      case "VARCHAR", "VARBINARY" -> c.precision() < 0 ? UNBOUNDED : c.precision();
      case "DATE" -> 10;
      case "TIME" -> 8;
      case "TIMESTAMP" -> 19;
      case "VECTOR" -> c.precision() < 0 ? null : c.precision();
      default -> null;
    };
  }

  /** DECIMAL_DIGITS: the scale of exact numbers, fractional-second digits (0) of TIME and TIMESTAMP. */
  public static Integer decimalDigits(ColumnDef c) {
    return switch (c.type()) {
      case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "TIME", "TIMESTAMP" -> 0;
      case "DECIMAL" -> Math.max(c.scale(), 0);
      default -> null;
    };
  }

  /** NUM_PREC_RADIX: 10 for numbers, else null. */
  public static Integer numPrecRadix(String type) {
    return switch (type) {
      case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "REAL", "DOUBLE", "DECIMAL" -> 10;
      default -> null;
    };
  }

  /** CHAR_OCTET_LENGTH: at most 4 UTF-8 bytes a character, the length of binary columns. */
  public static Integer charOctetLength(ColumnDef c) {
    return switch (c.type()) {
      case "CHAR", "VARCHAR" -> {
        int chars = columnSize(c);
        yield chars >= UNBOUNDED / 4 ? UNBOUNDED : chars * 4;
      }
      case "VARBINARY" -> columnSize(c);
      default -> null;
    };
  }

  /**
   * Whether missing values of a column are generated: a column so declared, or the primary key
   * when it is a single INTEGER or BIGINT column (an INSERT that leaves it NULL gets the largest
   * key plus one).
   */
  public static boolean isAutoIncrement(TableDef t, ColumnDef c) {
    return c.autoIncrement() || (t.primaryKey().size() == 1 && t.primaryKey().get(0).equalsIgnoreCase(c.name())
        && (c.type().equals("INTEGER") || c.type().equals("BIGINT")));
  }

  // ------------------------------------------------------------------------------------------
  // Keys and indexes

  /** The name SochDB gives a table's primary key (constraint and index alike). */
  public static String primaryKeyName(TableDef t) {
    return t.name() + "_pkey";
  }

  /**
   * getPrimaryKeys, ordered by TABLE_SCHEM, TABLE_NAME, COLUMN_NAME. Columns: TABLE_CAT,
   * TABLE_SCHEM, TABLE_NAME, COLUMN_NAME, KEY_SEQ (short, 1-based), PK_NAME.
   */
  public static List<Object[]> primaryKeys(CatalogSnapshot c, String catalog, String schema, String table) {
    List<Object[]> rows = new ArrayList<>();
    for (TableDef t : tablesNamed(c, catalog, name(schema), name(table))) {
      List<String> pk = t.primaryKey();
      for (int i = 0; i < pk.size(); i++) {
        rows.add(new Object[] {null, t.schema(), t.name(), pk.get(i), (short) (i + 1), primaryKeyName(t)});
      }
    }
    rows.sort(by(1, 2, 3));
    return rows;
  }

  /**
   * getImportedKeys: the foreign keys of the matching tables, ordered by PKTABLE_SCHEM,
   * PKTABLE_NAME, then (to keep each key's columns together) FKTABLE_SCHEM, FKTABLE_NAME,
   * FK_NAME, KEY_SEQ. Columns as {@link #crossReference}.
   */
  public static List<Object[]> importedKeys(CatalogSnapshot c, String catalog, String schema, String table) {
    if (noCatalog(catalog) == false) {
      return List.of();
    }
    List<Object[]> rows = foreignKeys(c, t -> true, named(schema, table));
    rows.sort(by(1, 2, 5, 6, 11, 8));
    return rows;
  }

  /**
   * getExportedKeys: the foreign keys that reference the matching tables, ordered by
   * FKTABLE_SCHEM, FKTABLE_NAME, FK_NAME, then PKTABLE_SCHEM, PKTABLE_NAME, KEY_SEQ. Columns as
   * {@link #crossReference}.
   */
  public static List<Object[]> exportedKeys(CatalogSnapshot c, String catalog, String schema, String table) {
    if (noCatalog(catalog) == false) {
      return List.of();
    }
    List<Object[]> rows = foreignKeys(c, named(schema, table), t -> true);
    rows.sort(by(5, 6, 11, 1, 2, 8));
    return rows;
  }

  /**
   * getCrossReference: the foreign keys of the matching foreign tables that reference the
   * matching parent tables, ordered as {@link #exportedKeys}. Columns: PKTABLE_CAT,
   * PKTABLE_SCHEM, PKTABLE_NAME, PKCOLUMN_NAME, FKTABLE_CAT, FKTABLE_SCHEM, FKTABLE_NAME,
   * FKCOLUMN_NAME, KEY_SEQ (short), UPDATE_RULE (short: always importedKeyRestrict, SochDB
   * refuses to change a referenced key), DELETE_RULE (short: the ON DELETE action), FK_NAME,
   * PK_NAME (the referenced primary key or UNIQUE index), DEFERRABILITY (short:
   * importedKeyNotDeferrable).
   */
  public static List<Object[]> crossReference(CatalogSnapshot c, String parentCatalog, String parentSchema,
      String parentTable, String foreignCatalog, String foreignSchema, String foreignTable) {
    if (noCatalog(parentCatalog) == false || noCatalog(foreignCatalog) == false) {
      return List.of();
    }
    List<Object[]> rows = foreignKeys(c, named(parentSchema, parentTable), named(foreignSchema, foreignTable));
    rows.sort(by(5, 6, 11, 1, 2, 8));
    return rows;
  }

  private static Predicate<TableDef> named(String schema, String table) {
    Predicate<String> s = name(schema);
    Predicate<String> n = name(table);
    return t -> s.test(t.schema()) && n.test(t.name());
  }

  private static List<Object[]> foreignKeys(CatalogSnapshot c, Predicate<TableDef> parents,
      Predicate<TableDef> children) {
    List<Object[]> rows = new ArrayList<>();
    for (TableDef child : c.tables()) {
      if (children.test(child) == false) {
        continue;
      }
      for (ForeignKeyDef fk : child.foreignKeys()) {
        TableDef parent = c.table(fk.refSchema(), fk.refTable()).orElse(null);
        if (parent == null || parents.test(parent) == false) {
          continue;
        }
        List<String> refCols = fk.refColumns().isEmpty() ? parent.primaryKey() : fk.refColumns();
        String keyName = keyName(c, parent, refCols);
        short deleteRule = deleteRule(fk.onDelete());
        for (int i = 0; i < fk.columns().size() && i < refCols.size(); i++) {
          rows.add(new Object[] {
              null, parent.schema(), parent.name(), refCols.get(i),
              null, child.schema(), child.name(), fk.columns().get(i),
              (short) (i + 1), (short) DatabaseMetaData.importedKeyRestrict, deleteRule,
              fk.name(), keyName, (short) DatabaseMetaData.importedKeyNotDeferrable});
        }
      }
    }
    return rows;
  }

  /** The primary key or UNIQUE index of {@code t} made of {@code columns}, or null. */
  private static String keyName(CatalogSnapshot c, TableDef t, List<String> columns) {
    if (sameColumns(columns, t.primaryKey())) {
      return primaryKeyName(t);
    }
    return c.indexesOf(t).stream().filter(ix -> ix.unique() && sameColumns(columns, ix.columns()))
        .map(IndexDef::name).findFirst().orElse(null);
  }

  private static boolean sameColumns(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.isEmpty()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).equalsIgnoreCase(b.get(i)) == false) {
        return false;
      }
    }
    return true;
  }

  /** DELETE_RULE of an ON DELETE action as the catalog stores it (enum name or SQL words). */
  public static short deleteRule(String onDelete) {
    String a = onDelete == null ? "RESTRICT" : onDelete.toUpperCase(Locale.ROOT).replace('_', ' ');
    return (short) switch (a) {
      case "CASCADE" -> DatabaseMetaData.importedKeyCascade;
      case "SET NULL" -> DatabaseMetaData.importedKeySetNull;
      case "SET DEFAULT" -> DatabaseMetaData.importedKeySetDefault;
      case "NO ACTION" -> DatabaseMetaData.importedKeyNoAction;
      default -> DatabaseMetaData.importedKeyRestrict;
    };
  }

  /**
   * getIndexInfo, ordered by TABLE_SCHEM, TABLE_NAME, NON_UNIQUE, TYPE, INDEX_NAME,
   * ORDINAL_POSITION. The primary key is an index named {@link #primaryKeyName} of TYPE
   * tableIndexClustered (rows are stored in key order); other indexes (UNIQUE constraints,
   * foreign-key indexes, CREATE INDEX) are tableIndexOther, ASC_OR_DESC "A" or "D" for
   * B-trees, null for HNSW and full-text ones. CARDINALITY and PAGES are 0 (not kept). With
   * {@code unique}, only unique indexes. Columns: TABLE_CAT, TABLE_SCHEM, TABLE_NAME,
   * NON_UNIQUE (boolean), INDEX_QUALIFIER, INDEX_NAME, TYPE (short), ORDINAL_POSITION (short),
   * COLUMN_NAME, ASC_OR_DESC, CARDINALITY (long), PAGES (long), FILTER_CONDITION.
   */
  public static List<Object[]> indexInfo(CatalogSnapshot c, String catalog, String schema, String table,
      boolean unique) {
    List<Object[]> rows = new ArrayList<>();
    for (TableDef t : tablesNamed(c, catalog, name(schema), name(table))) {
      if (t.isView()) {
        continue;
      }
      List<String> pk = t.primaryKey();
      for (int i = 0; i < pk.size(); i++) {
        rows.add(new Object[] {null, t.schema(), t.name(), false, null, primaryKeyName(t),
            (short) DatabaseMetaData.tableIndexClustered, (short) (i + 1), pk.get(i), "A", 0L, 0L, null});
      }
      for (IndexDef ix : c.indexesOf(t)) {
        if (unique && ix.unique() == false) {
          continue;
        }
        boolean ordered = "BTREE".equalsIgnoreCase(ix.method());
        for (int i = 0; i < ix.columns().size(); i++) {
          boolean desc = i < ix.descending().size() && Boolean.TRUE.equals(ix.descending().get(i));
          rows.add(new Object[] {null, t.schema(), t.name(), ix.unique() == false, null, ix.name(),
              (short) DatabaseMetaData.tableIndexOther, (short) (i + 1), ix.columns().get(i),
              ordered ? (desc ? "D" : "A") : null, 0L, 0L, null});
        }
      }
    }
    rows.sort(by(1, 2, 3, 6, 5, 7));
    return rows;
  }

  // ------------------------------------------------------------------------------------------
  // Types

  /** The largest DECIMAL precision and scale (Calcite's type system), and DECIMAL's default. */
  public static final int MAX_DECIMAL_PRECISION = 19;
  /** The longest CHAR(n) (Calcite's type system). */
  public static final int MAX_CHAR_LENGTH = 65536;

  /**
   * getTypeInfo: one row per type SochDB stores, ordered by DATA_TYPE. TEXT (VARCHAR), BLOB
   * (VARBINARY), INT, FLOAT (DOUBLE) and the like are accepted too but stored as, and reported
   * under, the type they stand for. Columns: TYPE_NAME, DATA_TYPE, PRECISION, LITERAL_PREFIX,
   * LITERAL_SUFFIX, CREATE_PARAMS, NULLABLE (short), CASE_SENSITIVE, SEARCHABLE (short),
   * UNSIGNED_ATTRIBUTE, FIXED_PREC_SCALE, AUTO_INCREMENT, LOCAL_TYPE_NAME, MINIMUM_SCALE (Short),
   * MAXIMUM_SCALE (Short), SQL_DATA_TYPE, SQL_DATETIME_SUB, NUM_PREC_RADIX.
   */
  public static List<Object[]> typeInfo() {
    short basic = (short) DatabaseMetaData.typePredBasic;
    short all = (short) DatabaseMetaData.typeSearchable;
    short none = (short) DatabaseMetaData.typePredNone;
    List<Object[]> rows = new ArrayList<>(List.of(
        type("BOOLEAN", 1, null, null, null, false, basic, false, null, null),
        type("TINYINT", 3, null, null, null, false, basic, false, 0, 0),
        type("SMALLINT", 5, null, null, null, false, basic, false, 0, 0),
        type("INTEGER", 10, null, null, null, false, basic, true, 0, 0),
        type("BIGINT", 19, null, null, null, false, basic, true, 0, 0),
        type("REAL", 7, null, null, null, false, basic, false, null, null),
        type("DOUBLE", 15, null, null, null, false, basic, false, null, null),
        type("DECIMAL", MAX_DECIMAL_PRECISION, null, null, "precision,scale", false, basic, false, 0,
            MAX_DECIMAL_PRECISION),
        type("VARCHAR", UNBOUNDED, "'", "'", "length", true, all, false, null, null),
        type("VARBINARY", UNBOUNDED, "X'", "'", "length", false, basic, false, null, null),
        type("DATE", 10, "DATE '", "'", null, false, basic, false, null, null),
        type("TIME", 8, "TIME '", "'", null, false, basic, false, 0, 0),
        type("TIMESTAMP", 19, "TIMESTAMP '", "'", null, false, basic, false, 0, 0),
        type("VECTOR", UNBOUNDED, "'[", "]'", "dimension", false, none, false, null, null)));
    rows.sort(Comparator.comparingInt(r -> (Integer) r[1]));
    return rows;
  }

  private static Object[] type(String name, int precision, String prefix, String suffix, String createParams,
      boolean caseSensitive, short searchable, boolean autoIncrement, Integer minScale, Integer maxScale) {
    return new Object[] {
        name, jdbcType(name), precision, prefix, suffix, createParams,
        (short) DatabaseMetaData.typeNullable, caseSensitive, searchable,
        false, false, autoIncrement, name,
        minScale == null ? null : minScale.shortValue(), maxScale == null ? null : maxScale.shortValue(),
        null, null, numPrecRadix(name)};
  }

  // ------------------------------------------------------------------------------------------
  // Keywords

  /**
   * SQL:2003's reserved words (ISO/IEC 9075-2:2003, 5.2). Together with SQL-92's reserved words
   * (which SQL:2003 keeps as keywords, reserved or not) they are what getSQLKeywords leaves out.
   */
  static final Set<String> SQL_2003_RESERVED = Set.of(("ABS ALL ALLOCATE ALTER AND ANY ARE ARRAY AS ASENSITIVE "
      + "ASYMMETRIC AT ATOMIC AUTHORIZATION AVG BEGIN BETWEEN BIGINT BINARY BLOB BOOLEAN BOTH BY CALL CALLED "
      + "CARDINALITY CASCADED CASE CAST CEIL CEILING CHAR CHAR_LENGTH CHARACTER CHARACTER_LENGTH CHECK CLOB CLOSE "
      + "COALESCE COLLATE COLLECT COLUMN COMMIT CONDITION CONNECT CONSTRAINT CONVERT CORR CORRESPONDING COUNT "
      + "COVAR_POP COVAR_SAMP CREATE CROSS CUBE CUME_DIST CURRENT CURRENT_DATE CURRENT_DEFAULT_TRANSFORM_GROUP "
      + "CURRENT_PATH CURRENT_ROLE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_TRANSFORM_GROUP_FOR_TYPE CURRENT_USER "
      + "CURSOR CYCLE DATE DAY DEALLOCATE DEC DECIMAL DECLARE DEFAULT DELETE DENSE_RANK DEREF DESCRIBE "
      + "DETERMINISTIC DISCONNECT DISTINCT DOUBLE DROP DYNAMIC EACH ELEMENT ELSE END END-EXEC ESCAPE EVERY EXCEPT "
      + "EXEC EXECUTE EXISTS EXP EXTERNAL EXTRACT FALSE FETCH FILTER FLOAT FLOOR FOR FOREIGN FREE FROM FULL "
      + "FUNCTION FUSION GET GLOBAL GRANT GROUP GROUPING HAVING HOLD HOUR IDENTITY IN INDICATOR INNER INOUT "
      + "INSENSITIVE INSERT INT INTEGER INTERSECT INTERSECTION INTERVAL INTO IS JOIN LANGUAGE LARGE LATERAL "
      + "LEADING LEFT LIKE LN LOCAL LOCALTIME LOCALTIMESTAMP LOWER MATCH MAX MEMBER MERGE METHOD MIN MINUTE MOD "
      + "MODIFIES MODULE MONTH MULTISET NATIONAL NATURAL NCHAR NCLOB NEW NO NONE NORMALIZE NOT NULL NULLIF "
      + "NUMERIC OCTET_LENGTH OF OLD ON ONLY OPEN OR ORDER OUT OUTER OVER OVERLAPS OVERLAY PARAMETER PARTITION "
      + "PERCENT_RANK PERCENTILE_CONT PERCENTILE_DISC POSITION POWER PRECISION PREPARE PRIMARY PROCEDURE RANGE "
      + "RANK READS REAL RECURSIVE REF REFERENCES REFERENCING REGR_AVGX REGR_AVGY REGR_COUNT REGR_INTERCEPT "
      + "REGR_R2 REGR_SLOPE REGR_SXX REGR_SXY REGR_SYY RELEASE RESULT RETURN RETURNS REVOKE RIGHT ROLLBACK ROLLUP "
      + "ROW ROW_NUMBER ROWS SAVEPOINT SCOPE SCROLL SEARCH SECOND SELECT SENSITIVE SESSION_USER SET SIMILAR "
      + "SMALLINT SOME SPECIFIC SPECIFICTYPE SQL SQLEXCEPTION SQLSTATE SQLWARNING SQRT START STATIC STDDEV_POP "
      + "STDDEV_SAMP SUBMULTISET SUBSTRING SUM SYMMETRIC SYSTEM SYSTEM_USER TABLE TABLESAMPLE THEN TIME TIMESTAMP "
      + "TIMEZONE_HOUR TIMEZONE_MINUTE TO TRAILING TRANSLATE TRANSLATION TREAT TRIGGER TRIM TRUE UESCAPE UNION "
      + "UNIQUE UNKNOWN UNNEST UPDATE UPPER USER USING VALUE VALUES VAR_POP VAR_SAMP VARCHAR VARYING WHEN "
      + "WHENEVER WHERE WIDTH_BUCKET WINDOW WITH WITHIN WITHOUT YEAR").split(" "));

  private static volatile String keywords;

  /**
   * getSQLKeywords: the words SochDB's parser reserves (Calcite's reserved words, such as
   * UPSERT, LIMIT, OFFSET, less BLOB, which SochDB un-reserves) or adds (COLLECTION, IF, INDEX,
   * TEXT, VECTOR: non-reserved, they still name columns), less SQL:2003's reserved words and
   * SQL-92's; sorted, comma-separated. Worked out once from the generated parser.
   */
  public static String sqlKeywords() {
    String k = keywords;
    if (k == null) {
      SqlAbstractParserImpl.Metadata soch = SochSqlParserImpl.FACTORY.getParser(new StringReader("")).getMetadata();
      Set<String> calcite = Set.copyOf(SqlParserImpl.FACTORY.getParser(new StringReader("")).getMetadata()
          .getTokens());
      Set<String> out = new TreeSet<>();
      for (String token : soch.getTokens()) {
        boolean added = calcite.contains(token) == false;
        if ((soch.isReservedWord(token) || added) && SQL_2003_RESERVED.contains(token) == false
            && soch.isSql92ReservedWord(token) == false) {
          out.add(token);
        }
      }
      keywords = k = String.join(",", out);
    }
    return k;
  }

  // ------------------------------------------------------------------------------------------

  /** Orders rows by the given columns, nulls first, each ascending. */
  @SuppressWarnings("unchecked")
  private static Comparator<Object[]> by(int... columns) {
    Comparator<Object[]> cmp = (a, b) -> 0;
    for (int col : columns) {
      cmp = cmp.thenComparing(r -> (Comparable<Object>) r[col], Comparator.nullsFirst(Comparator.naturalOrder()));
    }
    return cmp;
  }
}
