package org.sochdb.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The driver's extension points for a wrapped connection: what the wrapper cannot do by forwarding
 * to the embedded (Avatica) connection. Passed to {@link JdbcWrapper#wrap(java.sql.Connection,
 * ConnectionHooks)}; every method has a pass-through default, so {@link #NONE} adds nothing.
 *
 * <p>Hooks are called on the thread that called the JDBC method. Any {@link SQLException} or
 * {@link RuntimeException} they throw reaches the user translated like a delegate's, except in
 * {@link #ping()}, where it just makes {@code isValid} return false.
 */
public interface ConnectionHooks {

  /** Hooks that add nothing: keys come from the delegate, ping succeeds, close is plain. */
  ConnectionHooks NONE = new ConnectionHooks() {
  };

  /**
   * Supplies {@code Statement.getGeneratedKeys()}. The wrapper executes statements with the plain
   * delegate methods (Avatica rejects the generated-keys variants) and passes here what was asked
   * for at prepare or execute time.
   *
   * @param delegate the unwrapped statement that executed (a {@code PreparedStatement} for a
   *     prepared one)
   * @param request the SQL, and whether and which keys were requested; {@code request.requested()}
   *     is false if the last execution did not ask for keys (JDBC then expects an empty result set)
   * @return the keys, or null to fall back to {@code delegate.getGeneratedKeys()}; the wrapper
   *     wraps the result set so that its {@code getStatement()} is the user's statement
   */
  default ResultSet generatedKeys(Statement delegate, GeneratedKeysRequest request)
      throws SQLException {
    return null;
  }

  /**
   * Checks that the engine behind an open connection is usable, for {@code isValid(timeout)},
   * which is true only if the delegate is not closed and this returns true. The timeout is not
   * enforced: embedded, there is no network to wait on.
   */
  default boolean ping() throws SQLException {
    return true;
  }

  /**
   * Runs once, on the first {@code close()} (or {@code abort}) of the wrapper, before the delegate
   * is closed. The delegate is closed even if this throws; the exception is then rethrown.
   */
  default void beforeClose() throws SQLException {
  }

  /** {@code Connection.setSavepoint}: marks the open transaction; {@code name} may be null. */
  default java.sql.Savepoint setSavepoint(String name) throws SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("savepoints are not supported", "0A000");
  }

  /** {@code Connection.rollback(Savepoint)}: takes back what was done after the savepoint. */
  default void rollback(java.sql.Savepoint savepoint) throws SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("savepoints are not supported", "0A000");
  }

  /** {@code Connection.releaseSavepoint}: forgets the savepoint (and those after it). */
  default void releaseSavepoint(java.sql.Savepoint savepoint) throws SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("savepoints are not supported", "0A000");
  }

  /** Sees every failure before it is translated for the user (the engine may drop a bad plan). */
  default void executionFailed(Throwable failure) {
  }
}
