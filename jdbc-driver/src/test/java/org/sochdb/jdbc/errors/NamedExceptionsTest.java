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
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class NamedExceptionsTest {

  private record Named(
      BiFunction<String, Throwable, SQLException> create, Class<?> family, String state) {
  }

  private static final List<Named> ALL = List.of(
      new Named(DatabaseLockedException::new, SQLNonTransientConnectionException.class, "55006"),
      new Named(LockTimeoutException::new, SQLTransientException.class, "55P03"),
      new Named(NamespaceNotFoundException::new, SQLSyntaxErrorException.class, "3F000"),
      new Named(NamespaceExistsException::new, SQLSyntaxErrorException.class, "42P06"),
      new Named(CollectionNotFoundException::new, SQLSyntaxErrorException.class, "42P01"),
      new Named(CollectionExistsException::new, SQLSyntaxErrorException.class, "42P07"),
      new Named(DimensionMismatchException::new, SQLDataException.class, "22000"),
      new Named(ValidationException::new, SQLDataException.class, "22023"),
      new Named((m, c) -> TriggerAbortException.fromMessage(m, 0, c), SQLException.class, "45000"),
      new Named(SerializationFailureException::new, SQLTransactionRollbackException.class, "40001"));

  @Test
  void everyNamedExceptionHasItsFamilyStateMessageAndCause() {
    Throwable cause = new IllegalStateException("root");
    for (Named n : ALL) {
      SQLException e = n.create.apply("it failed", cause);
      assertInstanceOf(n.family, e, e.getClass().getName());
      assertEquals(n.state, e.getSQLState(), e.getClass().getName());
      assertEquals("it failed", e.getMessage());
      assertSame(cause, e.getCause());
      // And fromSqlState turns the state back into the same class.
      assertSame(e.getClass(),
          SqlErrors.fromSqlState(n.state, DimensionMismatchException.message(3, 4), null).getClass(),
          n.state);
    }
  }

  @Test
  void databaseLockedKnowsTheHolderPid() {
    assertEquals(4242, new DatabaseLockedException("locked", 4242, null).getHolderPid());
    assertEquals(-1, new DatabaseLockedException("database is locked", null).getHolderPid());
    assertEquals(77, ((DatabaseLockedException) SqlErrors.translate(new RuntimeException(
        new LockHeldException(ErrorKind.DATABASE_LOCKED, "database is locked", 77)))).getHolderPid());
  }

  @Test
  void dimensionMismatchHasDimensionsAndStandardMessage() {
    DimensionMismatchException e = new DimensionMismatchException(768, 384);
    assertEquals("vector dimension mismatch: expected 768, got 384", e.getMessage());
    assertEquals(768, e.getExpected());
    assertEquals(384, e.getActual());
    assertEquals("22000", e.getSQLState());

    DimensionMismatchException parsed =
        new DimensionMismatchException("insert into docs: vector dimension mismatch: expected 3, got 2", null);
    assertEquals(3, parsed.getExpected());
    assertEquals(2, parsed.getActual());

    DimensionMismatchException unknown = new DimensionMismatchException("wrong size", null);
    assertEquals(-1, unknown.getExpected());
    assertEquals(-1, unknown.getActual());
  }

  @Test
  void triggerAbortCarriesTheUsersCode() {
    TriggerAbortException e = new TriggerAbortException("INVALID_AGE", "age must be >= 0");
    assertEquals("INVALID_AGE", e.getCode());
    assertEquals("INVALID_AGE: age must be >= 0", e.getMessage());
    assertEquals("45000", e.getSQLState());

    // The code survives when only the message travels (e.g. through a SqlStateCarrier).
    TriggerAbortException again = TriggerAbortException.fromMessage(e.getMessage(), 0, null);
    assertEquals("INVALID_AGE", again.getCode());

    assertNull(TriggerAbortException.fromMessage("no code here", 0, null).getCode());
    assertNull(new TriggerAbortException(null, "plain").getCode());
    assertEquals("plain", new TriggerAbortException(null, "plain").getMessage());
  }
}
