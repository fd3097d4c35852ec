package org.sochdb.jdbc;

import java.sql.Connection;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.jdbc.SochMetaBase;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.session.SochSession;

/**
 * SochDB's Avatica {@code Meta}: Calcite's, with real transactions. Auto-commit,
 * read-only and isolation changes reach the connection's {@link SochSession}; commit and
 * rollback end its transaction. Snapshot isolation is reported as REPEATABLE READ (what it
 * guarantees, as PostgreSQL names the same level); SERIALIZABLE is refused, not faked.
 */
public class SochMeta extends SochMetaBase {
  public SochMeta(AvaticaConnection connection) {
    super(connection);
    connProps.setAutoCommit(true).setReadOnly(false).setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connProps.setDirty(false);
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
}
