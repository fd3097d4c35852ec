package org.sochdb.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Wrapper;
import java.util.concurrent.Executor;
import org.sochdb.jdbc.errors.SqlErrors;
import org.sochdb.jdbc.errors.SqlStates;

/**
 * The one {@link InvocationHandler} behind every wrapper: forwards each call to the delegate,
 * translates what it throws with {@link SqlErrors}, wraps returned statements, result sets and
 * metadata in turn, and implements the few methods the delegate cannot (see {@link JdbcWrapper}).
 */
final class WrappingHandler implements InvocationHandler {

  /** A wrapped child and the delegate object it wraps. */
  private record Child(Object raw, Object proxy) {
  }

  private final Kind kind;
  private final Wrapper delegate;
  private final ConnectionState connection;
  /** For a result set: the statement wrapper that produced it, or null (metadata result sets). */
  private final Object parentStatement;
  /**
   * For a statement: the SQL of the last execution (plain statement) or of the prepare, and the
   * keys it asked for (null: none). Plain fields: JDBC statements are used by one thread at a time.
   */
  private String keysSql;
  private GeneratedKeysRequest keysRequested;
  /** The last child wrapped, so asking again for the same object returns the same wrapper. */
  private volatile Child lastChild;

  WrappingHandler(Kind kind, Wrapper delegate, ConnectionState connection,
      Object parentStatement, String keysSql, GeneratedKeysRequest keysRequested) {
    this.kind = kind;
    this.delegate = delegate;
    this.connection = connection;
    this.parentStatement = parentStatement;
    this.keysSql = keysSql;
    this.keysRequested = keysRequested;
  }

  Object newProxy() {
    return Proxy.newProxyInstance(WrappingHandler.class.getClassLoader(), kind.interfaces, this);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Dispatch d = Dispatch.of(method);
    switch (d.op) {
      case EQUALS:
        return proxy == args[0];
      case HASH_CODE:
        return System.identityHashCode(proxy);
      case TO_STRING:
        return describe();
      default:
        break;
    }
    try {
      // Ops are resolved by name and signature; among the six proxied interfaces each signature
      // below belongs to one interface (getConnection: Statement and DatabaseMetaData alike).
      switch (d.op) {
        case UNWRAP:
          return unwrap((Class<?>) args[0]);
        case IS_WRAPPER_FOR:
          return isWrapperFor((Class<?>) args[0]);
        case GET_CONNECTION:
          return connection.proxy;
        case GET_STATEMENT:
          return kind == Kind.RESULT_SET ? statementOfResultSet() : forward(proxy, method, d, args);
        case CLOSE:
          if (kind == Kind.CONNECTION) {
            closeConnection();
            return null;
          }
          break;
        case ABORT:
          abort((Executor) args[0]);
          return null;
        case SET_NETWORK_TIMEOUT:
          setNetworkTimeout((Executor) args[0], (Integer) args[1]);
          return null;
        case GET_NETWORK_TIMEOUT:
          checkOpen();
          return connection.networkTimeoutMillis;
        case IS_VALID:
          return isValid((Integer) args[0]);
        case PREPARE:
          return child(proxy, d.wrapResultAs, method.invoke(delegate, args), (String) args[0], null);
        case PREPARE_WITH_KEYS: {
          String sql = (String) args[0];
          GeneratedKeysRequest request = keysRequest(sql, args[1]);
          return child(proxy, Kind.PREPARED_STATEMENT,
              ((Connection) delegate).prepareStatement(sql), sql, request);
        }
        case EXECUTE_SQL:
          if (kind == Kind.STATEMENT) {
            keysSql = (String) args[0];
            keysRequested = null;
          }
          break;
        case EXECUTE_WITH_KEYS:
          if (kind == Kind.STATEMENT) {
            return executeWithKeys(method.getName(), (String) args[0], args[1]);
          }
          break;
        case EXECUTE_BATCH:
          if (kind == Kind.STATEMENT) {
            keysSql = null;
            keysRequested = null;
          }
          break;
        case GET_GENERATED_KEYS:
          return generatedKeys(proxy);
        case SET_SAVEPOINT:
          checkOpen();
          return connection.hooks.setSavepoint(args == null || args.length == 0 ? null : (String) args[0]);
        case ROLLBACK_TO_SAVEPOINT:
          checkOpen();
          connection.hooks.rollback((java.sql.Savepoint) args[0]);
          return null;
        case GET_OBJECT_AS: {
          Object converted = TemporalGetters.get((java.sql.ResultSet) delegate, args[0], (Class<?>) args[1]);
          if (converted != TemporalGetters.NOT_TEMPORAL) {
            return converted;
          }
          break;
        }
        case GET_STRING: {
          // Avatica gives an ANY column's toString(), which for a float[] is its identity.
          Object text = method.invoke(delegate, args);
          if (text instanceof String st && st.startsWith("[F@")) {
            Object v = args[0] instanceof Integer i ? ((java.sql.ResultSet) delegate).getObject(i)
                : ((java.sql.ResultSet) delegate).getObject((String) args[0]);
            return v instanceof float[] f ? java.util.Arrays.toString(f) : text;
          }
          return text;
        }
        case RELEASE_SAVEPOINT:
          checkOpen();
          connection.hooks.releaseSavepoint((java.sql.Savepoint) args[0]);
          return null;
        default:
          break;
      }
      return forward(proxy, method, d, args);
    } catch (InvocationTargetException e) {
      throw failure(d, e.getCause() != null ? e.getCause() : e);
    } catch (Throwable e) {
      throw failure(d, e);
    }
  }

  private Object forward(Object proxy, Method method, Dispatch d, Object[] args)
      throws ReflectiveOperationException {
    Object result = method.invoke(delegate, args);
    if (d.wrapResultAs == null || result == null) {
      return result;
    }
    return child(proxy, d.wrapResultAs, result, null, null);
  }

