package org.sochdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DatabaseMetaData over a schema with single and composite primary keys, UNIQUE constraints,
 * foreign keys (composite, cross-schema, self-referencing, each ON DELETE action), ascending
 * and descending indexes, defaults and a VECTOR column; exact rows of every call DBeaver's
 * generic driver makes.
 */
class DatabaseMetaDataTest {
  private static Connection conn;
  private static DatabaseMetaData md;

  @BeforeAll
  static void schema() throws SQLException {
    conn = DriverManager.getConnection("jdbc:sochdb:mem:dbmeta");
    md = conn.getMetaData();
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SCHEMA shop");
      s.execute("CREATE TABLE shop.customers (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL UNIQUE, "
          + "name TEXT, score DECIMAL(10,2) DEFAULT 0, created TIMESTAMP DEFAULT CURRENT_TIMESTAMP, "
          + "active BOOLEAN DEFAULT TRUE)");
      s.execute("CREATE TABLE shop.orders (id BIGINT PRIMARY KEY, "
          + "customer_id INTEGER NOT NULL REFERENCES shop.customers ON DELETE CASCADE, note CHAR(5) DEFAULT 'n/a', "
          + "amount DOUBLE, ordered DATE)");
      s.execute("CREATE TABLE shop.order_lines (order_id BIGINT, line_no SMALLINT, sku VARCHAR, "
          + "qty INTEGER DEFAULT 1, embedding VECTOR(3), PRIMARY KEY (order_id, line_no), "
          + "CONSTRAINT lines_order_fk FOREIGN KEY (order_id) REFERENCES shop.orders (id))");
      s.execute("CREATE TABLE shop.shipments (ship_id VARCHAR(10), order_id BIGINT, line_no SMALLINT, "
          + "FOREIGN KEY (order_id, line_no) REFERENCES shop.order_lines ON DELETE CASCADE)");
      s.execute("CREATE TABLE shop.tags (code CHAR(3), label VARCHAR(20), "
          + "CONSTRAINT tags_code_label_uq UNIQUE (code, label))");
      s.execute("CREATE INDEX orders_amount_desc ON shop.orders (amount DESC, ordered ASC)");
      s.execute("CREATE UNIQUE INDEX customers_name_idx ON shop.customers (name)");
      s.execute("CREATE TABLE notes (n_id INTEGER PRIMARY KEY, body VARBINARY(16), t TIME, r REAL, tiny TINYINT, "
          + "big BIGINT, parent INTEGER REFERENCES notes (n_id) ON DELETE SET NULL, "
          + "cust_email VARCHAR(100) REFERENCES shop.customers (email) ON DELETE NO ACTION)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  // ------------------------------------------------------------------------------------------
  // helpers

  /** Each row as the given columns joined with "|". */
  private static List<String> rows(ResultSet rs, String... columns) throws SQLException {
    List<String> out = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
          sb.append(i == 0 ? "" : "|").append(rs.getObject(columns[i]));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  private static List<String> labels(ResultSet rs) throws SQLException {
    ResultSetMetaData m = rs.getMetaData();
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= m.getColumnCount(); i++) {
      out.add(m.getColumnLabel(i));
    }
    return out;
  }

  /** Reads every column of every row as getObject and getString, as a GUI does; returns the row count. */
  private static int drain(ResultSet rs) throws SQLException {
    int n = 0;
    try (rs) {
      int cols = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        n++;
        for (int i = 1; i <= cols; i++) {
          rs.getObject(i);
          rs.getString(i);
        }
      }
    }
    return n;
  }

  // ------------------------------------------------------------------------------------------
  // catalogs, schemas, table types, tables

  @Test
  void catalogsAndSchemas() throws SQLException {
    assertEquals(List.of("TABLE_CAT"), labels(md.getCatalogs()));
    assertEquals(0, drain(md.getCatalogs()));
    assertEquals(List.of("TABLE_SCHEM", "TABLE_CATALOG"), labels(md.getSchemas()));
    assertEquals(List.of("PUBLIC|null", "shop|null"), rows(md.getSchemas(), "TABLE_SCHEM", "TABLE_CATALOG"));
    assertEquals(List.of("PUBLIC", "shop"), rows(md.getSchemas(null, null), "TABLE_SCHEM"));
    assertEquals(List.of("PUBLIC", "shop"), rows(md.getSchemas("", "%"), "TABLE_SCHEM"));
    assertEquals(List.of("shop"), rows(md.getSchemas(null, "SH%"), "TABLE_SCHEM"));
    assertEquals(List.of("shop"), rows(md.getSchemas(null, "s_o_"), "TABLE_SCHEM"));
    assertEquals(List.of(), rows(md.getSchemas(null, "metadata"), "TABLE_SCHEM"));
    assertEquals(List.of(), rows(md.getSchemas("sochdb", null), "TABLE_SCHEM"), "no catalog of that name");
  }

  @Test
  void tableTypes() throws SQLException {
    assertEquals(List.of("TABLE", "VIEW"), rows(md.getTableTypes(), "TABLE_TYPE"));
  }

  @Test
  void tables() throws SQLException {
    List<String> all = List.of("null|PUBLIC|notes|TABLE", "null|shop|customers|TABLE", "null|shop|order_lines|TABLE",
        "null|shop|orders|TABLE", "null|shop|shipments|TABLE", "null|shop|tags|TABLE");
    String[] cols = {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE"};
    assertEquals(all, rows(md.getTables(null, null, "%", null), cols));
    assertEquals(all, rows(md.getTables(null, null, null, null), cols));
    assertEquals(all, rows(md.getTables(null, null, "%", new String[] {"TABLE", "VIEW", "SYSTEM TABLE"}), cols));
    assertEquals(List.of(), rows(md.getTables(null, null, "%", new String[] {"VIEW"}), cols));
    assertEquals(List.of(), rows(md.getTables(null, null, "%", new String[] {"SYSTEM TABLE"}), cols));
    assertEquals(List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS", "TYPE_CAT", "TYPE_SCHEM",
        "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION"), labels(md.getTables(null, null, "%", null)));
    assertEquals(List.of("null|null|null|null|null|null"), rows(md.getTables(null, "PUBLIC", "notes", null),
        "REMARKS", "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION"));
  }

  @Test
  void tablePatterns() throws SQLException {
    Function<String[], List<String>> names = a -> {
      try {
        return rows(md.getTables(a[0], a[1], a[2], null), "TABLE_NAME");
      } catch (SQLException e) {
        throw new AssertionError(e);
      }
    };
    assertEquals(List.of("order_lines", "orders"), names.apply(new String[] {null, "shop", "order%"}));
    assertEquals(List.of("order_lines", "orders"), names.apply(new String[] {null, "SHOP", "ORDER%"}),
        "identifiers match ignoring case");
    assertEquals(List.of("order_lines"), names.apply(new String[] {null, "shop", "order\\_lines"}));
    assertEquals(List.of("orders"), names.apply(new String[] {null, "shop", "orde_s"}));
    assertEquals(List.of(), names.apply(new String[] {null, "shop", "order\\%"}), "escaped % is literal");
    assertEquals(List.of("customers", "orders"), names.apply(new String[] {null, "%", "%ers"}));
    assertEquals(List.of("notes"), names.apply(new String[] {null, "PUB%", "%"}));
    assertEquals(List.of(), names.apply(new String[] {null, "nope", "%"}));
    assertEquals(List.of(), names.apply(new String[] {"other", null, "%"}), "no catalog of that name");
    assertEquals(6, names.apply(new String[] {"", null, "%"}).size(), "\"\" is: without a catalog");
  }

  @Test
  void noCalciteInternals() throws SQLException {
    for (String row : rows(md.getTables(null, null, null, null), "TABLE_SCHEM", "TABLE_NAME")) {
      assertFalse(row.startsWith("metadata|"), row);
    }
    assertEquals(0, drain(md.getTables(null, "metadata", "%", null)));
    assertEquals(0, drain(md.getTables(null, null, "COLUMNS", null)));
    assertEquals(0, drain(md.getTables(null, null, "TABLES", null)));
    assertEquals(0, drain(md.getColumns(null, "metadata", "%", "%")));
    assertFalse(rows(md.getSchemas(), "TABLE_SCHEM").contains("metadata"));
  }

  // ------------------------------------------------------------------------------------------
  // columns

  private static final String[] COLUMN_COLS = {"COLUMN_NAME", "DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE",
      "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE", "IS_NULLABLE", "COLUMN_DEF", "ORDINAL_POSITION",
      "IS_AUTOINCREMENT", "CHAR_OCTET_LENGTH"};

  @Test
  void columnLabels() throws SQLException {
    assertEquals(List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME",
        "COLUMN_SIZE", "BUFFER_LENGTH", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE", "REMARKS", "COLUMN_DEF",
        "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION", "IS_NULLABLE", "SCOPE_CATALOG",
        "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE", "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN"),
        labels(md.getColumns(null, null, null, null)));
  }

