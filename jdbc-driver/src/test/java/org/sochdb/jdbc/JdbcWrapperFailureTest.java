package org.sochdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sochdb.jdbc.errors.LockTimeoutException;
import org.sochdb.jdbc.errors.StateCarryingException;

/** The wrapper around a misbehaving delegate: a tiny Proxy-made fake connection. */
class JdbcWrapperFailureTest {

  private final List<String> calls = new ArrayList<>();
  private boolean readOnly;
  private boolean closed;

  private Connection fake() {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          calls.add(method.getName());
          switch (method.getName()) {
            case "createStatement":
              throw new NullPointerException("Cannot invoke \"Planner.plan()\" because \"planner\" is null");
            case "getSchema":
              throw new AssertionError("planner invariant violated");
            case "getCatalog":
              throw new RuntimeException("while locking",
                  new StateCarryingException("55P03", "lock wait timeout on collection docs"));
            case "commit":
              throw new StackOverflowError();
            case "nativeSQL":
              throw new NullPointerException();
            case "setReadOnly":
              readOnly = (Boolean) args[0];
              return null;
            case "isReadOnly":
              return readOnly;
            case "isClosed":
              return closed;
            case "close":
              closed = true;
              return null;
            case "hashCode":
              return 1;
            case "equals":
              return proxy == args[0];
            case "toString":
              return "fake";
            default:
              throw new UnsupportedOperationException(method.getName());
          }
        });
  }

  @Test
  void runtimeExceptionFromTheDelegateBecomesInternalErrorSqlException() {
    Connection conn = JdbcWrapper.wrap(fake());
    SQLException e = assertThrows(SQLException.class, conn::createStatement);
    assertEquals("XX000", e.getSQLState());
    assertEquals("Cannot invoke \"Planner.plan()\" because \"planner\" is null", e.getMessage());
    assertInstanceOf(NullPointerException.class, e.getCause());

    SQLException noMessage = assertThrows(SQLException.class, () -> conn.nativeSQL("x"));
    assertEquals("XX000", noMessage.getSQLState());
    assertNotNull(noMessage.getMessage());
  }

  @Test
  void assertionErrorFromTheDelegateBecomesSqlException() {
    Connection conn = JdbcWrapper.wrap(fake());
    SQLException e = assertThrows(SQLException.class, conn::getSchema);
    assertEquals("XX000", e.getSQLState());
    assertEquals("planner invariant violated", e.getMessage());
    assertInstanceOf(AssertionError.class, e.getCause());
  }

  @Test
  void runtimeExceptionCarryingAStateBecomesTheNamedException() {
    Connection conn = JdbcWrapper.wrap(fake());
    LockTimeoutException e = assertThrows(LockTimeoutException.class, conn::getCatalog);
    assertEquals("55P03", e.getSQLState());
    assertEquals("lock wait timeout on collection docs", e.getMessage());
  }

  @Test
  void virtualMachineErrorsPassUnchanged() {
    Connection conn = JdbcWrapper.wrap(fake());
    assertThrows(StackOverflowError.class, conn::commit);
  }

  @Test
  void readOnlyIsForwarded() throws SQLException {
    Connection conn = JdbcWrapper.wrap(fake());
    conn.setReadOnly(true);
    assertTrue(readOnly);
    assertTrue(conn.isReadOnly());
    conn.setReadOnly(false);
    assertFalse(conn.isReadOnly());
    assertEquals(List.of("setReadOnly", "isReadOnly", "setReadOnly", "isReadOnly"), calls);
  }

  @Test
  void isValidUsesTheDelegatesIsClosed() throws SQLException {
    Connection delegate = fake();
    Connection conn = JdbcWrapper.wrap(delegate);
    assertTrue(conn.isValid(5));
    closed = true;
    assertFalse(conn.isValid(5));
  }

  @Test
  void hookFailuresAreTranslated() throws SQLException {
    Connection conn = JdbcWrapper.wrap(fake(), new ConnectionHooks() {
      @Override
      public void beforeClose() {
        throw new StateCarryingException("55P03", "could not flush: lock held");
      }
    });
    assertThrows(LockTimeoutException.class, conn::close);
    assertTrue(closed, "delegate closed anyway");
  }

  @Test
  void wrappingRejectsNulls() {
    assertThrows(NullPointerException.class, () -> JdbcWrapper.wrap(null));
    assertThrows(NullPointerException.class, () -> JdbcWrapper.wrap(fake(), null));
    assertSame(false, JdbcWrapper.isWrapper(null));
  }
}
