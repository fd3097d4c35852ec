package org.sochdb.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.calcite.jdbc.SochConnectionImpl;
import org.sochdb.adapter.session.SochSession;

/**
 * What the JDBC wrapper asks of the embedded engine: the keys the last INSERT generated
 * (served as a one-column result set, named after the primary key) and a liveness check.
 */
final class SessionHooks implements ConnectionHooks {
  private final SochConnectionImpl raw;
  private final SochSession session;

  SessionHooks(SochConnectionImpl raw, SochSession session) {
    this.raw = raw;
    this.session = session;
  }

  @Override
  public ResultSet generatedKeys(Statement delegate, GeneratedKeysRequest request) throws SQLException {
    return raw.resultSet(((SochMeta) raw.meta()).generatedKeys(request.requested()));
  }

  /** A JDBC savepoint over the session's; named or numbered, valid until its transaction ends. */
  private record JdbcSavepoint(SochSession.Savepoint mark, int id, String name) implements java.sql.Savepoint {
    @Override
    public int getSavepointId() throws SQLException {
      if (name != null) {
        throw new SQLException("a named savepoint has no id", "3B001");
      }
      return id;
    }

    @Override
    public String getSavepointName() throws SQLException {
      if (name == null) {
        throw new SQLException("an unnamed savepoint has no name", "3B001");
      }
      return name;
    }
  }

  private int savepointIds;

  @Override
  public java.sql.Savepoint setSavepoint(String name) {
    return new JdbcSavepoint(session.savepoint(), ++savepointIds, name);
  }

  @Override
  public void rollback(java.sql.Savepoint savepoint) throws SQLException {
    session.rollbackTo(own(savepoint).mark());
  }

  @Override
  public void releaseSavepoint(java.sql.Savepoint savepoint) throws SQLException {
    own(savepoint); // nothing to free: a mark is an integer
  }

  private static JdbcSavepoint own(java.sql.Savepoint sp) throws SQLException {
    if (sp instanceof JdbcSavepoint j) {
      return j;
    }
    throw new SQLException("not a savepoint of this connection: " + sp, "3B001");
  }

  /**
   * Calcite folds constant expressions into static fields of the generated class; when one
   * throws (CAST('2024-13-45' AS DATE)), the class is unusable for good, and so is the plan
   * holding it: drop cached plans so the next run prepares afresh and reports the real error.
   */
  @Override
  public void executionFailed(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ExceptionInInitializerError || t instanceof NoClassDefFoundError) {
        session.database().planCache().clear();
        return;
      }
    }
  }

  @Override
  public boolean ping() {
    return session.isClosed() == false && session.database().storage().isClosed() == false;
  }
}
