<#--
  SochDB's additions to Calcite's SQL grammar. FMPP includes this file into
  Calcite's Parser.jj template (see config.fmpp); the productions are named
  there in createStatementParserMethods, dropStatementParserMethods,
  statementParserMethods and dataTypeParserMethods.

  Productions are prefixed "Soch" so that they cannot clash with Calcite's.
-->

/* A JavaScript trigger body: $$ ... $$. The body may hold anything but "$$"
 * (quotes, semicolons, comments, newlines). It is a token of its own, declared
 * before Calcite's tokens, so within a statement it wins over IDENTIFIER
 * (which may also start with "$") both on length and on a tie. */
<DEFAULT, DQID, BTID, BQID, BQHID> TOKEN :
{
    < SOCH_DOLLAR_QUOTED_STRING: "$$" ( ~["$"] | ( "$" ~["$"] ) )* "$$" >
}

boolean SochIfNotExistsOpt() :
{
}
{
    LOOKAHEAD(3) <IF> <NOT> <EXISTS> { return true; }
|
    { return false; }
}

boolean SochIfExistsOpt() :
{
}
{
    LOOKAHEAD(2) <IF> <EXISTS> { return true; }
|
    { return false; }
}

/** Rejects CREATE OR REPLACE for a statement that has no such form. */
void SochNoReplace(Span s, boolean replace, String what) :
{
}
{
    {
        if (replace) {
            throw SochParserUtil.error(s.end(this),
                "OR REPLACE is not supported in CREATE " + what);
        }
    }
}

/* ---------------------------------------------------------------------------
 * Types: TEXT, BLOB, VECTOR(n)
 * ------------------------------------------------------------------------- */

/** TEXT (= VARCHAR), BLOB (= VARBINARY) and VECTOR(n). */
SqlTypeNameSpec SochTypeName() :
{
    final Span s;
    final int dimension;
}
{
    <TEXT> {
        return new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, getPos());
    }
|
    <BLOB> {
        return new SqlBasicTypeNameSpec(SqlTypeName.VARBINARY, getPos());
    }
|
    <VECTOR> { s = span(); }
    <LPAREN> dimension = UnsignedIntLiteral() <RPAREN> {
        if (dimension <= 0) {
            throw SochParserUtil.error(s.end(this),
                "VECTOR dimension must be positive");
        }
        return new SqlVectorTypeNameSpec(dimension, s.end(this));
    }
}

/* ---------------------------------------------------------------------------
 * Schemas
 * ------------------------------------------------------------------------- */

SqlCreate SochCreateSchema(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier id;
}
{
    <SCHEMA> ifNotExists = SochIfNotExistsOpt() id = CompoundIdentifier() {
        return SqlDdlNodes.createSchema(s.end(this), replace, ifNotExists, id);
    }
}

SqlDrop SochDropSchema(Span s, boolean replace) :
{
    final boolean ifExists;
    final SqlIdentifier id;
    boolean cascade = false;
}
{
    <SCHEMA> ifExists = SochIfExistsOpt() id = CompoundIdentifier()
    [
        <CASCADE> { cascade = true; }
    |
        <RESTRICT> { cascade = false; }
    ]
    {
        return new SqlDropSchemaEx(s.end(this), ifExists, id, cascade);
    }
}

/* ---------------------------------------------------------------------------
 * Tables
 * ------------------------------------------------------------------------- */

SqlCreate SochCreateTable(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier id;
    final Span ls;
    final List<SqlNode> columns = new ArrayList<SqlNode>();
    final List<SqlNode> constraints = new ArrayList<SqlNode>();
    final SqlNodeList columnList;
    final SqlNodeList constraintList;
}
{
    <TABLE> SochNoReplace(s, replace, "TABLE")
    ifNotExists = SochIfNotExistsOpt() id = CompoundIdentifier()
    <LPAREN> { ls = span(); }
    SochTableElement(columns, constraints)
    ( <COMMA> SochTableElement(columns, constraints) )*
    <RPAREN> {
        columnList = new SqlNodeList(columns, ls.end(this));
        constraintList = new SqlNodeList(constraints, ls.end(this));
        return new SqlCreateTableEx(s.end(this), ifNotExists, id, columnList,
            constraintList);
    }
}

