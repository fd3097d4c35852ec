package org.sochdb.adapter.sql.parser;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.ddl.SqlCreateSchema;
import org.apache.calcite.sql.ddl.SqlCreateView;
import org.apache.calcite.sql.ddl.SqlDropTable;
import org.apache.calcite.sql.ddl.SqlDropView;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.Litmus;

import org.junit.jupiter.api.Test;
import org.sochdb.adapter.sql.ddl.SqlAlterTableAddColumn;
import org.sochdb.adapter.sql.ddl.SqlColumnDef;
import org.sochdb.adapter.sql.ddl.SqlCreateCollection;
import org.sochdb.adapter.sql.ddl.SqlCreateIndex;
import org.sochdb.adapter.sql.ddl.SqlCreateTableEx;
import org.sochdb.adapter.sql.ddl.SqlCreateTrigger;
import org.sochdb.adapter.sql.ddl.SqlDropCollection;
import org.sochdb.adapter.sql.ddl.SqlDropIndex;
import org.sochdb.adapter.sql.ddl.SqlDropSchemaEx;
import org.sochdb.adapter.sql.ddl.SqlDropTrigger;
import org.sochdb.adapter.sql.ddl.SqlForeignKeyReference;
import org.sochdb.adapter.sql.ddl.SqlForeignKeyReference.ReferentialAction;
import org.sochdb.adapter.sql.ddl.SqlIndexColumn;
import org.sochdb.adapter.sql.ddl.SqlTableConstraint;
import org.sochdb.adapter.sql.ddl.SqlVectorTypeNameSpec;

import java.io.StringReader;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tests {@link SochSqlParserImpl}: each statement form, its node and its unparse. */
class SochSqlParserTest {
  /** The configuration the product uses (see {@link SochSqlParser#config()}). */
  private static final SqlParser.Config CONFIG = SqlParser.config()
      .withParserFactory(SochSqlParserImpl.FACTORY)
      .withQuotedCasing(Casing.UNCHANGED)
      .withUnquotedCasing(Casing.UNCHANGED)
      .withCaseSensitive(false);

  private static SqlNode parse(String sql) throws SqlParseException {
    return SqlParser.create(sql, CONFIG).parseStmt();
  }

  /**
   * Parses {@code sql}, checks the node's class and that it unparses to
   * {@code expected}, then that {@code expected} parses back to an equal tree
   * that unparses the same.
   */
  private static <T extends SqlNode> T check(String sql, Class<T> clazz,
      String expected) throws SqlParseException {
    final SqlNode node = parse(sql);
    assertInstanceOf(clazz, node, () -> "node for " + sql);
    final String unparsed = SochSqlParser.toSql(node);
    assertEquals(expected, unparsed);
    final SqlNode again = parse(unparsed);
    assertEquals(clazz, again.getClass());
    assertEquals(unparsed, SochSqlParser.toSql(again));
    assertTrue(node.equalsDeep(again, Litmus.THROW));
    return clazz.cast(node);
  }

  private static SqlParseException parseError(String sql) {
    return assertThrows(SqlParseException.class, () -> parse(sql));
  }

  private static void assertErrorAt(String sql, int line, int column,
      String messageStart) {
    final SqlParseException e = parseError(sql);
    assertEquals(line, e.getPos().getLineNum(), e::getMessage);
    assertEquals(column, e.getPos().getColumnNum(), e::getMessage);
    assertTrue(e.getMessage().startsWith(messageStart), e::getMessage);
  }

  // ---------------------------------------------------------------- schemas

  @Test void createSchema() throws SqlParseException {
    SqlCreateSchema n = check("CREATE SCHEMA IF NOT EXISTS tenant_123",
        SqlCreateSchema.class, "CREATE SCHEMA IF NOT EXISTS \"tenant_123\"");
    assertTrue(n.ifNotExists);
    assertEquals("tenant_123", n.name.getSimple());
    assertEquals(SqlKind.CREATE_SCHEMA, n.getKind());

    n = check("create schema S1", SqlCreateSchema.class,
        "CREATE SCHEMA \"S1\"");
    assertFalse(n.ifNotExists);
  }

  @Test void dropSchema() throws SqlParseException {
    SqlDropSchemaEx n = check("DROP SCHEMA IF EXISTS tenant_123 CASCADE",
        SqlDropSchemaEx.class, "DROP SCHEMA IF EXISTS \"tenant_123\" CASCADE");
    assertTrue(n.isIfExists());
    assertTrue(n.isCascade());
    assertEquals("tenant_123", n.getName().getSimple());
    assertEquals(SqlKind.DROP_SCHEMA, n.getKind());

    n = check("DROP SCHEMA s", SqlDropSchemaEx.class, "DROP SCHEMA \"s\"");
    assertFalse(n.isIfExists());
    assertFalse(n.isCascade());

    n = check("DROP SCHEMA s RESTRICT", SqlDropSchemaEx.class,
        "DROP SCHEMA \"s\"");
    assertFalse(n.isCascade());
  }

  // ----------------------------------------------------------------- tables

