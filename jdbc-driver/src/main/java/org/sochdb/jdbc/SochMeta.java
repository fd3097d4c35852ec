package org.sochdb.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import com.google.common.collect.ImmutableList;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.remote.TypedValue;
import org.apache.calcite.jdbc.CalciteMetaColumnFactoryImpl;
import org.apache.calcite.jdbc.CalciteMetaImpl;
import org.apache.calcite.jdbc.CalciteMetaTableFactoryImpl;
import org.apache.calcite.jdbc.SochConnectionImpl;
import org.sochdb.adapter.exec.ParameterCoercion;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.storage.catalog.CatalogSnapshot;

/**
 * SochDB's Avatica {@code Meta}: Calcite's, with real transactions. Auto-commit,
 * read-only and isolation changes reach the connection's {@link SochSession}; commit and
 * rollback end its transaction. Snapshot isolation is reported as REPEATABLE READ (what it
 * guarantees, as PostgreSQL names the same level); SERIALIZABLE is refused, not faked.
 *
 * <p>Database metadata (tables, columns, keys, indexes, types) comes from the catalog the
 * connection's session sees, through {@link MetadataQueries}, not from Calcite's schema tree:
 * only SochDB's namespaces and tables appear, and uncommitted DDL of this connection shows.
 */
public class SochMeta extends CalciteMetaImpl {
  private final SochConnectionImpl soch;

  public SochMeta(AvaticaConnection connection) {
    this((SochConnectionImpl) connection);
  }

  private SochMeta(SochConnectionImpl connection) {
    super(connection, CalciteMetaTableFactoryImpl.INSTANCE, CalciteMetaColumnFactoryImpl.INSTANCE);
    this.soch = connection;
    connProps.setAutoCommit(true).setReadOnly(false).setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connProps.setDirty(false);
  }

  private SochSession session() {
    return soch.session();
  }

  /**
   * The keys the connection's last INSERT generated, as the INSERT's executor recorded them: one
   * BIGINT column named after the table's primary key.
   */
  MetaResultSet generatedKeys(boolean requested) {
    SochSession s = session();
    List<Object[]> keys = new ArrayList<>();
    if (requested) {
      for (Object[] key : s.generatedKeys()) {
        keys.add(new Object[] {((Number) key[0]).longValue()});
      }
    }
    return rows(List.of(columnMetaData(s.generatedKeyColumn(), 0, Long.class, DatabaseMetaData.columnNullable)),
        keys);
  }

  /** Rows of a query are produced here, with the bound parameters: convert them first. */
  @Override
  public Iterable<Object> createIterable(StatementHandle handle, QueryState state, Signature signature,
      List<TypedValue> parameterValues, Frame firstFrame) {
    if (signature != null && signature.parameters.isEmpty() == false) {
      if (parameterValues == null || parameterValues.isEmpty()) {
        // As Calcite's connection does: the values bound to the statement.
        AvaticaStatement statement = soch.statementMap.get(handle.id);
        if (statement != null) {
          parameterValues = soch.parameterValues(statement);
        }
      }
      parameterValues = ParameterCoercion.coerce(signature.parameters, parameterValues);
    }
    return super.createIterable(handle, state, signature, parameterValues, firstFrame);
  }

  /**
   * DDL runs while it is prepared (CalcitePrepareImpl.prepare2_), leaving a signature without
   * a Bindable that CalciteMetaImpl.execute would dereference; report an update count of 0
   * instead, so DDL through {@code prepareStatement(...).executeUpdate()} works.
   */
  @Override
  public ExecuteResult execute(StatementHandle h, List<TypedValue> parameterValues, int maxRowsInFirstFrame)
      throws NoSuchStatementException {
    Signature sig = soch.signature(h);
    if (sig != null && sig.statementType != null && sig.statementType.name().endsWith("DDL")) {
      return new ExecuteResult(ImmutableList.of(MetaResultSet.count(h.connectionId, h.id, 0)));
    }
    if (sig != null) {
      parameterValues = ParameterCoercion.coerce(sig.parameters, parameterValues);
    }
    return super.execute(h, parameterValues, maxRowsInFirstFrame);
  }

  @Override
  public ConnectionProperties connectionSync(ConnectionHandle ch, ConnectionProperties p) {
    SochSession s = session();
    if (s != null) {
      if (p.isAutoCommit() != null) {
        s.setAutoCommit(p.isAutoCommit());
      }
      if (p.isReadOnly() != null) {
        s.setReadOnly(p.isReadOnly());
      }
      if (p.getSchema() != null) {
        s.setSchema(p.getSchema());
      }
    }
    Integer level = p.getTransactionIsolation();
    if (level != null) {
      if (level == Connection.TRANSACTION_SERIALIZABLE) {
        throw new SochSqlException("0A000", "SERIALIZABLE is not supported: SochDB gives snapshot isolation, "
            + "reported as REPEATABLE READ");
      }
      if (level == Connection.TRANSACTION_NONE) {
        throw new SochSqlException("0A000", "SochDB always runs in transactions; TRANSACTION_NONE is not supported");
      }
      p.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // a stronger level than asked is allowed
    }
    return super.connectionSync(ch, p);
  }

  @Override
  public void commit(ConnectionHandle ch) {
    session().commit();
  }

  @Override
  public void rollback(ConnectionHandle ch) {
    session().rollback();
  }

