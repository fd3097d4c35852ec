package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.count;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;
import static org.sochdb.tck.Tck.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Savepoint;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JDBC transactions: visibility, rollback of DML and DDL, savepoints, snapshot isolation, conflicts. */
class TransactionsTest {
  private String url;
  /** Holds the in-memory database open for the whole test, and sees only committed data. */
  private Connection observer;

  @BeforeEach
  void open() throws Exception {
    url = Tck.memUrl("tx");
    observer = Tck.open(url);
    exec(observer, "CREATE TABLE acct (id INTEGER PRIMARY KEY, owner TEXT, balance INTEGER)",
        "INSERT INTO acct VALUES (1, 'a', 100), (2, 'b', 200), (3, 'c', 300)");
  }

  @AfterEach
  void close() throws Exception {
    observer.close();
  }

  private static final List<String> INITIAL = list("1|a|100", "2|b|200", "3|c|300");

  private static List<String> all(Connection c) throws SQLException {
    return strings(c, "SELECT id, owner, balance FROM acct ORDER BY id");
  }

  @Test
  void commitMakesChangesVisibleToOtherConnections() throws Exception {
    try (Connection w = Tck.open(url)) {
      assertTrue(w.getAutoCommit());
      w.setAutoCommit(false);
      assertFalse(w.getAutoCommit());
      assertEquals(1, update(w, "INSERT INTO acct VALUES (4, 'd', 400)"));
      assertEquals(1, update(w, "UPDATE acct SET balance = 150 WHERE id = 1"));
      assertEquals(list("1|a|150", "2|b|200", "3|c|300", "4|d|400"), all(w), "own writes are visible");
      assertEquals(INITIAL, all(observer), "not before commit");
      w.commit();
      assertEquals(list("1|a|150", "2|b|200", "3|c|300", "4|d|400"), all(observer));
      // the next transaction starts after commit, by itself
      assertEquals(1, update(w, "DELETE FROM acct WHERE id = 4"));
      assertEquals(4L, count(observer, "acct"));
      w.commit();
      assertEquals(3L, count(observer, "acct"));
    }
  }

  @Test
  void rollbackUndoesInsertUpdateDelete() throws Exception {
    try (Connection w = Tck.open(url)) {
      w.setAutoCommit(false);
      assertEquals(1, update(w, "INSERT INTO acct VALUES (4, 'd', 400)"));
      assertEquals(2, update(w, "UPDATE acct SET balance = balance + 1 WHERE id <= 2"));
      assertEquals(1, update(w, "DELETE FROM acct WHERE id = 3"));
      assertEquals(list("1|a|101", "2|b|201", "4|d|400"), all(w));
      w.rollback();
      assertEquals(INITIAL, all(w));
      assertEquals(INITIAL, all(observer));
      // the key of the rolled-back insert is free
      assertEquals(1, update(w, "INSERT INTO acct VALUES (4, 'e', 1)"));
      w.commit();
      assertEquals(list("1|a|100", "2|b|200", "3|c|300", "4|e|1"), all(observer));
    }
  }

  /** The table is unknown (the exact SQLSTATE is ErrorsTest's business). */
  private static void assertUnknownTable(SQLException e) {
    assertTrue(e instanceof java.sql.SQLSyntaxErrorException && e.getMessage().contains("scratch"), Tck.stackless(e));
  }

  @Test
  void rollbackUndoesDdl() throws Exception {
    try (Connection w = Tck.open(url)) {
      w.setAutoCommit(false);
      exec(w, "CREATE TABLE scratch (id INTEGER PRIMARY KEY, v TEXT)");
      assertEquals(1, update(w, "INSERT INTO scratch VALUES (1, 'x')"));
      assertEquals(list("1|x"), strings(w, "SELECT id, v FROM scratch"));
      assertUnknownTable(Tck.expectSql(() -> strings(observer, "SELECT * FROM scratch")));
      w.rollback();
      assertUnknownTable(Tck.expectSql(() -> strings(w, "SELECT * FROM scratch")));
      assertUnknownTable(Tck.expectSql(() -> strings(observer, "SELECT * FROM scratch")));
      // the name can be used again, with another shape
      exec(w, "CREATE TABLE scratch (k TEXT PRIMARY KEY)");
      w.commit();
      assertEquals(0L, count(observer, "scratch"));
    }
  }