  @Test void createTableColumns() throws SqlParseException {
    final SqlCreateTableEx n = check("CREATE TABLE IF NOT EXISTS "
            + "tenant_123.documents (id BIGINT PRIMARY KEY, "
            + "title VARCHAR(200) NOT NULL, content TEXT, "
            + "embedding VECTOR(384), author_id INT REFERENCES users(id), "
            + "created TIMESTAMP DEFAULT CURRENT_TIMESTAMP)",
        SqlCreateTableEx.class,
        "CREATE TABLE IF NOT EXISTS \"tenant_123\".\"documents\" ("
            + "\"id\" BIGINT PRIMARY KEY, "
            + "\"title\" VARCHAR(200) NOT NULL, "
            + "\"content\" VARCHAR, "
            + "\"embedding\" VECTOR(384), "
            + "\"author_id\" INTEGER REFERENCES \"users\" (\"id\"), "
            + "\"created\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");
    assertEquals(SqlKind.CREATE_TABLE, n.getKind());
    assertTrue(n.isIfNotExists());
    assertEquals(Arrays.asList("tenant_123", "documents"), n.getName().names);
    assertTrue(n.getConstraints().isEmpty());
    assertEquals(Collections.singletonList("id"), n.getPrimaryKeyColumnNames());

    final List<SqlColumnDef> cols = n.getColumns();
    assertEquals(6, cols.size());

    final SqlColumnDef id = cols.get(0);
    assertEquals("id", id.getNameAsString());
    assertEquals(SqlTypeName.BIGINT, basicType(id.getDataType()));
    assertTrue(id.isPrimaryKey());
    assertFalse(id.isUnique());
    assertTrue(id.isNullable());
    assertNull(id.getDefaultValue());
    assertNull(id.getReferences());

    final SqlColumnDef title = cols.get(1);
    assertFalse(title.isNullable());
    assertEquals(Boolean.FALSE, title.getDataType().getNullable());
    final SqlBasicTypeNameSpec varchar =
        (SqlBasicTypeNameSpec) title.getDataType().getTypeNameSpec();
    assertEquals(SqlTypeName.VARCHAR, basicType(title.getDataType()));
    assertEquals(200, varchar.getPrecision());

    final SqlColumnDef content = cols.get(2);
    assertEquals(SqlTypeName.VARCHAR, basicType(content.getDataType()));
    assertEquals(-1, ((SqlBasicTypeNameSpec) content.getDataType()
        .getTypeNameSpec()).getPrecision());
    assertTrue(content.isNullable());

    final SqlColumnDef embedding = cols.get(3);
    final SqlVectorTypeNameSpec vector = assertInstanceOf(
        SqlVectorTypeNameSpec.class, embedding.getDataType().getTypeNameSpec());
    assertEquals(384, vector.getDimension());

    final SqlForeignKeyReference ref = cols.get(4).getReferences();
    assertNotNull(ref);
    assertEquals("users", ref.getTargetTable().getSimple());
    assertEquals(Collections.singletonList("id"), ref.getTargetColumnNames());
    assertNull(ref.getOnDelete());

    // Calcite parses niladic functions as identifiers; the validator
    // resolves them.
    final SqlNode dflt = cols.get(5).getDefaultValue();
    assertInstanceOf(SqlIdentifier.class, dflt);
    assertEquals("CURRENT_TIMESTAMP", dflt.toString());
  }

  private static SqlTypeName basicType(SqlDataTypeSpec spec) {
    assertInstanceOf(SqlBasicTypeNameSpec.class, spec.getTypeNameSpec());
    return SqlTypeName.get(spec.getTypeNameSpec().getTypeName().getSimple());
  }

  @Test void createTableTableConstraints() throws SqlParseException {
    final SqlCreateTableEx n = check("CREATE TABLE orders ("
            + "id INT NOT NULL, tenant INT NOT NULL, customer INT, "
            + "total DECIMAL(10, 2) DEFAULT 0, code CHAR(8) UNIQUE, "
            + "CONSTRAINT pk_orders PRIMARY KEY (id, tenant), "
            + "CONSTRAINT uq_code UNIQUE (tenant, code), "
            + "CONSTRAINT fk_customer FOREIGN KEY (customer) "
            + "REFERENCES shop.customers(id) ON DELETE CASCADE)",
        SqlCreateTableEx.class,
        "CREATE TABLE \"orders\" (\"id\" INTEGER NOT NULL, "
            + "\"tenant\" INTEGER NOT NULL, \"customer\" INTEGER, "
            + "\"total\" DECIMAL(10, 2) DEFAULT 0, \"code\" CHAR(8) UNIQUE, "
            + "CONSTRAINT \"pk_orders\" PRIMARY KEY (\"id\", \"tenant\"), "
            + "CONSTRAINT \"uq_code\" UNIQUE (\"tenant\", \"code\"), "
            + "CONSTRAINT \"fk_customer\" FOREIGN KEY (\"customer\") "
            + "REFERENCES \"shop\".\"customers\" (\"id\") ON DELETE CASCADE)");
    assertFalse(n.isIfNotExists());
    assertEquals(5, n.getColumns().size());
    assertEquals(Arrays.asList("id", "tenant"), n.getPrimaryKeyColumnNames());
    assertTrue(n.getColumns().get(4).isUnique());
    final SqlLiteral zero =
        (SqlLiteral) n.getColumns().get(3).getDefaultValue();
    assertNotNull(zero);
    assertEquals(0, zero.intValue(true));

    final List<SqlTableConstraint> cs = n.getConstraints();
    assertEquals(3, cs.size());
    assertEquals(SqlTableConstraint.Kind.PRIMARY_KEY,
        cs.get(0).getConstraintKind());
    assertEquals("pk_orders", cs.get(0).getConstraintName().getSimple());
    assertEquals(Arrays.asList("id", "tenant"), cs.get(0).getColumnNames());
    assertNull(cs.get(0).getReferences());

    assertEquals(SqlTableConstraint.Kind.UNIQUE, cs.get(1).getConstraintKind());
    assertEquals(Arrays.asList("tenant", "code"), cs.get(1).getColumnNames());

    final SqlTableConstraint fk = cs.get(2);
    assertEquals(SqlTableConstraint.Kind.FOREIGN_KEY, fk.getConstraintKind());
    assertEquals("fk_customer", fk.getConstraintName().getSimple());
    assertEquals(Collections.singletonList("customer"), fk.getColumnNames());
    final SqlForeignKeyReference ref = fk.getReferences();
    assertNotNull(ref);
    assertEquals(Arrays.asList("shop", "customers"), ref.getTargetTable().names);
    assertEquals(Collections.singletonList("id"), ref.getTargetColumnNames());
    assertEquals(ReferentialAction.CASCADE, ref.getOnDelete());
  }