  @Test
  void columnsOfCustomers() throws SQLException {
    int max = Integer.MAX_VALUE;
    assertEquals(List.of(
        "id|4|INTEGER|10|0|10|0|NO|null|1|YES|null",
        "email|12|VARCHAR|100|null|null|0|NO|null|2|NO|400",
        "name|12|VARCHAR|" + max + "|null|null|1|YES|null|3|NO|" + max,
        "score|3|DECIMAL|10|2|10|1|YES|0|4|NO|null",
        "created|93|TIMESTAMP|19|0|null|1|YES|CURRENT_TIMESTAMP|5|NO|null",
        "active|16|BOOLEAN|1|null|null|1|YES|TRUE|6|NO|null"),
        rows(md.getColumns(null, "shop", "customers", null), COLUMN_COLS));
  }

  @Test
  void columnsOfOtherTables() throws SQLException {
    int max = Integer.MAX_VALUE;
    assertEquals(List.of(
        "id|-5|BIGINT|19|0|10|0|NO|null|1|YES|null",
        "customer_id|4|INTEGER|10|0|10|0|NO|null|2|NO|null",
        "note|12|VARCHAR|5|null|null|1|YES|'n/a'|3|NO|20",
        "amount|8|DOUBLE|15|null|10|1|YES|null|4|NO|null",
        "ordered|91|DATE|10|null|null|1|YES|null|5|NO|null"),
        rows(md.getColumns(null, "shop", "orders", "%"), COLUMN_COLS));
    assertEquals(List.of(
        "order_id|-5|BIGINT|19|0|10|0|NO|null|1|NO|null",
        "line_no|5|SMALLINT|5|0|10|0|NO|null|2|NO|null",
        "sku|12|VARCHAR|" + max + "|null|null|1|YES|null|3|NO|" + max,
        "qty|4|INTEGER|10|0|10|1|YES|1|4|NO|null",
        "embedding|" + Types.JAVA_OBJECT + "|VECTOR|3|null|null|1|YES|null|5|NO|null"),
        rows(md.getColumns(null, "shop", "order_lines", null), COLUMN_COLS), "composite key: no auto-increment");
    assertEquals(List.of(
        "n_id|4|INTEGER|10|0|10|0|NO|null|1|YES|null",
        "body|-3|VARBINARY|16|null|null|1|YES|null|2|NO|16",
        "t|92|TIME|8|0|null|1|YES|null|3|NO|null",
        "r|7|REAL|7|null|10|1|YES|null|4|NO|null",
        "tiny|-6|TINYINT|3|0|10|1|YES|null|5|NO|null",
        "big|-5|BIGINT|19|0|10|1|YES|null|6|NO|null",
        "parent|4|INTEGER|10|0|10|1|YES|null|7|NO|null",
        "cust_email|12|VARCHAR|100|null|null|1|YES|null|8|NO|400"),
        rows(md.getColumns(null, "PUBLIC", "notes", null), COLUMN_COLS));
    assertEquals(List.of("null|null|null|null|null|null|null|null|NO"),
        rows(md.getColumns(null, "shop", "orders", "id"), "TABLE_CAT", "BUFFER_LENGTH", "REMARKS", "SQL_DATA_TYPE",
            "SQL_DATETIME_SUB", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "IS_GENERATEDCOLUMN"));
  }