  @Test
  void rollbackUndoesDropTableAndAddColumn() throws Exception {
    try (Connection w = Tck.open(url)) {
      w.setAutoCommit(false);
      exec(w, "ALTER TABLE acct ADD COLUMN note TEXT DEFAULT 'n'");
      assertEquals(list("1|n"), strings(w, "SELECT id, note FROM acct WHERE id = 1"));
      w.rollback();
      Tck.expectSql(() -> strings(w, "SELECT note FROM acct"));
      exec(w, "DROP TABLE acct");
      w.rollback();
      assertEquals(INITIAL, all(w));
      assertEquals(INITIAL, all(observer));
    }
  }

  @Test
  void savepoints() throws Exception {
    try (Connection w = Tck.open(url)) {
      w.setAutoCommit(false);
      assertEquals(1, update(w, "INSERT INTO acct VALUES (4, 'd', 400)"));
      Savepoint sp1 = w.setSavepoint();
      assertNotNull(sp1);
      assertEquals(1, update(w, "INSERT INTO acct VALUES (5, 'e', 500)"));
      Savepoint sp2 = w.setSavepoint("second");
      assertEquals("second", sp2.getSavepointName());
      assertEquals(1, update(w, "UPDATE acct SET balance = 0 WHERE id = 1"));
      w.rollback(sp2);
      assertEquals(list("1|a|100", "2|b|200", "3|c|300", "4|d|400", "5|e|500"), all(w));
      assertEquals(1, update(w, "DELETE FROM acct WHERE id = 2"));
      w.rollback(sp1);
      assertEquals(list("1|a|100", "2|b|200", "3|c|300", "4|d|400"), all(w));
      Savepoint sp3 = w.setSavepoint("third");
      assertEquals(1, update(w, "INSERT INTO acct VALUES (6, 'f', 600)"));
      w.releaseSavepoint(sp3);
      assertEquals(INITIAL, all(observer));
      w.commit();
      assertEquals(list("1|a|100", "2|b|200", "3|c|300", "4|d|400", "6|f|600"), all(observer));
    }
  }

  @Test
  void failingStatementIsRolledBackAloneAndTheTransactionContinues() throws Exception {
    try (Connection w = Tck.open(url)) {
      w.setAutoCommit(false);
      assertEquals(1, update(w, "INSERT INTO acct VALUES (4, 'd', 400)"));
      expect(SQLIntegrityConstraintViolationException.class, "23505",
          () -> update(w, "INSERT INTO acct VALUES (5, 'e', 500), (6, 'f', 600), (1, 'dup', 0)"));
      expect(SQLIntegrityConstraintViolationException.class, "23505",
          () -> update(w, "UPDATE acct SET id = 2 WHERE id = 4"));
      assertEquals(list("1|a|100", "2|b|200", "3|c|300", "4|d|400"), all(w));
      assertEquals(1, update(w, "INSERT INTO acct VALUES (7, 'g', 700)"));
      w.commit();
      assertEquals(list("1|a|100", "2|b|200", "3|c|300", "4|d|400", "7|g|700"), all(observer));
    }
  }

  @Test
  void closeWithAnOpenTransactionRollsBack() throws Exception {
    Connection w = Tck.open(url);
    w.setAutoCommit(false);
    assertEquals(1, update(w, "INSERT INTO acct VALUES (4, 'd', 400)"));
    assertEquals(1, update(w, "DELETE FROM acct WHERE id = 1"));
    w.close();
    assertTrue(w.isClosed());
    assertEquals(INITIAL, all(observer));
    try (Connection again = Tck.open(url)) {
      assertEquals(INITIAL, all(again));
    }
  }