  @Test void createTableForeignKeyActions() throws SqlParseException {
    final SqlCreateTableEx n = check("CREATE TABLE t (a INT, "
            + "FOREIGN KEY (a) REFERENCES p (x) ON DELETE RESTRICT, "
            + "FOREIGN KEY (a) REFERENCES p ON DELETE SET NULL, "
            + "foreign key (a) references p (x) on delete no action, "
            + "FOREIGN KEY (a) REFERENCES p (x))",
        SqlCreateTableEx.class,
        "CREATE TABLE \"t\" (\"a\" INTEGER, "
            + "FOREIGN KEY (\"a\") REFERENCES \"p\" (\"x\") ON DELETE RESTRICT, "
            + "FOREIGN KEY (\"a\") REFERENCES \"p\" ON DELETE SET NULL, "
            + "FOREIGN KEY (\"a\") REFERENCES \"p\" (\"x\") ON DELETE NO ACTION, "
            + "FOREIGN KEY (\"a\") REFERENCES \"p\" (\"x\"))");
    final List<SqlTableConstraint> cs = n.getConstraints();
    assertEquals(ReferentialAction.RESTRICT, cs.get(0).getReferences().getOnDelete());
    assertEquals(ReferentialAction.SET_NULL, cs.get(1).getReferences().getOnDelete());
    assertTrue(cs.get(1).getReferences().getTargetColumns().isEmpty());
    assertEquals(ReferentialAction.NO_ACTION, cs.get(2).getReferences().getOnDelete());
    assertNull(cs.get(3).getReferences().getOnDelete());
    assertNull(cs.get(3).getConstraintName());
    assertTrue(n.getPrimaryKeyColumnNames().isEmpty());
  }