  @Test
  void columnPatternsAndOrder() throws SQLException {
    assertEquals(List.of("customers|id", "order_lines|order_id", "orders|id", "orders|customer_id",
        "shipments|ship_id", "shipments|order_id"),
        rows(md.getColumns(null, "shop", "%", "%id"), "TABLE_NAME", "COLUMN_NAME"));
    assertEquals(List.of("PUBLIC|notes|cust_email", "shop|customers|email"),
        rows(md.getColumns(null, null, null, "%EMAIL"), "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME"));
    assertEquals(List.of("line_no"), rows(md.getColumns(null, "shop", "order\\_lines", "line\\_no"), "COLUMN_NAME"));
    assertEquals(List.of(), rows(md.getColumns(null, "shop", "order\\_lines", "line\\%no"), "COLUMN_NAME"));
    // Ordered by schema, table, ordinal.
    List<String> all = rows(md.getColumns(null, null, null, null), "TABLE_SCHEM", "TABLE_NAME", "ORDINAL_POSITION");
    assertEquals(all.get(0), "PUBLIC|notes|1");
    assertEquals(8 + 6 + 5 + 5 + 3 + 2, all.size());
  }

  /**
   * getColumns agrees with the result set of SELECT * on DATA_TYPE, for every table with a
   * primary key. (Tables without one cannot be queried yet: SochTable.getStatistic gives them an
   * empty collation, on which Calcite's validator fails with ArrayIndexOutOfBoundsException.)
   */
  @Test
  void columnTypesMatchResultSets() throws SQLException {
    for (String t : rows(md.getTables(null, null, "%", null), "TABLE_SCHEM", "TABLE_NAME")) {
      String[] st = t.split("\\|");
      if (drain(md.getPrimaryKeys(null, st[0], st[1])) == 0) {
        continue;
      }
      List<String> fromMeta = rows(md.getColumns(null, st[0], st[1], "%"), "COLUMN_NAME", "DATA_TYPE");
      List<String> fromQuery = new ArrayList<>();
      try (Statement s = conn.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM \"" + st[0] + "\".\"" + st[1] + "\"")) {
        ResultSetMetaData m = rs.getMetaData();
        for (int i = 1; i <= m.getColumnCount(); i++) {
          fromQuery.add(m.getColumnName(i) + "|" + m.getColumnType(i));
        }
      }
      assertEquals(fromQuery, fromMeta, t);
    }
  }

  // ------------------------------------------------------------------------------------------
  // keys

  private static final String[] PK_COLS = {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ",
      "PK_NAME"};

  @Test
  void primaryKeys() throws SQLException {
    assertEquals(Arrays.asList(PK_COLS), labels(md.getPrimaryKeys(null, "shop", "customers")));
    assertEquals(List.of("null|shop|customers|id|1|customers_pkey"),
        rows(md.getPrimaryKeys(null, "shop", "customers"), PK_COLS));
    assertEquals(List.of("null|shop|order_lines|line_no|2|order_lines_pkey",
        "null|shop|order_lines|order_id|1|order_lines_pkey"),
        rows(md.getPrimaryKeys(null, "shop", "order_lines"), PK_COLS), "ordered by COLUMN_NAME");
    assertEquals(List.of(), rows(md.getPrimaryKeys(null, "shop", "tags"), PK_COLS));
    assertEquals(List.of(), rows(md.getPrimaryKeys(null, "shop", "order%"), PK_COLS), "a name, not a pattern");
    List<String> all = List.of("PUBLIC|notes|n_id|1", "shop|customers|id|1", "shop|order_lines|line_no|2",
        "shop|order_lines|order_id|1", "shop|orders|id|1");
    assertEquals(all, rows(md.getPrimaryKeys(null, null, null), "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
        "KEY_SEQ"));
    assertEquals(all, rows(md.getPrimaryKeys(null, "%", "%"), "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
        "KEY_SEQ"));
    assertEquals(List.of("shop|orders|id|1"), rows(md.getPrimaryKeys(null, "SHOP", "ORDERS"), "TABLE_SCHEM",
        "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ"));
  }

  private static final String[] FK_COLS = {"PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME",
      "FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ", "UPDATE_RULE", "DELETE_RULE",
      "FK_NAME", "PK_NAME", "DEFERRABILITY"};

  private static final String CUSTOMERS_ORDERS =
      "null|shop|customers|id|null|shop|orders|customer_id|1|1|0|orders_customer_id_fkey|customers_pkey|7";
  private static final String CUSTOMERS_NOTES =
      "null|shop|customers|email|null|PUBLIC|notes|cust_email|1|1|3|notes_cust_email_fkey|customers_email_key|7";
  private static final String NOTES_NOTES =
      "null|PUBLIC|notes|n_id|null|PUBLIC|notes|parent|1|1|2|notes_parent_fkey|notes_pkey|7";
  private static final String ORDERS_LINES =
      "null|shop|orders|id|null|shop|order_lines|order_id|1|1|1|lines_order_fk|orders_pkey|7";
  private static final String LINES_SHIPMENTS_1 = "null|shop|order_lines|order_id|null|shop|shipments|order_id|1|1|0"
      + "|shipments_order_id_line_no_fkey|order_lines_pkey|7";
  private static final String LINES_SHIPMENTS_2 = "null|shop|order_lines|line_no|null|shop|shipments|line_no|2|1|0"
      + "|shipments_order_id_line_no_fkey|order_lines_pkey|7";

  @Test
  void importedKeys() throws SQLException {
    assertEquals(Arrays.asList(FK_COLS), labels(md.getImportedKeys(null, "shop", "orders")));
    assertEquals(List.of(CUSTOMERS_ORDERS), rows(md.getImportedKeys(null, "shop", "orders"), FK_COLS));
    assertEquals(List.of(ORDERS_LINES), rows(md.getImportedKeys(null, "shop", "order_lines"), FK_COLS));
    assertEquals(List.of(LINES_SHIPMENTS_1, LINES_SHIPMENTS_2),
        rows(md.getImportedKeys(null, "shop", "shipments"), FK_COLS), "composite key, KEY_SEQ 1 and 2");
    assertEquals(List.of(NOTES_NOTES, CUSTOMERS_NOTES), rows(md.getImportedKeys(null, "PUBLIC", "notes"), FK_COLS),
        "self reference and a UNIQUE key of another schema, ordered by PKTABLE_SCHEM, PKTABLE_NAME");
    assertEquals(List.of(), rows(md.getImportedKeys(null, "shop", "customers"), FK_COLS));
    List<String> all = List.of(NOTES_NOTES, CUSTOMERS_NOTES, CUSTOMERS_ORDERS, LINES_SHIPMENTS_1, LINES_SHIPMENTS_2,
        ORDERS_LINES);
    assertEquals(all, rows(md.getImportedKeys(null, null, null), FK_COLS));
    assertEquals(all, rows(md.getImportedKeys(null, "%", "%"), FK_COLS));
    assertEquals(List.of(CUSTOMERS_ORDERS, LINES_SHIPMENTS_1, LINES_SHIPMENTS_2, ORDERS_LINES),
        rows(md.getImportedKeys(null, "shop", null), FK_COLS));
  }

  @Test
  void exportedKeys() throws SQLException {
    assertEquals(Arrays.asList(FK_COLS), labels(md.getExportedKeys(null, "shop", "customers")));
    assertEquals(List.of(CUSTOMERS_NOTES, CUSTOMERS_ORDERS), rows(md.getExportedKeys(null, "shop", "customers"),
        FK_COLS), "ordered by FKTABLE_SCHEM, FKTABLE_NAME");
    assertEquals(List.of(LINES_SHIPMENTS_1, LINES_SHIPMENTS_2),
        rows(md.getExportedKeys(null, "shop", "order_lines"), FK_COLS));
    assertEquals(List.of(NOTES_NOTES), rows(md.getExportedKeys(null, "PUBLIC", "notes"), FK_COLS));
    assertEquals(List.of(), rows(md.getExportedKeys(null, "shop", "tags"), FK_COLS));
    assertEquals(List.of(CUSTOMERS_NOTES, NOTES_NOTES, ORDERS_LINES, CUSTOMERS_ORDERS, LINES_SHIPMENTS_1,
        LINES_SHIPMENTS_2), rows(md.getExportedKeys(null, null, "%"), FK_COLS),
        "ordered by FKTABLE_SCHEM, FKTABLE_NAME, FK_NAME, KEY_SEQ");
  }

  @Test
  void crossReference() throws SQLException {
    assertEquals(Arrays.asList(FK_COLS), labels(md.getCrossReference(null, "shop", "customers", null, "shop",
        "orders")));
    assertEquals(List.of(CUSTOMERS_ORDERS), rows(md.getCrossReference(null, "shop", "customers", null, "shop",
        "orders"), FK_COLS));
    assertEquals(List.of(CUSTOMERS_NOTES), rows(md.getCrossReference(null, "shop", "customers", null, "PUBLIC",
        "notes"), FK_COLS));
    assertEquals(List.of(), rows(md.getCrossReference(null, "shop", "orders", null, "shop", "customers"), FK_COLS));
    assertEquals(List.of(LINES_SHIPMENTS_1, LINES_SHIPMENTS_2), rows(md.getCrossReference(null, null, "order_lines",
        null, null, null), FK_COLS));
  }

  // ------------------------------------------------------------------------------------------
  // indexes

  private static final String[] INDEX_COLS = {"TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE", "INDEX_QUALIFIER",
      "INDEX_NAME", "TYPE", "ORDINAL_POSITION", "COLUMN_NAME", "ASC_OR_DESC", "CARDINALITY", "PAGES",
      "FILTER_CONDITION"};

  @Test
  void indexInfo() throws SQLException {
    assertEquals(List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE", "INDEX_QUALIFIER", "INDEX_NAME",
        "TYPE", "ORDINAL_POSITION", "COLUMN_NAME", "ASC_OR_DESC", "CARDINALITY", "PAGES", "FILTER_CONDITION"),
        labels(md.getIndexInfo(null, "shop", "orders", false, true)));
    assertEquals(List.of(
        "shop|orders|false|null|orders_pkey|1|1|id|A|0|0|null",
        "shop|orders|true|null|orders_amount_desc|3|1|amount|D|0|0|null",
        "shop|orders|true|null|orders_amount_desc|3|2|ordered|A|0|0|null",
        "shop|orders|true|null|orders_customer_id_fkey_idx|3|1|customer_id|A|0|0|null"),
        rows(md.getIndexInfo(null, "shop", "orders", false, true), INDEX_COLS));
    assertEquals(List.of("shop|orders|false|null|orders_pkey|1|1|id|A|0|0|null"),
        rows(md.getIndexInfo(null, "shop", "orders", true, false), INDEX_COLS));
    assertEquals(List.of(
        "shop|customers|false|null|customers_pkey|1|1|id|A|0|0|null",
        "shop|customers|false|null|customers_email_key|3|1|email|A|0|0|null",
        "shop|customers|false|null|customers_name_idx|3|1|name|A|0|0|null"),
        rows(md.getIndexInfo(null, "shop", "customers", false, true), INDEX_COLS));
    assertEquals(List.of(
        "shop|order_lines|false|null|order_lines_pkey|1|1|order_id|A|0|0|null",
        "shop|order_lines|false|null|order_lines_pkey|1|2|line_no|A|0|0|null"),
        rows(md.getIndexInfo(null, "shop", "order_lines", false, true), INDEX_COLS),
        "the foreign key is covered by the primary key: no index of its own");
    assertEquals(List.of(
        "shop|tags|false|null|tags_code_label_uq|3|1|code|A|0|0|null",
        "shop|tags|false|null|tags_code_label_uq|3|2|label|A|0|0|null"),
        rows(md.getIndexInfo(null, "shop", "tags", true, true), INDEX_COLS), "no primary key: no _pkey index");
    assertEquals(List.of(
        "shop|shipments|true|null|shipments_order_id_line_no_fkey_idx|3|1|order_id|A|0|0|null",
        "shop|shipments|true|null|shipments_order_id_line_no_fkey_idx|3|2|line_no|A|0|0|null"),
        rows(md.getIndexInfo(null, "shop", "shipments", false, true), INDEX_COLS));
    assertEquals(List.of("null"), rows(md.getIndexInfo(null, "shop", "tags", true, true), "TABLE_CAT").subList(0, 1));
  }

  @Test
  void indexInfoOfEveryTable() throws SQLException {
    List<String> expected = List.of(
        "PUBLIC|notes|notes_pkey", "PUBLIC|notes|notes_cust_email_fkey_idx", "PUBLIC|notes|notes_parent_fkey_idx",
        "shop|customers|customers_pkey", "shop|customers|customers_email_key", "shop|customers|customers_name_idx",
        "shop|order_lines|order_lines_pkey", "shop|order_lines|order_lines_pkey",
        "shop|orders|orders_pkey", "shop|orders|orders_amount_desc", "shop|orders|orders_amount_desc",
        "shop|orders|orders_customer_id_fkey_idx",
        "shop|shipments|shipments_order_id_line_no_fkey_idx", "shop|shipments|shipments_order_id_line_no_fkey_idx",
        "shop|tags|tags_code_label_uq", "shop|tags|tags_code_label_uq");
    assertEquals(expected, rows(md.getIndexInfo(null, null, null, false, true), "TABLE_SCHEM", "TABLE_NAME",
        "INDEX_NAME"));
    assertEquals(expected, rows(md.getIndexInfo(null, "%", "%", false, true), "TABLE_SCHEM", "TABLE_NAME",
        "INDEX_NAME"));
    assertEquals(List.of("PUBLIC|notes|notes_pkey", "shop|customers|customers_pkey",
        "shop|customers|customers_email_key", "shop|customers|customers_name_idx", "shop|order_lines|order_lines_pkey",
        "shop|order_lines|order_lines_pkey", "shop|orders|orders_pkey", "shop|tags|tags_code_label_uq",
        "shop|tags|tags_code_label_uq"),
        rows(md.getIndexInfo(null, null, "%", true, true), "TABLE_SCHEM", "TABLE_NAME", "INDEX_NAME"));
  }

  // ------------------------------------------------------------------------------------------
  // types

  @Test
  void typeInfo() throws SQLException {
    assertEquals(List.of("TYPE_NAME", "DATA_TYPE", "PRECISION", "LITERAL_PREFIX", "LITERAL_SUFFIX", "CREATE_PARAMS",
        "NULLABLE", "CASE_SENSITIVE", "SEARCHABLE", "UNSIGNED_ATTRIBUTE", "FIXED_PREC_SCALE", "AUTO_INCREMENT",
        "LOCAL_TYPE_NAME", "MINIMUM_SCALE", "MAXIMUM_SCALE", "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "NUM_PREC_RADIX"),
        labels(md.getTypeInfo()));
    int max = Integer.MAX_VALUE;
    assertEquals(List.of(
        "TINYINT|-6|3|null|null|null|1|false|2|false|false|false|TINYINT|0|0|10",
        "BIGINT|-5|19|null|null|null|1|false|2|false|false|true|BIGINT|0|0|10",
        "VARBINARY|-3|" + max + "|X'|'|length|1|false|2|false|false|false|VARBINARY|null|null|null",
        "DECIMAL|3|19|null|null|precision,scale|1|false|2|false|false|false|DECIMAL|0|19|10",
        "INTEGER|4|10|null|null|null|1|false|2|false|false|true|INTEGER|0|0|10",
        "SMALLINT|5|5|null|null|null|1|false|2|false|false|false|SMALLINT|0|0|10",
        "REAL|7|7|null|null|null|1|false|2|false|false|false|REAL|null|null|10",
        "DOUBLE|8|15|null|null|null|1|false|2|false|false|false|DOUBLE|null|null|10",
        "VARCHAR|12|" + max + "|'|'|length|1|true|3|false|false|false|VARCHAR|null|null|null",
        "BOOLEAN|16|1|null|null|null|1|false|2|false|false|false|BOOLEAN|null|null|null",
        "DATE|91|10|DATE '|'|null|1|false|2|false|false|false|DATE|null|null|null",
        "TIME|92|8|TIME '|'|null|1|false|2|false|false|false|TIME|0|0|null",
        "TIMESTAMP|93|19|TIMESTAMP '|'|null|1|false|2|false|false|false|TIMESTAMP|0|0|null",
        "VECTOR|2000|" + max + "|'[|]'|dimension|1|false|0|false|false|false|VECTOR|null|null|null"),
        rows(md.getTypeInfo(), "TYPE_NAME", "DATA_TYPE", "PRECISION", "LITERAL_PREFIX", "LITERAL_SUFFIX",
            "CREATE_PARAMS", "NULLABLE", "CASE_SENSITIVE", "SEARCHABLE", "UNSIGNED_ATTRIBUTE", "FIXED_PREC_SCALE",
            "AUTO_INCREMENT", "LOCAL_TYPE_NAME", "MINIMUM_SCALE", "MAXIMUM_SCALE", "NUM_PREC_RADIX"));
    assertEquals(14, drain(md.getTypeInfo()));
  }

  /**
   * Every type getTypeInfo lists can be used in CREATE TABLE (with its CREATE_PARAMS) and a
   * literal built from LITERAL_PREFIX/SUFFIX inserted; getColumns then reports the same name and
   * data type.
   */
  @Test
  void typeInfoRoundTrip() throws SQLException {
    Map<String, String> params = Map.of("length", "(4)", "precision,scale", "(6,2)", "dimension", "(2)");
    Map<String, String> literals = new HashMap<>(Map.of("BOOLEAN", "TRUE", "VARBINARY", "0A0B", "CHAR", "ab",
        "VARCHAR", "ab", "DATE", "2024-02-29", "TIME", "12:34:56", "TIMESTAMP", "2024-02-29 12:34:56",
        "VECTOR", "1.5, 2.5", "DECIMAL", "12.25", "REAL", "1.5"));
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:mem:dbmeta_types"); Statement s = c.createStatement();
        ResultSet types = c.getMetaData().getTypeInfo()) {
      List<String> expected = new ArrayList<>();
      int i = 0;
      while (types.next()) {
        String name = types.getString("TYPE_NAME");
        String create = types.getString("CREATE_PARAMS");
        String col = "c" + i++;
        s.execute("CREATE TABLE t_" + col + " (k INTEGER PRIMARY KEY, " + col + " " + name
            + (create == null ? "" : params.get(create)) + ")");
        String prefix = types.getString("LITERAL_PREFIX");
        String value = (prefix == null ? "" : prefix) + literals.getOrDefault(name, "7")
            + (types.getString("LITERAL_SUFFIX") == null ? "" : types.getString("LITERAL_SUFFIX"));
        assertEquals(1, s.executeUpdate("INSERT INTO t_" + col + " VALUES (1, " + value + ")"), name + ": " + value);
        expected.add(col + "|" + types.getInt("DATA_TYPE") + "|" + name);
      }
      List<String> actual = new ArrayList<>();
      DatabaseMetaData m = c.getMetaData();
      for (int j = 0; j < i; j++) {
        actual.addAll(rows(m.getColumns(null, "PUBLIC", "t_c" + j, "c%"), "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME"));
      }
      assertEquals(expected, actual);
    }
  }

  // ------------------------------------------------------------------------------------------
  // properties

  @Test
  void keywordsAndFunctions() throws SQLException {
    List<String> keywords = Arrays.asList(md.getSQLKeywords().split(","));
    for (String k : List.of("UPSERT", "VECTOR", "COLLECTION", "INDEX", "TEXT", "IF", "LIMIT", "OFFSET")) {
      assertTrue(keywords.contains(k), k + " in " + keywords);
    }
    for (String k : List.of("SELECT", "TABLE", "ARRAY", "BLOB", "KEY", "SCHEMA", "VIEW", "TRIGGER")) {
      assertFalse(keywords.contains(k), k + " is an SQL:2003 keyword or not reserved by SochDB");
    }
    assertEquals(keywords.stream().sorted().toList(), keywords);
    assertTrue(Arrays.asList(md.getNumericFunctions().split(",")).containsAll(List.of("ABS", "MOD", "POWER", "ROUND")));
    assertTrue(Arrays.asList(md.getStringFunctions().split(",")).containsAll(List.of("CONCAT", "SUBSTRING",
        "REPLACE")));
    assertTrue(Arrays.asList(md.getSystemFunctions().split(",")).contains("IFNULL"));
    assertTrue(Arrays.asList(md.getTimeDateFunctions().split(",")).containsAll(List.of("CURDATE", "NOW",
        "TIMESTAMPADD")));
  }

  @Test
  void identifiers() throws SQLException {
    assertEquals("\"", md.getIdentifierQuoteString());
    assertTrue(md.storesMixedCaseIdentifiers());
    assertFalse(md.supportsMixedCaseIdentifiers());
    assertFalse(md.storesUpperCaseIdentifiers());
    assertFalse(md.storesLowerCaseIdentifiers());
    assertTrue(md.storesMixedCaseQuotedIdentifiers());
    assertFalse(md.supportsMixedCaseQuotedIdentifiers());
    assertEquals("\\", md.getSearchStringEscape());
  }

  @Test
  void transactionsAndFeatures() throws SQLException {
    assertTrue(md.supportsTransactions());
    assertEquals(Connection.TRANSACTION_REPEATABLE_READ, md.getDefaultTransactionIsolation());
    assertTrue(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ));
    assertTrue(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED));
    assertTrue(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_UNCOMMITTED));
    assertFalse(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE));
    assertFalse(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_NONE));
    assertTrue(md.supportsSavepoints());
    assertTrue(md.supportsBatchUpdates());
    assertTrue(md.supportsGetGeneratedKeys());
    assertTrue(md.supportsDataDefinitionAndDataManipulationTransactions());
    assertFalse(md.supportsDataManipulationTransactionsOnly());
    assertFalse(md.dataDefinitionCausesTransactionCommit());
    assertTrue(md.supportsMultipleTransactions());
    assertTrue(md.supportsAlterTableWithAddColumn());
    assertFalse(md.isReadOnly());
    assertFalse(md.supportsCatalogsInDataManipulation());
    assertFalse(md.supportsCatalogsInTableDefinitions());
    assertTrue(md.supportsSchemasInDataManipulation());
    assertEquals("SochDB", md.getDatabaseProductName());
    assertTrue(md.getConnection() == conn, "getConnection returns the user's connection");
  }

  /** Metadata follows the connection's transaction: its uncommitted DDL shows, and goes on rollback. */
  @Test
  void seesOwnUncommittedDdl() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:mem:dbmeta_tx"); Statement s = c.createStatement()) {
      DatabaseMetaData m = c.getMetaData();
      c.setAutoCommit(false);
      s.execute("CREATE TABLE draft (id BIGINT PRIMARY KEY, v VARCHAR(3))");
      assertEquals(List.of("draft"), rows(m.getTables(null, "PUBLIC", "%", null), "TABLE_NAME"));
      assertEquals(List.of("id", "v"), rows(m.getColumns(null, "PUBLIC", "draft", null), "COLUMN_NAME"));
      c.rollback();
      assertEquals(List.of(), rows(m.getTables(null, "PUBLIC", "%", null), "TABLE_NAME"));
    }
  }

  // ------------------------------------------------------------------------------------------
  // DBeaver

  /** What DBeaver's generic driver does on connect and when a table is opened, without errors. */
  @Test
  void dbeaverLikeWalk() throws SQLException {
    assertEquals(0, drain(md.getCatalogs()));
    drain(md.getTableTypes());
    drain(md.getTypeInfo());
    int tables = 0;
    int columns = 0;
    for (String schema : rows(md.getSchemas(), "TABLE_SCHEM")) {
      drain(md.getPrimaryKeys(null, schema, null));
      drain(md.getImportedKeys(null, schema, null));
      drain(md.getIndexInfo(null, schema, null, false, true));
      drain(md.getIndexInfo(null, schema, "%", true, true));
      drain(md.getProcedures(null, schema, "%"));
      drain(md.getFunctions(null, schema, "%"));
      for (String table : rows(md.getTables(null, schema, "%", null), "TABLE_NAME")) {
        tables++;
        assertEquals(1, drain(md.getTables(null, schema, table, null)));
        int cols = drain(md.getColumns(null, schema, table, "%"));
        assertTrue(cols > 0, table);
        columns += cols;
        drain(md.getPrimaryKeys(null, schema, table));
        drain(md.getIndexInfo(null, schema, table, false, true));
        drain(md.getImportedKeys(null, schema, table));
        drain(md.getExportedKeys(null, schema, table));
        drain(md.getCrossReference(null, schema, table, null, null, null));
        drain(md.getBestRowIdentifier(null, schema, table, DatabaseMetaData.bestRowSession, true));
        drain(md.getVersionColumns(null, schema, table));
        drain(md.getTablePrivileges(null, schema, table));
        drain(md.getColumnPrivileges(null, schema, table, "%"));
      }
    }
    assertEquals(6, tables);
    assertEquals(29, columns);
    md.getSQLKeywords();
    md.getNumericFunctions();
    md.getIdentifierQuoteString();
    md.getDefaultTransactionIsolation();
    md.getDriverName();
    md.getDatabaseProductVersion();
    md.getUserName();
    md.getURL();
  }
}
