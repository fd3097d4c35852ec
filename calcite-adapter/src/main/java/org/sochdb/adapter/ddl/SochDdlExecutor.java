package org.sochdb.adapter.ddl;

import java.io.Reader;
import java.util.Map;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.server.DdlExecutor;
import org.apache.calcite.server.DdlExecutorImpl;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.ddl.SqlCreateSchema;
import org.apache.calcite.sql.ddl.SqlDropTable;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.adapter.sql.ddl.SqlAlterTableAddColumn;
import org.sochdb.adapter.sql.ddl.SqlCreateCollection;
import org.sochdb.adapter.sql.ddl.SqlCreateIndex;
import org.sochdb.adapter.sql.ddl.SqlDropCollection;
import org.sochdb.adapter.sql.ddl.SqlCreateTableEx;
import org.sochdb.adapter.sql.ddl.SqlCreateTrigger;
import org.sochdb.adapter.sql.ddl.SqlDropIndex;
import org.sochdb.adapter.sql.ddl.SqlDropSchemaEx;
import org.sochdb.adapter.sql.ddl.SqlDropTrigger;
import org.sochdb.adapter.sql.parser.SochSqlParserImpl;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.catalog.NamespaceDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * Executes SochDB's DDL against the catalog, each statement atomically in the connection's
 * transaction (so DDL commits or rolls back with it). Calcite finds the {@code execute}
 * overload for a node class by reflection; {@link #PARSER_FACTORY} ties this executor to
 * SochDB's parser.
 */
public final class SochDdlExecutor extends DdlExecutorImpl {
  public static final SochDdlExecutor INSTANCE = new SochDdlExecutor();

  /** SochDB's parser with this executor: the {@code parserFactory} of every connection. */
  public static final SqlParserImplFactory PARSER_FACTORY = new SqlParserImplFactory() {
    @Override
    public SqlAbstractParserImpl getParser(Reader stream) {
      return SochSqlParserImpl.FACTORY.getParser(stream);
    }

    @Override
    public DdlExecutor getDdlExecutor() {
      return INSTANCE;
    }
  };

  private SochDdlExecutor() {}

  @FunctionalInterface
  private interface Ddl {
    void run(org.sochdb.storage.StorageTransaction tx, CatalogSnapshot catalog);
  }

  private static SochDatabase database(CalcitePrepare.Context context) {
    return SochSessions.of(context).database();
  }

  private static void run(CalcitePrepare.Context context, Ddl ddl) {
    SochSession session = SochSessions.of(context);
    if (session.readOnly() || session.database().storage().isReadOnly()) {
      throw new SochSqlException("25006", "cannot change the schema: the connection or database is read-only");
    }
    session.write(true, tx -> {
      ddl.run(tx, session.catalog());
      return null;
    });
  }

  /**
   * The DDL SochDB does not implement: a clear 0A000 rather than Calcite's
   * UnsupportedOperationException. Calcite's dispatcher calls the most specific {@code execute}
   * overload for the node's class, this one when there is none.
   */
  @Override
  public void execute(SqlNode node, CalcitePrepare.Context context) {
    throw new SochSqlException("0A000", "statement not supported: " + node.getKind() + " (" + node.getClass()
        .getSimpleName() + ")");
  }

  public void execute(SqlCreateSchema node, CalcitePrepare.Context context) {
    String name = node.name.getSimple();
    run(context, (tx, c) -> {
      if (c.namespace(name).isPresent()) {
        if (node.ifNotExists || node.getReplace()) {
          return;
        }
        throw new SochSqlException("42P06", "schema \"" + name + "\" already exists");
      }
      Catalog.putNamespace(tx, new NamespaceDef(name, name, Map.of(), System.currentTimeMillis()));
    });
  }

  public void execute(SqlDropSchemaEx node, CalcitePrepare.Context context) {
    String name = node.getName().getSimple();
    run(context, (tx, c) -> {
      var ns = c.namespace(name);
      if (ns.isEmpty()) {
        if (node.isIfExists()) {
          return;
        }
        throw new SochSqlException("3F000", "schema \"" + name + "\" does not exist");
      }
      var tables = c.tables(ns.get().name());
      if (tables.isEmpty() == false && node.isCascade() == false) {
        throw new SochSqlException("2BP01", "schema \"" + name + "\" still holds " + tables.size()
            + " tables; drop them first or use DROP SCHEMA " + name + " CASCADE");
      }
      for (TableDef t : tables) {
        TableDdl.drop(tx, database(context), Catalog.snapshot(tx), new DdlNames.Qualified(t.schema(), t.name()), true);
      }
      Catalog.dropNamespace(tx, ns.get().name());
    });
  }

  public void execute(org.apache.calcite.sql.ddl.SqlCreateView node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> ViewDdl.create(tx, c, node, context));
  }

  public void execute(org.apache.calcite.sql.ddl.SqlDropView node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> ViewDdl.drop(tx, c, DdlNames.of(node.name, context), node.ifExists));
  }

  public void execute(SqlCreateTableEx node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> TableDdl.create(tx, c, node, context));
  }

  public void execute(SqlDropTable node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> TableDdl.drop(tx, database(context), c, DdlNames.of(node.name, context), node.ifExists));
  }

  public void execute(SqlAlterTableAddColumn node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> TableDdl.addColumn(tx, c, node, context));
  }

  public void execute(SqlCreateIndex node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> IndexDdl.create(tx, c, node, context));
  }

  public void execute(SqlDropIndex node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> IndexDdl.drop(tx, database(context), c, DdlNames.of(node.getName(), context),
        node.isIfExists()));
  }

  public void execute(SqlCreateCollection node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> CollectionDdl.create(tx, database(context), c, node, context));
  }

  public void execute(SqlDropCollection node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> TableDdl.drop(tx, database(context), c, DdlNames.of(node.getName(), context),
        node.isIfExists()));
  }

  public void execute(SqlCreateTrigger node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> TriggerDdl.create(tx, c, node, context));
  }

  public void execute(SqlDropTrigger node, CalcitePrepare.Context context) {
    run(context, (tx, c) -> TriggerDdl.drop(tx, c, DdlNames.of(node.getName(), context), node.isIfExists()));
  }
}