void SochTableElement(List<SqlNode> columns, List<SqlNode> constraints) :
{
    final SqlNode e;
}
{
    (
        e = SochTableConstraint() { constraints.add(e); }
    |
        e = SochColumnDef() { columns.add(e); }
    )
    { SochParserUtil.checkSinglePrimaryKey(columns, constraints, e); }
}

/** name type [NOT NULL | NULL] [DEFAULT expr] [PRIMARY KEY] [UNIQUE]
 * [REFERENCES ...], the attributes in any order, each at most once. */
SqlColumnDef SochColumnDef() :
{
    final SqlIdentifier id;
    final SqlDataTypeSpec type;
    final Span s;
    Boolean nullable = null;
    SqlNode defaultValue = null;
    boolean primaryKey = false;
    boolean unique = false;
    SqlForeignKeyReference references = null;
    SqlForeignKeyReference r;
}
{
    id = SimpleIdentifier() { s = span(); }
    type = DataType()
    (
        <NOT> <NULL> {
            if (nullable != null) {
                throw SochParserUtil.error(getPos(),
                    "Duplicate NULL / NOT NULL on column " + id);
            }
            nullable = Boolean.FALSE;
        }
    |
        <NULL> {
            if (nullable != null) {
                throw SochParserUtil.error(getPos(),
                    "Duplicate NULL / NOT NULL on column " + id);
            }
            nullable = Boolean.TRUE;
        }
    |
        <DEFAULT_> {
            if (defaultValue != null) {
                throw SochParserUtil.error(getPos(),
                    "Duplicate DEFAULT on column " + id);
            }
        }
        defaultValue = Expression(ExprContext.ACCEPT_SUB_QUERY)
    |
        <PRIMARY> <KEY> {
            if (primaryKey) {
                throw SochParserUtil.error(getPos(),
                    "Duplicate PRIMARY KEY on column " + id);
            }
            primaryKey = true;
        }
    |
        <UNIQUE> {
            if (unique) {
                throw SochParserUtil.error(getPos(),
                    "Duplicate UNIQUE on column " + id);
            }
            unique = true;
        }
    |
        r = SochReferences() {
            if (references != null) {
                throw SochParserUtil.error(r.getParserPosition(),
                    "Duplicate REFERENCES on column " + id);
            }
            references = r;
        }
    )*
    {
        final boolean isNullable = nullable == null || nullable.booleanValue();
        return new SqlColumnDef(s.end(this), id, type.withNullable(isNullable),
            isNullable, defaultValue, primaryKey, unique, references);
    }
}

/** [CONSTRAINT n] PRIMARY KEY (a, ...) | UNIQUE (a, ...)
 * | FOREIGN KEY (a, ...) REFERENCES ... */
SqlTableConstraint SochTableConstraint() :
{
    SqlIdentifier name = null;
    final Span s = Span.of();
    final SqlNodeList columns;
    final SqlForeignKeyReference references;
}
{
    [ <CONSTRAINT> { s.add(this); } name = SimpleIdentifier() ]
    (
        <PRIMARY> { s.add(this); } <KEY>
        columns = ParenthesizedSimpleIdentifierList() {
            return new SqlTableConstraint(s.end(this),
                SqlTableConstraint.Kind.PRIMARY_KEY, name, columns, null);
        }
    |
        <UNIQUE> { s.add(this); }
        columns = ParenthesizedSimpleIdentifierList() {
            return new SqlTableConstraint(s.end(this),
                SqlTableConstraint.Kind.UNIQUE, name, columns, null);
        }
    |
        <FOREIGN> { s.add(this); } <KEY>
        columns = ParenthesizedSimpleIdentifierList()
        references = SochReferences() {
            final int targets = references.getTargetColumns().size();
            if (targets != 0 && targets != columns.size()) {
                throw SochParserUtil.error(s.end(this),
                    "FOREIGN KEY has " + columns.size()
                    + " column(s) but REFERENCES names " + targets);
            }
            return new SqlTableConstraint(s.end(this),
                SqlTableConstraint.Kind.FOREIGN_KEY, name, columns,
                references);
        }
    )
}