  @Override
  public void closeConnection(ConnectionHandle ch) {
    try {
      SochSession s = session();
      if (s != null) {
        s.close();
      }
    } finally {
      super.closeConnection(ch);
    }
  }

  // ------------------------------------------------------------------------------------------
  // DatabaseMetaData: thin adapters over MetadataQueries

  private CatalogSnapshot catalog() {
    return session().catalog();
  }

  private static String s(Pat p) {
    return p == null ? null : p.s;
  }

  private MetaResultSet rows(Class<?> shape, List<Object[]> rows) {
    return rows(fieldMetaData(shape).columns, rows);
  }

  private MetaResultSet rows(List<ColumnMetaData> columns, List<Object[]> rows) {
    return createResultSet(Map.of(), columns, CursorFactory.ARRAY, new Frame(0, true, new ArrayList<Object>(rows)));
  }

  /**
   * The columns of getImportedKeys, getExportedKeys and getCrossReference: Avatica's, whose last
   * one it spells DEFERABILITY; JDBC (and DBeaver, which reads columns by name) says DEFERRABILITY.
   */
  private static List<ColumnMetaData> foreignKeyColumns(Class<?> shape) {
    List<ColumnMetaData> columns = new ArrayList<>(fieldMetaData(shape).columns);
    int last = columns.size() - 1;
    columns.set(last, columnMetaData("DEFERRABILITY", last, short.class, DatabaseMetaData.columnNoNulls));
    return columns;
  }

  /**
   * The Meta-driven part of DatabaseMetaData: getSQLKeywords ({@link MetadataQueries#sqlKeywords}),
   * getDefaultTransactionIsolation (REPEATABLE READ) and, from Calcite, the numeric, string,
   * system and time/date function lists (the JDBC escape functions, {@code {fn ...}}, it
   * translates). Everything else Avatica hard-wires; see {@link SochDatabaseMetaData}.
   */
  @Override
  public Map<DatabaseProperty, Object> getDatabaseProperties(ConnectionHandle ch) {
    Map<DatabaseProperty, Object> p = new EnumMap<>(DatabaseProperty.class);
    p.putAll(super.getDatabaseProperties(ch)); // Calcite's JDBC escape function lists
    p.put(DatabaseProperty.GET_S_Q_L_KEYWORDS, MetadataQueries.sqlKeywords());
    p.put(DatabaseProperty.GET_DEFAULT_TRANSACTION_ISOLATION, Connection.TRANSACTION_REPEATABLE_READ);
    return p;
  }

  @Override
  public MetaResultSet getCatalogs(ConnectionHandle ch) {
    return rows(MetaCatalog.class, MetadataQueries.catalogs());
  }

  @Override
  public MetaResultSet getSchemas(ConnectionHandle ch, String catalog, Pat schemaPattern) {
    return rows(MetaSchema.class, MetadataQueries.schemas(catalog(), catalog, s(schemaPattern)));
  }

  @Override
  public MetaResultSet getTableTypes(ConnectionHandle ch) {
    return rows(MetaTableType.class, MetadataQueries.tableTypes());
  }

  @Override
  public MetaResultSet getTables(ConnectionHandle ch, String catalog, Pat schemaPattern, Pat tableNamePattern,
      List<String> typeList) {
    return rows(MetaTable.class,
        MetadataQueries.tables(catalog(), catalog, s(schemaPattern), s(tableNamePattern), typeList));
  }

  @Override
  public MetaResultSet getColumns(ConnectionHandle ch, String catalog, Pat schemaPattern, Pat tableNamePattern,
      Pat columnNamePattern) {
    return rows(MetaColumn.class, MetadataQueries.columns(catalog(), catalog, s(schemaPattern),
        s(tableNamePattern), s(columnNamePattern)));
  }

  @Override
  public MetaResultSet getPrimaryKeys(ConnectionHandle ch, String catalog, String schema, String table) {
    return rows(MetaPrimaryKey.class, MetadataQueries.primaryKeys(catalog(), catalog, schema, table));
  }

  @Override
  public MetaResultSet getImportedKeys(ConnectionHandle ch, String catalog, String schema, String table) {
    return rows(foreignKeyColumns(MetaImportedKey.class), MetadataQueries.importedKeys(catalog(), catalog, schema, table));
  }

  @Override
  public MetaResultSet getExportedKeys(ConnectionHandle ch, String catalog, String schema, String table) {
    return rows(foreignKeyColumns(MetaExportedKey.class), MetadataQueries.exportedKeys(catalog(), catalog, schema, table));
  }

  @Override
  public MetaResultSet getCrossReference(ConnectionHandle ch, String parentCatalog, String parentSchema,
      String parentTable, String foreignCatalog, String foreignSchema, String foreignTable) {
    return rows(foreignKeyColumns(MetaCrossReference.class), MetadataQueries.crossReference(catalog(), parentCatalog, parentSchema,
        parentTable, foreignCatalog, foreignSchema, foreignTable));
  }

  @Override
  public MetaResultSet getIndexInfo(ConnectionHandle ch, String catalog, String schema, String table,
      boolean unique, boolean approximate) {
    return rows(MetaIndexInfo.class, MetadataQueries.indexInfo(catalog(), catalog, schema, table, unique));
  }

  @Override
  public MetaResultSet getTypeInfo(ConnectionHandle ch) {
    return rows(MetaTypeInfo.class, MetadataQueries.typeInfo());
  }
}