  @Test void createTableTypes() throws SqlParseException {
    final SqlCreateTableEx n = check("CREATE TABLE t (a INTEGER, b INT, "
            + "c BIGINT, d SMALLINT, e TINYINT, f REAL, g FLOAT, h DOUBLE, "
            + "i DECIMAL(12, 3), j NUMERIC, k BOOLEAN, l TEXT, m VARCHAR(50), "
            + "n CHAR(2), o DATE, p TIME, q TIMESTAMP, r VARBINARY, s BLOB, "
            + "v VECTOR(3))",
        SqlCreateTableEx.class,
        "CREATE TABLE \"t\" (\"a\" INTEGER, \"b\" INTEGER, \"c\" BIGINT, "
            + "\"d\" SMALLINT, \"e\" TINYINT, \"f\" REAL, \"g\" FLOAT, "
            + "\"h\" DOUBLE, \"i\" DECIMAL(12, 3), \"j\" DECIMAL, "
            + "\"k\" BOOLEAN, \"l\" VARCHAR, \"m\" VARCHAR(50), \"n\" CHAR(2), "
            + "\"o\" DATE, \"p\" TIME, \"q\" TIMESTAMP, \"r\" VARBINARY, "
            + "\"s\" VARBINARY, \"v\" VECTOR(3))");
    final List<SqlTypeName> expected = Arrays.asList(SqlTypeName.INTEGER,
        SqlTypeName.INTEGER, SqlTypeName.BIGINT, SqlTypeName.SMALLINT,
        SqlTypeName.TINYINT, SqlTypeName.REAL, SqlTypeName.FLOAT,
        SqlTypeName.DOUBLE, SqlTypeName.DECIMAL, SqlTypeName.DECIMAL,
        SqlTypeName.BOOLEAN, SqlTypeName.VARCHAR, SqlTypeName.VARCHAR,
        SqlTypeName.CHAR, SqlTypeName.DATE, SqlTypeName.TIME,
        SqlTypeName.TIMESTAMP, SqlTypeName.VARBINARY, SqlTypeName.VARBINARY);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i),
          basicType(n.getColumns().get(i).getDataType()), "column " + i);
    }
    final SqlBasicTypeNameSpec decimal = (SqlBasicTypeNameSpec)
        n.getColumns().get(8).getDataType().getTypeNameSpec();
    assertEquals(12, decimal.getPrecision());
    assertEquals(3, decimal.getScale());
    final SqlDataTypeSpec vector = n.getColumns().get(19).getDataType();
    assertEquals(3,
        ((SqlVectorTypeNameSpec) vector.getTypeNameSpec()).getDimension());
    assertEquals("VECTOR(3)", SochSqlParser.toSql(vector));
  }

  @Test void createTableColumnAttributesInAnyOrder() throws SqlParseException {
    final SqlCreateTableEx n = check("CREATE TABLE t ("
            + "a INT UNIQUE DEFAULT 1 NOT NULL, b INT NULL PRIMARY KEY, "
            + "c INT DEFAULT 1 + 2 NOT NULL, d VARCHAR(3) DEFAULT 'x' NULL, "
            + "e INT DEFAULT -1 REFERENCES p ON DELETE SET NULL)",
        SqlCreateTableEx.class,
        "CREATE TABLE \"t\" (\"a\" INTEGER NOT NULL DEFAULT 1 UNIQUE, "
            + "\"b\" INTEGER PRIMARY KEY, "
            + "\"c\" INTEGER NOT NULL DEFAULT (1 + 2), "
            + "\"d\" VARCHAR(3) DEFAULT 'x', "
            + "\"e\" INTEGER DEFAULT -1 REFERENCES \"p\" ON DELETE SET NULL)");
    final SqlColumnDef a = n.getColumns().get(0);
    assertFalse(a.isNullable());
    assertTrue(a.isUnique());
    assertEquals("1", a.getDefaultValue().toString());
    assertTrue(n.getColumns().get(1).isNullable());
    assertTrue(n.getColumns().get(1).isPrimaryKey());
    assertEquals(SqlKind.PLUS, n.getColumns().get(2).getDefaultValue().getKind());
    assertEquals(ReferentialAction.SET_NULL,
        n.getColumns().get(4).getReferences().getOnDelete());
  }

  @Test void newTypeNamesAndKeywordsAreNotReserved() throws SqlParseException {
    final SqlCreateTableEx n = check("CREATE TABLE t (text TEXT, "
            + "vector VECTOR(2), blob BLOB, index INT, collection INT, "
            + "if INT, \"Mixed\" INT)",
        SqlCreateTableEx.class,
        "CREATE TABLE \"t\" (\"text\" VARCHAR, \"vector\" VECTOR(2), "
            + "\"blob\" VARBINARY, \"index\" INTEGER, \"collection\" INTEGER, "
            + "\"if\" INTEGER, \"Mixed\" INTEGER)");
    assertEquals("text", n.getColumns().get(0).getNameAsString());
    assertEquals("Mixed", n.getColumns().get(6).getNameAsString());

    check("SELECT text, vector, blob, index, collection, if FROM index "
            + "WHERE text = 'x'",
        SqlSelect.class,
        "SELECT \"text\", \"vector\", \"blob\", \"index\", \"collection\", "
            + "\"if\"\nFROM \"index\"\nWHERE \"text\" = 'x'");
    check("SELECT CAST(a AS TEXT) FROM t", SqlSelect.class,
        "SELECT CAST(\"a\" AS VARCHAR)\nFROM \"t\"");
  }

  @Test void newWordsAreNonReservedKeywords() {
    final SqlAbstractParserImpl.Metadata metadata =
        SochSqlParserImpl.FACTORY.getParser(new StringReader(""))
            .getMetadata();
    for (String word : Arrays.asList("TEXT", "VECTOR", "BLOB", "INDEX",
        "COLLECTION", "IF")) {
      assertTrue(metadata.isNonReservedKeyword(word), word);
      assertFalse(metadata.isReservedWord(word), word);
    }
    assertTrue(metadata.isReservedWord("UPSERT"));
  }

  @Test void createTableErrors() {
    assertErrorAt("CREATE TABLE t (a INT NOT NULL NULL)", 1, 32,
        "Duplicate NULL / NOT NULL on column a");
    assertErrorAt("CREATE TABLE t (a INT, b INT PRIMARY KEY,\n"
            + "  CONSTRAINT pk PRIMARY KEY (a))", 2, 3,
        "A table can have only one PRIMARY KEY");
    assertErrorAt("CREATE OR REPLACE TABLE t (a INT)", 1, 1,
        "OR REPLACE is not supported in CREATE TABLE");
    assertErrorAt("CREATE TABLE t (a INT, b INT, "
            + "FOREIGN KEY (a, b) REFERENCES p (x))", 1, 31,
        "FOREIGN KEY has 2 column(s) but REFERENCES names 1");
    assertErrorAt("CREATE TABLE t (v VECTOR(0))", 1, 19,
        "VECTOR dimension must be positive");
  }

  @Test void dropTable() throws SqlParseException {
    SqlDropTable n = check("DROP TABLE IF EXISTS s.t", SqlDropTable.class,
        "DROP TABLE IF EXISTS \"s\".\"t\"");
    assertTrue(n.ifExists);
    assertEquals(SqlKind.DROP_TABLE, n.getKind());
    n = check("DROP TABLE t", SqlDropTable.class, "DROP TABLE \"t\"");
    assertFalse(n.ifExists);
  }

  @Test void alterTableAddColumn() throws SqlParseException {
    SqlAlterTableAddColumn n = check("ALTER TABLE tenant_123.documents "
            + "ADD COLUMN IF NOT EXISTS summary TEXT NOT NULL DEFAULT ''",
        SqlAlterTableAddColumn.class,
        "ALTER TABLE \"tenant_123\".\"documents\" ADD COLUMN IF NOT EXISTS "
            + "\"summary\" VARCHAR NOT NULL DEFAULT ''");
    assertEquals(SqlKind.ALTER_TABLE, n.getKind());
    assertEquals(Arrays.asList("tenant_123", "documents"), n.getTable().names);
    assertTrue(n.isIfNotExists());
    assertEquals("summary", n.getColumn().getNameAsString());
    assertFalse(n.getColumn().isNullable());
    assertEquals("", ((SqlLiteral) n.getColumn().getDefaultValue())
        .getValueAs(String.class));

    n = check("ALTER TABLE t ADD score DOUBLE", SqlAlterTableAddColumn.class,
        "ALTER TABLE \"t\" ADD COLUMN \"score\" DOUBLE");
    assertFalse(n.isIfNotExists());
    assertTrue(n.getColumn().isNullable());
    assertNull(n.getColumn().getDefaultValue());

    n = check("ALTER TABLE t ADD COLUMN embedding VECTOR(8)",
        SqlAlterTableAddColumn.class,
        "ALTER TABLE \"t\" ADD COLUMN \"embedding\" VECTOR(8)");
    assertEquals(8, ((SqlVectorTypeNameSpec) n.getColumn().getDataType()
        .getTypeNameSpec()).getDimension());

    // "if" as a column name, not IF NOT EXISTS
    n = check("ALTER TABLE t ADD if INT", SqlAlterTableAddColumn.class,
        "ALTER TABLE \"t\" ADD COLUMN \"if\" INTEGER");
    assertFalse(n.isIfNotExists());
  }

  // ------------------------------------------------------------------ views

  @Test void views() throws SqlParseException {
    SqlCreateView v = check("CREATE VIEW v AS SELECT a FROM t WHERE b > 1",
        SqlCreateView.class,
        "CREATE VIEW \"v\" AS\nSELECT \"a\"\nFROM \"t\"\nWHERE \"b\" > 1");
    assertFalse(v.getReplace());
    assertNull(v.columnList);

    v = check("CREATE OR REPLACE VIEW s.v (x, y) AS SELECT a, b FROM t",
        SqlCreateView.class,
        "CREATE OR REPLACE VIEW \"s\".\"v\" (\"x\", \"y\") AS\n"
            + "SELECT \"a\", \"b\"\nFROM \"t\"");
    assertTrue(v.getReplace());
    assertEquals(2, v.columnList.size());

    final SqlDropView d = check("DROP VIEW IF EXISTS v", SqlDropView.class,
        "DROP VIEW IF EXISTS \"v\"");
    assertTrue(d.ifExists);
    check("DROP VIEW v", SqlDropView.class, "DROP VIEW \"v\"");
  }

  // ---------------------------------------------------------------- indexes

  @Test void createIndexUsingBeforeColumns() throws SqlParseException {
    final SqlCreateIndex n = check("CREATE INDEX documents_hnsw ON "
            + "tenant_123.documents USING HNSW (embedding) "
            + "WITH (metric = 'cosine', m = 16, ef_construction = 100)",
        SqlCreateIndex.class,
        "CREATE INDEX \"documents_hnsw\" ON \"tenant_123\".\"documents\" "
            + "USING HNSW (\"embedding\") "
            + "WITH (\"metric\" = 'cosine', \"m\" = 16, "
            + "\"ef_construction\" = 100)");
    assertEquals(SqlKind.CREATE_INDEX, n.getKind());
    assertEquals("documents_hnsw", n.getName().getSimple());
    assertEquals(Arrays.asList("tenant_123", "documents"), n.getTable().names);
    assertFalse(n.isUnique());
    assertFalse(n.isIfNotExists());
    assertEquals(SqlCreateIndex.Method.HNSW, n.getMethod());
    assertEquals(1, n.getColumns().size());
    assertEquals("embedding", n.getColumns().get(0).getNameAsString());
    assertFalse(n.getColumns().get(0).isDescending());
    final Map<String, String> options = n.getOptions();
    assertEquals("{metric=cosine, m=16, ef_construction=100}",
        options.toString());
    assertEquals(16, Integer.parseInt(options.get("m")));
  }

  @Test void createIndexUsingAfterColumns() throws SqlParseException {
    final SqlCreateIndex n = check("CREATE UNIQUE INDEX IF NOT EXISTS "
            + "idx_name ON s.t (last DESC, first ASC) USING BTREE",
        SqlCreateIndex.class,
        "CREATE UNIQUE INDEX IF NOT EXISTS \"idx_name\" ON \"s\".\"t\" "
            + "USING BTREE (\"last\" DESC, \"first\")");
    assertTrue(n.isUnique());
    assertTrue(n.isIfNotExists());
    assertEquals(SqlCreateIndex.Method.BTREE, n.getMethod());
    final List<SqlIndexColumn> cols = n.getColumns();
    assertEquals("last", cols.get(0).getNameAsString());
    assertTrue(cols.get(0).isDescending());
    assertEquals("first", cols.get(1).getNameAsString());
    assertFalse(cols.get(1).isDescending());
    assertTrue(n.getOptions().isEmpty());
  }

  @Test void createIndexOtherForms() throws SqlParseException {
    SqlCreateIndex n = check("CREATE INDEX ft ON docs (content) "
            + "USING fulltext WITH (Analyzer = 'english', stored = TRUE, "
            + "boost = -1.5)",
        SqlCreateIndex.class,
        "CREATE INDEX \"ft\" ON \"docs\" USING FULLTEXT (\"content\") "
            + "WITH (\"Analyzer\" = 'english', \"stored\" = TRUE, "
            + "\"boost\" = -1.5)");
    assertEquals(SqlCreateIndex.Method.FULLTEXT, n.getMethod());
    assertEquals("{analyzer=english, stored=true, boost=-1.5}",
        n.getOptions().toString());

    n = check("CREATE INDEX i ON t (a, b)", SqlCreateIndex.class,
        "CREATE INDEX \"i\" ON \"t\" (\"a\", \"b\")");
    assertNull(n.getMethod());
    assertEquals(2, n.getColumns().size());
  }

  @Test void createIndexErrors() {
    assertErrorAt("CREATE INDEX i ON t USING FOO (a)", 1, 27,
        "Unknown index method 'FOO'; expected HNSW, FULLTEXT or BTREE");
    assertErrorAt("CREATE INDEX i ON t USING HNSW (a) USING HNSW", 1, 42,
        "USING given twice in CREATE INDEX");
    assertErrorAt("CREATE INDEX i ON t (a) WITH (m = 1, M = 2)", 1, 38,
        "Duplicate option 'M'");
    assertErrorAt("CREATE INDEX i ON t (a) WITH (metric = cosine)", 1, 40,
        "Encountered \"cosine\" at line 1, column 40.");
  }

  @Test void dropIndex() throws SqlParseException {
    SqlDropIndex n = check("DROP INDEX IF EXISTS tenant_123.documents_hnsw",
        SqlDropIndex.class,
        "DROP INDEX IF EXISTS \"tenant_123\".\"documents_hnsw\"");
    assertEquals(SqlKind.DROP_INDEX, n.getKind());
    assertTrue(n.isIfExists());
    assertEquals(Arrays.asList("tenant_123", "documents_hnsw"),
        n.getName().names);
    n = check("DROP INDEX i", SqlDropIndex.class, "DROP INDEX \"i\"");
    assertFalse(n.isIfExists());
  }

  // ------------------------------------------------------------ collections

  @Test void createCollection() throws SqlParseException {
    SqlCreateCollection n = check("CREATE COLLECTION IF NOT EXISTS ns.docs "
            + "(DIMENSION 384, METRIC 'cosine', M 16, EF_CONSTRUCTION 100)",
        SqlCreateCollection.class,
        "CREATE COLLECTION IF NOT EXISTS \"ns\".\"docs\" "
            + "(DIMENSION 384, METRIC 'cosine', M 16, EF_CONSTRUCTION 100)");
    assertTrue(n.isIfNotExists());
    assertEquals(Arrays.asList("ns", "docs"), n.getName().names);
    assertEquals(384, n.getDimension());
    assertEquals("cosine", n.getMetric());
    assertEquals(16, n.getM());
    assertEquals(100, n.getEfConstruction());
    assertTrue(n.isA(SqlKind.DDL));

    n = check("CREATE COLLECTION ns.docs (METRIC 'l2', M 8)",
        SqlCreateCollection.class,
        "CREATE COLLECTION \"ns\".\"docs\" (METRIC 'l2', M 8)");
    assertFalse(n.isIfNotExists());
    assertNull(n.getDimension());
    assertEquals("l2", n.getMetric());
    assertEquals(8, n.getM());
    assertNull(n.getEfConstruction());

    n = check("create collection ns.docs (metric = 'dot', dimension = 3)",
        SqlCreateCollection.class,
        "CREATE COLLECTION \"ns\".\"docs\" (DIMENSION 3, METRIC 'dot')");
    assertEquals(3, n.getDimension());

    n = check("CREATE COLLECTION ns.docs", SqlCreateCollection.class,
        "CREATE COLLECTION \"ns\".\"docs\"");
    assertNull(n.getMetric());
  }

  @Test void createCollectionErrors() {
    assertErrorAt("CREATE COLLECTION ns.docs (DIMENSION 'x')", 1, 38,
        "DIMENSION takes a positive integer");
    assertErrorAt("CREATE COLLECTION ns.docs (METRIC 3)", 1, 35,
        "METRIC takes a string, such as 'cosine'");
    assertErrorAt("CREATE COLLECTION ns.docs (SIZE 3)", 1, 28,
        "Unknown collection option 'SIZE'");
    assertErrorAt("CREATE COLLECTION ns.docs (M 1, m 2)", 1, 33,
        "Duplicate collection option 'm'");
  }

  @Test void dropCollection() throws SqlParseException {
    SqlDropCollection n = check("DROP COLLECTION IF EXISTS ns.docs",
        SqlDropCollection.class, "DROP COLLECTION IF EXISTS \"ns\".\"docs\"");
    assertTrue(n.isIfExists());
    assertEquals(Arrays.asList("ns", "docs"), n.getName().names);
    n = check("DROP COLLECTION ns.docs", SqlDropCollection.class,
        "DROP COLLECTION \"ns\".\"docs\"");
    assertFalse(n.isIfExists());
  }

  // --------------------------------------------------------------- triggers

  @Test void createTriggerCall() throws SqlParseException {
    final SqlCreateTrigger n = check("CREATE TRIGGER IF NOT EXISTS audit_docs "
            + "AFTER INSERT ON tenant_123.documents FOR EACH ROW "
            + "CALL 'com.example.AuditTrigger'",
        SqlCreateTrigger.class,
        "CREATE TRIGGER IF NOT EXISTS \"audit_docs\" AFTER INSERT ON "
            + "\"tenant_123\".\"documents\" FOR EACH ROW "
            + "CALL 'com.example.AuditTrigger'");
    assertTrue(n.isIfNotExists());
    assertEquals("audit_docs", n.getName().getSimple());
    assertEquals(SqlCreateTrigger.Timing.AFTER, n.getTiming());
    assertEquals(SqlCreateTrigger.Event.INSERT, n.getEvent());
    assertEquals(Arrays.asList("tenant_123", "documents"), n.getTable().names);
    assertEquals("com.example.AuditTrigger", n.getClassName());
    assertNull(n.getScript());
  }

  @Test void createTriggerScript() throws SqlParseException {
    final String body = "\n"
        + "  // comment; 'single' \"double\" $x and a $ sign\n"
        + "  if (row.qty > 0) { row.note = 'a;b'; } -- not SQL\n"
        + "  /* block */ return row;\n";
    final SqlCreateTrigger n = check("CREATE TRIGGER stamp BEFORE UPDATE ON t "
            + "FOR EACH ROW AS $$" + body + "$$",
        SqlCreateTrigger.class,
        "CREATE TRIGGER \"stamp\" BEFORE UPDATE ON \"t\" FOR EACH ROW AS $$"
            + body + "$$");
    assertEquals(SqlCreateTrigger.Timing.BEFORE, n.getTiming());
    assertEquals(SqlCreateTrigger.Event.UPDATE, n.getEvent());
    assertEquals(body, n.getScript());
    assertNull(n.getClassName());

    SqlCreateTrigger m = check("CREATE TRIGGER s.t1 BEFORE DELETE ON t "
            + "FOR EACH ROW AS $$$$",
        SqlCreateTrigger.class,
        "CREATE TRIGGER \"s\".\"t1\" BEFORE DELETE ON \"t\" FOR EACH ROW "
            + "AS $$$$");
    assertEquals(SqlCreateTrigger.Event.DELETE, m.getEvent());
    assertEquals("", m.getScript());

    // A quoted script; unparsed as $$...$$ unless it holds "$$".
    m = check("CREATE TRIGGER t1 AFTER UPDATE ON t FOR EACH ROW "
            + "AS 'return row;'",
        SqlCreateTrigger.class,
        "CREATE TRIGGER \"t1\" AFTER UPDATE ON \"t\" FOR EACH ROW "
            + "AS $$return row;$$");
    assertEquals("return row;", m.getScript());
    m = check("CREATE TRIGGER t1 AFTER UPDATE ON t FOR EACH ROW "
            + "AS 'x = ''$$'';'",
        SqlCreateTrigger.class,
        "CREATE TRIGGER \"t1\" AFTER UPDATE ON \"t\" FOR EACH ROW "
            + "AS 'x = ''$$'';'");
    assertEquals("x = '$$';", m.getScript());
  }

  @Test void dollarQuotedScriptInStatementList() throws SqlParseException {
    final SqlNodeList list = SqlParser.create("CREATE TRIGGER a AFTER INSERT "
            + "ON t FOR EACH ROW AS $$ x(); y(); $$;\n"
            + "SELECT 'it''s $$ not a script' FROM t;\n"
            + "CREATE TRIGGER b AFTER DELETE ON t FOR EACH ROW AS $$z;$$;",
        CONFIG).parseStmtList();
    assertEquals(3, list.size());
    assertEquals(" x(); y(); ",
        ((SqlCreateTrigger) list.get(0)).getScript());
    assertEquals("SELECT 'it''s $$ not a script'\nFROM \"t\"",
        SochSqlParser.toSql(list.get(1)));
    assertEquals("z;", ((SqlCreateTrigger) list.get(2)).getScript());
  }

  @Test void dropTrigger() throws SqlParseException {
    SqlDropTrigger n = check("DROP TRIGGER IF EXISTS audit_docs",
        SqlDropTrigger.class, "DROP TRIGGER IF EXISTS \"audit_docs\"");
    assertTrue(n.isIfExists());
    assertEquals("audit_docs", n.getName().getSimple());
    n = check("DROP TRIGGER t1", SqlDropTrigger.class,
        "DROP TRIGGER \"t1\"");
    assertFalse(n.isIfExists());
  }

  // ------------------------------------------------------------------- DML

  @Test void upsert() throws SqlParseException {
    SqlInsert n = check("UPSERT INTO t (a, b) VALUES (1, 2)", SqlInsert.class,
        "UPSERT INTO \"t\" (\"a\", \"b\")\nVALUES ROW(1, 2)");
    assertTrue(n.isUpsert());
    n = check("UPSERT INTO s.t SELECT * FROM u", SqlInsert.class,
        "UPSERT INTO \"s\".\"t\"\nSELECT *\nFROM \"u\"");
    assertTrue(n.isUpsert());
    assertNull(n.getTargetColumnList());
  }

  @Test void stockStatements() throws SqlParseException {
    final SqlInsert insert = check("INSERT INTO t (a) VALUES (1)",
        SqlInsert.class, "INSERT INTO \"t\" (\"a\")\nVALUES ROW(1)");
    assertFalse(insert.isUpsert());
    check("UPDATE t SET a = 1 WHERE b = 2",
        org.apache.calcite.sql.SqlUpdate.class,
        "UPDATE \"t\" SET \"a\" = 1\nWHERE \"b\" = 2");
    check("DELETE FROM t WHERE a = 1", org.apache.calcite.sql.SqlDelete.class,
        "DELETE FROM \"t\"\nWHERE \"a\" = 1");
    check("MERGE INTO t USING u ON t.a = u.a "
            + "WHEN MATCHED THEN UPDATE SET b = u.b "
            + "WHEN NOT MATCHED THEN INSERT (a, b) VALUES (u.a, u.b)",
        SqlMerge.class,
        "MERGE INTO \"t\"\nUSING \"u\"\nON \"t\".\"a\" = \"u\".\"a\"\n"
            + "WHEN MATCHED THEN UPDATE SET \"b\" = \"u\".\"b\"\n"
            + "WHEN NOT MATCHED THEN INSERT (\"a\", \"b\") "
            + "VALUES ROW(\"u\".\"a\", \"u\".\"b\")");
    check("SELECT a, b FROM t WHERE c = 1 LIMIT 10 OFFSET 5", SqlOrderBy.class,
        "SELECT \"a\", \"b\"\nFROM \"t\"\nWHERE \"c\" = 1\n"
            + "OFFSET 5 ROWS\nFETCH NEXT 10 ROWS ONLY");
    check("WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL "
            + "SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r",
        SqlWith.class,
        "WITH RECURSIVE \"r\" (\"n\") AS (SELECT 1\nUNION ALL\n"
            + "SELECT \"n\" + 1\nFROM \"r\"\nWHERE \"n\" < 10) SELECT \"n\"\n"
            + "FROM \"r\"");
    check("SELECT a, ROW_NUMBER() OVER (PARTITION BY b ORDER BY c DESC) AS rn "
            + "FROM t",
        SqlSelect.class,
        "SELECT \"a\", ROW_NUMBER() OVER (PARTITION BY \"b\" ORDER BY \"c\" "
            + "DESC) AS \"rn\"\nFROM \"t\"");
    final SqlNode explain = check("EXPLAIN PLAN FOR SELECT * FROM t",
        org.apache.calcite.sql.SqlExplain.class,
        "EXPLAIN PLAN INCLUDING ATTRIBUTES WITH IMPLEMENTATION FOR\n"
            + "SELECT *\nFROM \"t\"");
    assertEquals(SqlKind.EXPLAIN, explain.getKind());
  }

  @Test void identifiersKeepTheirCase() throws SqlParseException {
    final SqlSelect s = check("SELECT \"MixedCase\", lowerCase FROM \"Tab\"",
        SqlSelect.class, "SELECT \"MixedCase\", \"lowerCase\"\nFROM \"Tab\"");
    assertEquals("lowerCase", s.getSelectList().get(1).toString());
  }

  // ----------------------------------------------------------------- errors

  @Test void syntaxErrorPositions() {
    assertErrorAt("SELECT * FROM t WHERE", 1, 21, "Encountered \"<EOF>\"");
    assertErrorAt("CREATE TABLE t (\n  id INTEGER,\n  name VARCHAR(10) NOT NUL\n)",
        3, 24, "Encountered \"NUL\" at line 3, column 24.");
    assertErrorAt("CREATE TRIGGER trg BEFORE DELETE ON t\nFOR EACH ROW AS $$ abc",
        2, 17, "Encountered \"$$\" at line 2, column 17.");
    assertErrorAt("SELECT a\nFROM t\nWHERE b = # AND c = 1", 3, 11,
        "Lexical error at line 3, column 11.");
  }

  // ---------------------------------------------------------- configuration

  @Test void productConfig() throws SqlParseException {
    final SqlNode n = SochSqlParser.parse(
        "CREATE INDEX i ON \"T\" USING HNSW (Embedding)");
    assertEquals("CREATE INDEX \"i\" ON \"T\" USING HNSW (\"Embedding\")",
        SochSqlParser.toSql(n));
  }

  @Test void defaultCasingUpperCasesUnquotedNames() throws SqlParseException {
    // With Calcite's default casing (TO_UPPER) the extension still works;
    // option keys come out lower-cased either way.
    final SqlCreateIndex n = (SqlCreateIndex) SqlParser.create(
        "CREATE INDEX i ON t USING HNSW (e) WITH (metric = 'cosine', m = 16)",
        SqlParser.config().withParserFactory(SochSqlParserImpl.FACTORY))
        .parseStmt();
    assertEquals("I", n.getName().getSimple());
    assertEquals("{metric=cosine, m=16}", n.getOptions().toString());
  }
}