/** REFERENCES [schema.]p [(x, ...)] [ON DELETE action] */
SqlForeignKeyReference SochReferences() :
{
    final Span s;
    final SqlIdentifier table;
    SqlNodeList columns = SqlNodeList.EMPTY;
    SqlForeignKeyReference.ReferentialAction onDelete = null;
}
{
    <REFERENCES> { s = span(); } table = CompoundIdentifier()
    [ columns = ParenthesizedSimpleIdentifierList() ]
    [
        <ON> <DELETE>
        (
            <CASCADE> {
                onDelete = SqlForeignKeyReference.ReferentialAction.CASCADE;
            }
        |
            <RESTRICT> {
                onDelete = SqlForeignKeyReference.ReferentialAction.RESTRICT;
            }
        |
            <SET> <NULL> {
                onDelete = SqlForeignKeyReference.ReferentialAction.SET_NULL;
            }
        |
            <NO> <ACTION> {
                onDelete = SqlForeignKeyReference.ReferentialAction.NO_ACTION;
            }
        )
    ]
    {
        return new SqlForeignKeyReference(s.end(this), table, columns,
            onDelete);
    }
}

SqlDrop SochDropTable(Span s, boolean replace) :
{
    final boolean ifExists;
    final SqlIdentifier id;
}
{
    <TABLE> ifExists = SochIfExistsOpt() id = CompoundIdentifier() {
        return SqlDdlNodes.dropTable(s.end(this), ifExists, id);
    }
}

/** ALTER TABLE [schema.]t ADD [COLUMN] [IF NOT EXISTS] column-definition */
SqlNode SochAlterTable() :
{
    final Span s;
    final SqlIdentifier table;
    final boolean ifNotExists;
    final SqlColumnDef column;
}
{
    <ALTER> { s = span(); } <TABLE> table = CompoundIdentifier()
    <ADD> [ <COLUMN> ]
    ifNotExists = SochIfNotExistsOpt()
    column = SochColumnDef() {
        return new SqlAlterTableAddColumn(s.end(this), table, ifNotExists,
            column);
    }
}

/* ---------------------------------------------------------------------------
 * Views (Calcite's nodes, as in calcite-server)
 * ------------------------------------------------------------------------- */

SqlCreate SochCreateView(Span s, boolean replace) :
{
    final SqlIdentifier id;
    SqlNodeList columnList = null;
    final SqlNode query;
}
{
    <VIEW> id = CompoundIdentifier()
    [ columnList = ParenthesizedSimpleIdentifierList() ]
    <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY) {
        return SqlDdlNodes.createView(s.end(this), replace, id, columnList,
            query);
    }
}

SqlDrop SochDropView(Span s, boolean replace) :
{
    final boolean ifExists;
    final SqlIdentifier id;
}
{
    <VIEW> ifExists = SochIfExistsOpt() id = CompoundIdentifier() {
        return SqlDdlNodes.dropView(s.end(this), ifExists, id);
    }
}

/* ---------------------------------------------------------------------------
 * Indexes
 * ------------------------------------------------------------------------- */

/** CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON [schema.]t
 * [USING method] (col [ASC|DESC], ...) [USING method] [WITH (k = v, ...)] */
SqlCreate SochCreateIndex(Span s, boolean replace) :
{
    boolean unique = false;
    final boolean ifNotExists;
    final SqlIdentifier name;
    final SqlIdentifier table;
    SqlCreateIndex.Method method = null;
    SqlCreateIndex.Method m;
    final SqlNodeList columns;
    SqlNodeList opts = SqlNodeList.EMPTY;
}
{
    [ <UNIQUE> { unique = true; } ]
    <INDEX> SochNoReplace(s, replace, "INDEX")
    ifNotExists = SochIfNotExistsOpt()
    name = CompoundIdentifier()
    <ON> table = CompoundIdentifier()
    [ method = SochIndexMethod() ]
    columns = SochIndexColumnList()
    [
        m = SochIndexMethod() {
            if (method != null) {
                throw SochParserUtil.error(getPos(),
                    "USING given twice in CREATE INDEX");
            }
            method = m;
        }
    ]
    [ <WITH> opts = SochOptionList() ]
    {
        return new SqlCreateIndex(s.end(this), unique, ifNotExists, name,
            table, columns, method, opts);
    }
}