  /** The user-facing exception for a failure: an SQLException unless that cannot be thrown. */
  private Throwable failure(Dispatch d, Throwable t) {
    if (t instanceof VirtualMachineError || !d.declaresSqlException) {
      return t;
    }
    connection.hooks.executionFailed(t);
    return SqlErrors.translate(t);
  }

  /**
   * Wraps {@code raw}, a child of this object's delegate, returning the previous wrapper if it is
   * the same object. For a statement, {@code sql} and {@code request} are what was prepared.
   */
  private Object child(Object proxy, Kind childKind, Object raw, String sql,
      GeneratedKeysRequest request) {
    if (raw == null) {
      return null;
    }
    Child last = lastChild;
    if (last != null && last.raw == raw) {
      return last.proxy;
    }
    Object parent = childKind == Kind.RESULT_SET && kind.isStatement() ? proxy : null;
    Object wrapped =
        new WrappingHandler(childKind, (Wrapper) raw, connection, parent, sql, request).newProxy();
    lastChild = new Child(raw, wrapped);
    return wrapped;
  }

  private Object unwrap(Class<?> iface) throws SQLException {
    if (iface == null) {
      throw invalid("unwrap: interface is null");
    }
    return iface.isInstance(delegate) ? delegate : delegate.unwrap(iface);
  }

  private boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface != null && (iface.isInstance(delegate) || delegate.isWrapperFor(iface));
  }

  private Object statementOfResultSet() throws SQLException {
    if (parentStatement != null) {
      return parentStatement;
    }
    Statement raw = ((ResultSet) delegate).getStatement();
    return child(null, Kind.STATEMENT, raw, null, null);
  }

  private Object executeWithKeys(String name, String sql, Object keysArgument)
      throws SQLException {
    GeneratedKeysRequest request = keysRequest(sql, keysArgument);
    Statement statement = (Statement) delegate;
    keysSql = sql;
    keysRequested = request;
    switch (name) {
      case "execute":
        return statement.execute(sql);
      case "executeUpdate":
        return statement.executeUpdate(sql);
      default:
        return statement.executeLargeUpdate(sql);
    }
  }

  private Object generatedKeys(Object proxy) throws SQLException {
    Statement statement = (Statement) delegate;
    GeneratedKeysRequest request =
        keysRequested != null ? keysRequested : GeneratedKeysRequest.none(keysSql);
    ResultSet rs = connection.hooks.generatedKeys(statement, request);
    if (rs == null) {
      rs = statement.getGeneratedKeys();
    }
    return child(proxy, Kind.RESULT_SET, rs, null, null);
  }

  private static GeneratedKeysRequest keysRequest(String sql, Object keysArgument)
      throws SQLException {
    if (keysArgument instanceof int[]) {
      return GeneratedKeysRequest.columns(sql, (int[]) keysArgument);
    }
    if (keysArgument instanceof String[]) {
      return GeneratedKeysRequest.columns(sql, (String[]) keysArgument);
    }
    if (keysArgument == null) {
      return GeneratedKeysRequest.none(sql);
    }
    int autoGeneratedKeys = (Integer) keysArgument;
    if (autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS) {
      return GeneratedKeysRequest.all(sql);
    }
    if (autoGeneratedKeys == Statement.NO_GENERATED_KEYS) {
      return GeneratedKeysRequest.none(sql);
    }
    throw invalid("autoGeneratedKeys must be Statement.RETURN_GENERATED_KEYS or"
        + " Statement.NO_GENERATED_KEYS, not " + autoGeneratedKeys);
  }

  private void closeConnection() throws SQLException {
    Connection c = (Connection) delegate;
    if (!connection.closed.compareAndSet(false, true)) {
      c.close();
      return;
    }
    SQLException hookFailure = null;
    try {
      connection.hooks.beforeClose();
    } catch (SQLException | RuntimeException e) {
      hookFailure = SqlErrors.translate(e);
    }
    try {
      c.close();
    } catch (SQLException | RuntimeException e) {
      if (hookFailure == null) {
        throw e;
      }
      hookFailure.addSuppressed(e);
    }
    if (hookFailure != null) {
      throw hookFailure;
    }
  }

  private void abort(Executor executor) throws SQLException {
    if (executor == null) {
      throw invalid("abort: executor is null");
    }
    if (!connection.closed.get()) {
      closeConnection();
    }
  }

  private void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    checkOpen();
    if (executor == null) {
      throw invalid("setNetworkTimeout: executor is null");
    }
    if (milliseconds < 0) {
      throw invalid("setNetworkTimeout: timeout is negative: " + milliseconds);
    }
    connection.networkTimeoutMillis = milliseconds;
  }

  private boolean isValid(int timeoutSeconds) throws SQLException {
    if (timeoutSeconds < 0) {
      throw invalid("isValid: timeout is negative: " + timeoutSeconds);
    }
    if (connection.closed.get()) {
      return false;
    }
    try {
      return !((Connection) delegate).isClosed() && connection.hooks.ping();
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private void checkOpen() throws SQLException {
    if (connection.closed.get() || ((Connection) delegate).isClosed()) {
      throw SqlErrors.fromSqlState(SqlStates.CONNECTION_DOES_NOT_EXIST, "connection is closed", null);
    }
  }

  private static SQLException invalid(String message) {
    return SqlErrors.fromSqlState(SqlStates.INVALID_PARAMETER_VALUE, message, null);
  }

  private String describe() {
    String inner;
    try {
      inner = String.valueOf(delegate);
    } catch (RuntimeException e) {
      inner = delegate.getClass().getName();
    }
    return kind.iface.getSimpleName() + "Wrapper[" + inner + "]";
  }
}
