package org.apache.calcite.jdbc;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.remote.TypedValue;
import org.apache.calcite.linq4j.QueryProvider;
import org.sochdb.adapter.session.SochSession;

/**
 * The base of SochDB's Avatica {@code Meta}: it must live in this package because
 * {@link CalciteMetaImpl}'s only constructors take the package-private
 * {@code CalciteConnectionImpl}. It holds the connection's {@link SochSession}, which
 * generated code and DDL reach from {@code DataContext.getQueryProvider()} (the connection
 * itself) through {@link #sessionOf}.
 */
public abstract class SochMetaBase extends CalciteMetaImpl {
  private volatile SochSession session;

  protected SochMetaBase(AvaticaConnection connection) {
    super((CalciteConnectionImpl) connection, CalciteMetaTableFactoryImpl.INSTANCE,
        CalciteMetaColumnFactoryImpl.INSTANCE);
  }

  /** The session of the connection that runs a statement: O(1), no thread-local. */
  public static SochSession sessionOf(QueryProvider queryProvider) {
    SochSession s = ((SochMetaBase) ((CalciteConnectionImpl) queryProvider).meta()).session;
    if (s == null) {
      throw new IllegalStateException("connection has no SochDB session");
    }
    return s;
  }

  /** The Meta of a connection this driver made. */
  public static SochMetaBase of(java.sql.Connection connection) {
    return (SochMetaBase) ((CalciteConnectionImpl) connection).meta();
  }

  public SochSession session() {
    return session;
  }

  public void attach(SochSession s) {
    this.session = s;
  }

  public CalciteConnection calciteConnection() {
    return (CalciteConnection) connection;
  }

  /** Rows of a query are produced here, with the bound parameters: convert them first. */
  @Override
  public Iterable<Object> createIterable(StatementHandle handle, org.apache.calcite.avatica.QueryState state,
      Signature signature, List<TypedValue> parameterValues, Frame firstFrame) {
    if (signature != null && signature.parameters.isEmpty() == false) {
      if (parameterValues == null || parameterValues.isEmpty()) {
        // As CalciteConnectionImpl.enumerable does: the values bound to the statement.
        org.apache.calcite.avatica.AvaticaStatement statement = getConnection().statementMap.get(handle.id);
        if (statement != null) {
          parameterValues = CalciteConnectionImpl.TROJAN.getParameterValues(statement);
        }
      }
      parameterValues = org.sochdb.adapter.exec.ParameterCoercion.coerce(signature.parameters, parameterValues);
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
    Signature sig = getConnection().server.getStatement(h).getSignature();
    if (sig != null && sig.statementType != null && sig.statementType.name().endsWith("DDL")) {
      return new ExecuteResult(ImmutableList.of(MetaResultSet.count(h.connectionId, h.id, 0)));
    }
    if (sig != null) {
      parameterValues = org.sochdb.adapter.exec.ParameterCoercion.coerce(sig.parameters, parameterValues);
    }
    return super.execute(h, parameterValues, maxRowsInFirstFrame);
  }
}