/** USING HNSW | FULLTEXT | BTREE; the method is an identifier, not a
 * keyword. */
SqlCreateIndex.Method SochIndexMethod() :
{
    final SqlIdentifier id;
}
{
    <USING> id = SimpleIdentifier() {
        final String methodName = SochParserUtil.upper(id.getSimple());
        for (SqlCreateIndex.Method method : SqlCreateIndex.Method.values()) {
            if (method.name().equals(methodName)) {
                return method;
            }
        }
        throw SochParserUtil.error(id.getParserPosition(),
            "Unknown index method '" + id.getSimple()
            + "'; expected HNSW, FULLTEXT or BTREE");
    }
}

SqlNodeList SochIndexColumnList() :
{
    final Span s;
    final List<SqlNode> list = new ArrayList<SqlNode>();
    SqlNode c;
}
{
    <LPAREN> { s = span(); }
    c = SochIndexColumn() { list.add(c); }
    ( <COMMA> c = SochIndexColumn() { list.add(c); } )*
    <RPAREN> {
        return new SqlNodeList(list, s.end(this));
    }
}

SqlNode SochIndexColumn() :
{
    final SqlIdentifier id;
    boolean descending = false;
}
{
    id = SimpleIdentifier()
    [
        <ASC>
    |
        <DESC> { descending = true; }
    ]
    {
        return new SqlIndexColumn(id.getParserPosition().plus(getPos()), id,
            descending);
    }
}

/** (key = literal, ...); keys are identifiers, values numeric, string or
 * boolean literals. Returns keys and values alternately. */
SqlNodeList SochOptionList() :
{
    final Span s;
    final List<SqlNode> list = new ArrayList<SqlNode>();
}
{
    <LPAREN> { s = span(); }
    SochOption(list)
    ( <COMMA> SochOption(list) )*
    <RPAREN> {
        return new SqlNodeList(list, s.end(this));
    }
}

void SochOption(List<SqlNode> list) :
{
    final SqlIdentifier key;
    final SqlNode value;
}
{
    key = SimpleIdentifier() <EQ>
    (
        value = NumericLiteral()
    |
        value = SochStringLiteral()
    |
        <TRUE> { value = SqlLiteral.createBoolean(true, getPos()); }
    |
        <FALSE> { value = SqlLiteral.createBoolean(false, getPos()); }
    )
    {
        for (int i = 0; i < list.size(); i += 2) {
            if (((SqlIdentifier) list.get(i)).getSimple()
                    .equalsIgnoreCase(key.getSimple())) {
                throw SochParserUtil.error(key.getParserPosition(),
                    "Duplicate option '" + key.getSimple() + "'");
            }
        }
        list.add(key);
        list.add(value);
    }
}

/** A single-quoted string, as a character literal. */
SqlLiteral SochStringLiteral() :
{
    final String p;
}
{
    p = SimpleStringLiteral() {
        return SqlLiteral.createCharString(p, getPos());
    }
}

SqlDrop SochDropIndex(Span s, boolean replace) :
{
    final boolean ifExists;
    final SqlIdentifier id;
}
{
    <INDEX> ifExists = SochIfExistsOpt() id = CompoundIdentifier() {
        return new SqlDropIndex(s.end(this), ifExists, id);
    }
}

/* ---------------------------------------------------------------------------
 * Vector collections
 * ------------------------------------------------------------------------- */

/** CREATE COLLECTION [IF NOT EXISTS] ns.name
 * [(DIMENSION n, METRIC 'm', M n, EF_CONSTRUCTION n)], options in any order,
 * each optional, "=" between name and value allowed. */
SqlCreate SochCreateCollection(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier id;
    final Map<String, Object> opts = new LinkedHashMap<String, Object>();
}
{
    <COLLECTION> SochNoReplace(s, replace, "COLLECTION")
    ifNotExists = SochIfNotExistsOpt() id = CompoundIdentifier()
    [
        <LPAREN>
        SochCollectionOption(opts)
        ( <COMMA> SochCollectionOption(opts) )*
        <RPAREN>
    ]
    {
        return new SqlCreateCollection(s.end(this), ifNotExists, id,
            (Integer) opts.get("DIMENSION"),
            (String) opts.get("METRIC"),
            (Integer) opts.get("M"),
            (Integer) opts.get("EF_CONSTRUCTION"));
    }
}

