package org.sochdb.jdbc.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLDataException;
import java.sql.SQLException;
import org.sochdb.adapter.trigger.TriggerAbortException;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.LockHeldException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import org.apache.calcite.avatica.AvaticaSqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlErrorsTest {

  /** Every row of ERRORS.md: state, message, the exact class fromSqlState must produce. */
  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(nullValues = "NULL", value = {
      "23505, dup,                                    java.sql.SQLIntegrityConstraintViolationException",
      "23503, fk,                                     java.sql.SQLIntegrityConstraintViolationException",
      "40001, conflict,                               org.sochdb.jdbc.errors.SerializationFailureException",
      "40P01, deadlock,                               java.sql.SQLTransactionRollbackException",
      "40002, rollback,                               java.sql.SQLTransactionRollbackException",
      "42601, syntax,                                 java.sql.SQLSyntaxErrorException",
      "42000, rule,                                   java.sql.SQLSyntaxErrorException",
      "42P01, no such collection,                     org.sochdb.jdbc.errors.CollectionNotFoundException",
      "42P07, collection exists,                      org.sochdb.jdbc.errors.CollectionExistsException",
      "42P06, namespace exists,                       org.sochdb.jdbc.errors.NamespaceExistsException",
      "3F000, no such namespace,                      org.sochdb.jdbc.errors.NamespaceNotFoundException",
      "3F001, other schema error,                     java.sql.SQLSyntaxErrorException",
      "22012, division by zero,                       java.sql.SQLDataException",
      "22000, data,                                   java.sql.SQLDataException",
      "22000, 'vector dimension mismatch: expected 3, got 2', org.sochdb.jdbc.errors.DimensionMismatchException",
      "22023, bad parameter,                          org.sochdb.jdbc.errors.ValidationException",
      "0A000, unsupported,                            java.sql.SQLFeatureNotSupportedException",
      "08001, cannot connect,                         java.sql.SQLNonTransientConnectionException",
      "08003, closed,                                 java.sql.SQLNonTransientConnectionException",
      "28000, bad password,                           java.sql.SQLInvalidAuthorizationSpecException",
      "25006, read-only,                              java.sql.SQLNonTransientException",
      "55006, locked,                                 org.sochdb.jdbc.errors.DatabaseLockedException",
      "55P03, lock timeout,                           org.sochdb.jdbc.errors.LockTimeoutException",
      "55000, other object state,                     java.sql.SQLException",
      "45000, 'INVALID_AGE: too young',               org.sochdb.adapter.trigger.TriggerAbortException",
      "57014, canceled,                               java.sql.SQLTimeoutException",
      "XX000, internal,                               java.sql.SQLException",
      "HY000, general,                                java.sql.SQLException",
      "NULL,  no state,                               java.sql.SQLException",
  })
  void fromSqlStateMapsEveryState(String state, String message, String expectedClass) {
    Throwable cause = new RuntimeException("cause");
    SQLException e = SqlErrors.fromSqlState(state, message, cause);
    assertEquals(expectedClass, e.getClass().getName());
    assertEquals(state, e.getSQLState());
    assertEquals(message, e.getMessage());
    assertSame(cause, e.getCause());

    // translate gives the same class for a plain SQLException with that state.
    SQLException translated = SqlErrors.translate(new SQLException(message, state, 9));
    assertEquals(expectedClass, translated.getClass().getName());
    assertEquals(state, translated.getSQLState());
    assertEquals(9, translated.getErrorCode());
  }

  @Test
  void fromSqlStateNormalisesTheState() {
    SQLException e = SqlErrors.fromSqlState(" 42p01 ", "x", null);
    assertInstanceOf(CollectionNotFoundException.class, e);
    assertEquals("42P01", e.getSQLState());
    assertNull(SqlErrors.fromSqlState("  ", "x", null).getSQLState());
  }

  @Test
  void fromSqlStateKeepsTheTriggerCodeAndDimensions() {
    assertEquals("INVALID_AGE",
        ((TriggerAbortException) SqlErrors.fromSqlState("45000", "INVALID_AGE: too young", null)).getCode());
    DimensionMismatchException d = (DimensionMismatchException)
        SqlErrors.fromSqlState("22000", "vector dimension mismatch: expected 3, got 2", null);
    assertEquals(3, d.getExpected());
    assertEquals(2, d.getActual());
    // The holder's pid travels as a field of the storage engine's exception, not in the message text.
    assertEquals(1234, ((DatabaseLockedException) SqlErrors.fromSqlState("55006", "database is locked",
        new LockHeldException(ErrorKind.DATABASE_LOCKED, "database is locked", 1234))).getHolderPid());
    assertEquals(-1, ((DatabaseLockedException)
        SqlErrors.fromSqlState("55006", "database is locked by pid 1234", null)).getHolderPid());
  }

  @Test
  void plainSqlExceptionWithUniqueViolationState() {
    SQLException original = new SQLException("duplicate key", "23505", 7);
    SQLException e = SqlErrors.translate(original);
    assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
    assertEquals("23505", e.getSQLState());
    assertEquals("duplicate key", e.getMessage());
    assertEquals(7, e.getErrorCode());
    assertSame(original, e.getCause());
  }

  @Test
  void avaticaFormattedMessageWithoutState() {
    SQLException original = new SQLException(
        "Error 1001 (23505) : Error while executing SQL \"x\": duplicate key");
    SQLException e = SqlErrors.translate(original);
    assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
    assertEquals("23505", e.getSQLState());
    assertEquals("duplicate key", e.getMessage());
    assertSame(original, e.getCause());
  }

  @Test
  void realAvaticaSqlException() {
    AvaticaSqlException original = new AvaticaSqlException(
        "Error while executing SQL \"x\": duplicate key", "23505", 1001, List.of(), null);
    assertEquals("Error 1001 (23505) : Error while executing SQL \"x\": duplicate key",
        original.getMessage());
    SQLException e = SqlErrors.translate(original);
    assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
    assertEquals("23505", e.getSQLState());
    assertEquals(1001, e.getErrorCode());
    assertEquals("duplicate key", e.getMessage());
  }

  @Test
  void avaticaSqlExceptionWrappedInARuntimeException() {
    RuntimeException original = new RuntimeException("while executing",
        new AvaticaSqlException("deadlock detected", "40P01", 1001, List.of(), null));
    SQLException e = SqlErrors.translate(original);
    assertInstanceOf(SQLTransactionRollbackException.class, e);
    assertEquals("40P01", e.getSQLState());
    assertEquals("deadlock detected", e.getMessage());
    assertSame(original, e.getCause());
  }

  @Test
  void carrierInTheCauseChainGivesStateAndMessage() {
    StateCarryingException carrier =
        new StateCarryingException("23505", "duplicate key in collection users");
    SQLException original = new SQLException(
        "Error while executing SQL \"INSERT INTO users VALUES (1)\": wrapped: boom",
        new RuntimeException("wrapped: boom", carrier));
    SQLException e = SqlErrors.translate(original);
    assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
    assertEquals("23505", e.getSQLState());
    assertEquals("duplicate key in collection users", e.getMessage());
    assertSame(original, e.getCause());
  }

  @Test
  void runtimeExceptionChainWithCarrier() {
    RuntimeException original = new IllegalStateException("outer",
        new RuntimeException("middle", new StateCarryingException("40001", "write conflict on key k")));
    SQLException e = SqlErrors.translate(original);
    assertInstanceOf(SerializationFailureException.class, e);
    assertEquals("40001", e.getSQLState());
    assertEquals("write conflict on key k", e.getMessage());
    assertSame(original, e.getCause());
  }

  @Test
  void carrierWinsOverAnOuterState() {
    SQLException original = new SQLException("generic", "HY000", 0,
        new StateCarryingException("55P03", "lock wait timeout"));
    assertInstanceOf(LockTimeoutException.class, SqlErrors.translate(original));
  }

  @Test
  void namedExceptionIsKeptAsIs() {
    CollectionNotFoundException named = new CollectionNotFoundException("no collection docs", null);
    assertSame(named, SqlErrors.translate(named));

    TriggerAbortException abort = new TriggerAbortException("INVALID_AGE", "age must be >= 0");
    SQLException buried = new SQLException(
        "Error while executing SQL \"INSERT ...\": " + abort,
        new RuntimeException(abort));
    SQLException e = SqlErrors.translate(buried);
    assertSame(abort, e);
    assertEquals("INVALID_AGE", ((TriggerAbortException) e).getCode());
  }

  @Test
  void exceptionAlreadyRightIsReturnedItself() {
    SQLException h2Like = new SQLIntegrityConstraintViolationException("dup", "23505", 23505);
    assertSame(h2Like, SqlErrors.translate(h2Like));
    SQLException noState = new SQLException("Connection closed");
    assertSame(noState, SqlErrors.translate(noState));
  }

  @Test
  void prefixesAreCleanedEvenWithoutAState() {
    SQLException original = new SQLException(
        "Error while executing SQL \"SELECT * FROM nowhere\": From line 1, column 15 to line 1,"
            + " column 21: Object 'NOWHERE' not found",
        new RuntimeException(
            "From line 1, column 15 to line 1, column 21: Object 'NOWHERE' not found"));
    SQLException e = SqlErrors.translate(original);
    assertSame(SQLException.class, e.getClass());
    assertNull(e.getSQLState());
    assertEquals("From line 1, column 15 to line 1, column 21: Object 'NOWHERE' not found",
        e.getMessage());
  }

  @Test
  void sqlContainingQuoteColonIsCutAtTheRightPlace() {
    String sql = "INSERT INTO t VALUES ('{\"a\": 1}', \"x\")";
    // With the cause (as Avatica builds it) ...
    SQLException withCause = new SQLException("Error while executing SQL \"" + sql + "\": bad json",
        new StateCarryingException("22023", "bad json"));
    assertEquals("bad json", SqlErrors.translate(withCause).getMessage());
    // ... and without it, by scanning the SQL's quotes.
    SQLException withoutCause =
        new SQLException("Error while executing SQL \"" + sql + "\": bad: \"json\"", "22023");
    SQLException e = SqlErrors.translate(withoutCause);
    assertInstanceOf(ValidationException.class, e);
    assertEquals("bad: \"json\"", e.getMessage());
  }

  @Test
  void stateFromAnInnerSqlExceptionWithItsMessage() {
    SQLException inner = new SQLException("Unique index or primary key violation", "23505", 23505);
    SQLException original = new SQLException(
        "Error while executing SQL \"insert\": java.lang.RuntimeException: boom",
        new RuntimeException(inner));
    SQLException e = SqlErrors.translate(original);
    assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
    assertEquals("Unique index or primary key violation", e.getMessage());
    assertEquals(23505, e.getErrorCode());
  }

  @Test
  void runtimeExceptionWithoutStateIsInternalError() {
    NullPointerException npe = new NullPointerException("boom");
    SQLException e = SqlErrors.translate(npe);
    assertSame(SQLException.class, e.getClass());
    assertEquals("XX000", e.getSQLState());
    assertEquals("boom", e.getMessage());
    assertSame(npe, e.getCause());

    SQLException noMessage = SqlErrors.translate(new NullPointerException());
    assertEquals("XX000", noMessage.getSQLState());
    assertEquals("java.lang.NullPointerException", noMessage.getMessage());

    assertEquals("XX000", SqlErrors.translate(new AssertionError("planner bug")).getSQLState());
  }

  @Test
  void nextExceptionIsCarriedOver() {
    SQLException original = new SQLException("dup", "23505");
    SQLException next = new SQLException("second");
    original.setNextException(next);
    assertSame(next, SqlErrors.translate(original).getNextException());
  }

  @Test
  void cyclicCauseChainTerminates() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b");
    a.initCause(b);
    b.initCause(a);
    SQLException e = SqlErrors.translate(new SQLException("outer", a));
    assertSame(SQLException.class, e.getClass());
    assertEquals("outer", e.getMessage());
  }

  @Test
  void familiesMatchTheJdbcHierarchy() {
    assertInstanceOf(SQLIntegrityConstraintViolationException.class, SqlErrors.fromSqlState("23000", "m", null));
    assertInstanceOf(SQLTransactionRollbackException.class, SqlErrors.fromSqlState("40001", "m", null));
    assertInstanceOf(SQLSyntaxErrorException.class, SqlErrors.fromSqlState("3F000", "m", null));
    assertInstanceOf(SQLSyntaxErrorException.class, SqlErrors.fromSqlState("42P07", "m", null));
    assertInstanceOf(SQLDataException.class, SqlErrors.fromSqlState("22023", "m", null));
    assertInstanceOf(SQLFeatureNotSupportedException.class, SqlErrors.fromSqlState("0A000", "m", null));
    assertInstanceOf(SQLNonTransientConnectionException.class, SqlErrors.fromSqlState("55006", "m", null));
    assertInstanceOf(SQLInvalidAuthorizationSpecException.class, SqlErrors.fromSqlState("28P01", "m", null));
    assertInstanceOf(SQLNonTransientException.class, SqlErrors.fromSqlState("25006", "m", null));
    assertInstanceOf(SQLTimeoutException.class, SqlErrors.fromSqlState("57014", "m", null));
  }
}