  @Test
  void aReaderDoesNotSeeAConcurrentCommit() throws Exception {
    try (Connection reader = Tck.open(url); Connection writer = Tck.open(url)) {
      reader.setAutoCommit(false);
      assertEquals(INITIAL, all(reader)); // the snapshot is taken
      assertEquals(1, update(writer, "UPDATE acct SET balance = 999 WHERE id = 2"));
      assertEquals(1, update(writer, "INSERT INTO acct VALUES (4, 'd', 400)"));
      assertEquals(INITIAL, all(reader), "repeatable read");
      assertEquals(list("600"), strings(reader, "SELECT SUM(balance) FROM acct"));
      reader.commit();
      assertEquals(list("1|a|100", "2|b|999", "3|c|300", "4|d|400"), all(reader), "a new transaction sees it");
    }
  }

  @Test
  void writeWriteConflictFailsTheSecondCommitAndARetrySucceeds() throws Exception {
    try (Connection t1 = Tck.open(url); Connection t2 = Tck.open(url)) {
      t1.setAutoCommit(false);
      t2.setAutoCommit(false);
      assertEquals(list("100"), strings(t1, "SELECT balance FROM acct WHERE id = 1"));
      assertEquals(list("100"), strings(t2, "SELECT balance FROM acct WHERE id = 1"));
      assertEquals(1, update(t1, "UPDATE acct SET balance = balance + 10 WHERE id = 1"));
      assertEquals(1, update(t2, "UPDATE acct SET balance = balance + 20 WHERE id = 1"));
      t1.commit();
      expect(SQLTransactionRollbackException.class, "40001", t2::commit);
      assertEquals(list("1|a|110", "2|b|200", "3|c|300"), all(observer), "no lost update, nothing of t2");
      // retry the whole transaction
      assertEquals(list("110"), strings(t2, "SELECT balance FROM acct WHERE id = 1"));
      assertEquals(1, update(t2, "UPDATE acct SET balance = balance + 20 WHERE id = 1"));
      t2.commit();
      assertEquals(list("1|a|130", "2|b|200", "3|c|300"), all(observer));
    }
  }

  @Test
  void isolationLevel() throws Exception {
    try (Connection w = Tck.open(url)) {
      assertEquals(Connection.TRANSACTION_REPEATABLE_READ, w.getTransactionIsolation());
      expect(SQLFeatureNotSupportedException.class, "0A000",
          () -> w.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE));
      assertEquals(Connection.TRANSACTION_REPEATABLE_READ, w.getTransactionIsolation());
      w.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED); // a stronger level is given
      assertEquals(Connection.TRANSACTION_REPEATABLE_READ, w.getTransactionIsolation());
    }
  }

  @Test
  void readOnlyConnectionRefusesWrites() throws Exception {
    try (Connection w = Tck.open(url)) {
      w.setReadOnly(true);
      assertTrue(w.isReadOnly());
      assertEquals(INITIAL, all(w));
      expect(SQLNonTransientException.class, "25006", () -> update(w, "INSERT INTO acct VALUES (4, 'd', 400)"));
      expect(SQLNonTransientException.class, "25006", () -> update(w, "UPDATE acct SET balance = 0"));
      expect(SQLNonTransientException.class, "25006", () -> update(w, "DELETE FROM acct"));
      expect(SQLNonTransientException.class, "25006", () -> exec(w, "CREATE TABLE t2 (x INTEGER)"));
      w.setAutoCommit(false);
      expect(SQLNonTransientException.class, "25006", () -> update(w, "INSERT INTO acct VALUES (4, 'd', 400)"));
      w.rollback();
      w.setAutoCommit(true);
      assertEquals(INITIAL, all(observer));
      w.setReadOnly(false);
      assertEquals(1, update(w, "INSERT INTO acct VALUES (4, 'd', 400)"));
      assertEquals(4L, count(observer, "acct"));
    }
  }
}