void SochCollectionOption(Map<String, Object> opts) :
{
    final SqlIdentifier key;
    final String name;
    final Span s;
    int n = 0;
    String str = null;
}
{
    key = SimpleIdentifier() {
        s = span();
        name = SochParserUtil.upper(key.getSimple());
        if (!name.equals("DIMENSION") && !name.equals("METRIC")
            && !name.equals("M") && !name.equals("EF_CONSTRUCTION")) {
            throw SochParserUtil.error(key.getParserPosition(),
                "Unknown collection option '" + key.getSimple()
                + "'; expected DIMENSION, METRIC, M or EF_CONSTRUCTION");
        }
        if (opts.containsKey(name)) {
            throw SochParserUtil.error(key.getParserPosition(),
                "Duplicate collection option '" + key.getSimple() + "'");
        }
    }
    [ <EQ> ]
    (
        n = UnsignedIntLiteral() {
            if (name.equals("METRIC")) {
                throw SochParserUtil.error(getPos(),
                    "METRIC takes a string, such as 'cosine'");
            }
            if (n <= 0) {
                throw SochParserUtil.error(getPos(),
                    name + " must be positive");
            }
            opts.put(name, Integer.valueOf(n));
        }
    |
        str = SimpleStringLiteral() {
            if (!name.equals("METRIC")) {
                throw SochParserUtil.error(getPos(),
                    name + " takes a positive integer");
            }
            opts.put(name, str);
        }
    )
}

SqlDrop SochDropCollection(Span s, boolean replace) :
{
    final boolean ifExists;
    final SqlIdentifier id;
}
{
    <COLLECTION> ifExists = SochIfExistsOpt() id = CompoundIdentifier() {
        return new SqlDropCollection(s.end(this), ifExists, id);
    }
}

/* ---------------------------------------------------------------------------
 * Triggers
 * ------------------------------------------------------------------------- */

/** CREATE TRIGGER [IF NOT EXISTS] name {BEFORE|AFTER} {INSERT|UPDATE|DELETE}
 * ON [schema.]t FOR EACH ROW {CALL 'class' | AS $$script$$ | AS 'script'} */
SqlCreate SochCreateTrigger(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final SqlCreateTrigger.Timing timing;
    final SqlCreateTrigger.Event event;
    final SqlIdentifier table;
    String className = null;
    String script = null;
}
{
    <TRIGGER> SochNoReplace(s, replace, "TRIGGER")
    ifNotExists = SochIfNotExistsOpt() name = CompoundIdentifier()
    (
        <BEFORE> { timing = SqlCreateTrigger.Timing.BEFORE; }
    |
        <AFTER> { timing = SqlCreateTrigger.Timing.AFTER; }
    )
    (
        <INSERT> { event = SqlCreateTrigger.Event.INSERT; }
    |
        <UPDATE> { event = SqlCreateTrigger.Event.UPDATE; }
    |
        <DELETE> { event = SqlCreateTrigger.Event.DELETE; }
    )
    <ON> table = CompoundIdentifier()
    <FOR> <EACH> <ROW>
    (
        <CALL> className = SimpleStringLiteral()
    |
        <AS>
        (
            <SOCH_DOLLAR_QUOTED_STRING> {
                script = SochParserUtil.dollarQuotedBody(token.image);
            }
        |
            script = SimpleStringLiteral()
        )
    )
    {
        return new SqlCreateTrigger(s.end(this), ifNotExists, name, timing,
            event, table, className, script);
    }
}

SqlDrop SochDropTrigger(Span s, boolean replace) :
{
    final boolean ifExists;
    final SqlIdentifier id;
}
{
    <TRIGGER> ifExists = SochIfExistsOpt() id = CompoundIdentifier() {
        return new SqlDropTrigger(s.end(this), ifExists, id);
    }
}
