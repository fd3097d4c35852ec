package org.sochdb.jdbc;

import java.sql.Connection;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaDatabaseMetaData;
import org.apache.calcite.jdbc.SochConnectionImpl;
import org.sochdb.adapter.session.SochSession;

/**
 * SochDB's {@link java.sql.DatabaseMetaData}: Avatica's, which asks the {@link SochMeta} for
 * result sets, keywords, function lists and the default isolation, with the answers it
 * hard-wires (not Meta-driven) corrected for SochDB: transactions (DDL included), isolation
 * levels, savepoints, generated keys, ALTER TABLE ADD COLUMN, read-only databases, and no
 * catalogs. Made by {@link SochJdbcFactory}.
 */
public class SochDatabaseMetaData extends AvaticaDatabaseMetaData {
  private final AvaticaConnection connection;

  protected SochDatabaseMetaData(AvaticaConnection connection) {
    super(connection);
    this.connection = connection;
  }

  /** Whether the database (not the connection) is read-only: opened so, or on read-only storage. */
  @Override
  public boolean isReadOnly() {
    SochSession s = ((SochConnectionImpl) connection).session();
    return s != null && s.database().storage().isReadOnly();
  }

  @Override
  public boolean supportsTransactions() {
    return true;
  }

  /** REPEATABLE READ (snapshot isolation); READ UNCOMMITTED and READ COMMITTED are upgraded to it. */
  @Override
  public boolean supportsTransactionIsolationLevel(int level) {
    return level == Connection.TRANSACTION_REPEATABLE_READ || level == Connection.TRANSACTION_READ_COMMITTED
        || level == Connection.TRANSACTION_READ_UNCOMMITTED;
  }

  /** Connections run their transactions side by side. */
  @Override
  public boolean supportsMultipleTransactions() {
    return true;
  }

  /** DDL is transactional: it commits or rolls back with the transaction it runs in. */
  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() {
    return true;
  }

  @Override
  public boolean supportsDataManipulationTransactionsOnly() {
    return false;
  }

  @Override
  public boolean dataDefinitionCausesTransactionCommit() {
    return false;
  }

  @Override
  public boolean dataDefinitionIgnoredInTransactions() {
    return false;
  }

  @Override
  public boolean supportsSavepoints() {
    return true;
  }

  @Override
  public boolean supportsBatchUpdates() {
    return true;
  }

  /** The keys an INSERT generated, through the driver's connection wrapper. */
  @Override
  public boolean supportsGetGeneratedKeys() {
    return true;
  }

  @Override
  public boolean supportsAlterTableWithAddColumn() {
    return true;
  }

  // SochDB has no catalogs: getCatalogs is empty and TABLE_CAT always null.

  @Override
  public boolean supportsCatalogsInDataManipulation() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInProcedureCalls() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInTableDefinitions() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInIndexDefinitions() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() {
    return false;
  }
}
