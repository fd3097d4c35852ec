package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.count;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;
import static org.sochdb.tck.Tck.update;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sochdb.adapter.trigger.TriggerAbortException;

/** Row triggers written in Java ({@code CALL 'class'}), through JDBC. */
class TriggerJavaTest {
  private static final String T = "org.sochdb.tck.TestTriggers$";

  @TempDir
  Path tmp;

  private Connection c;

  @BeforeEach
  void open() throws Exception {
    c = Tck.open(Tck.memUrl("trigger_java"));
    TestTriggers.FIRED.clear();
    exec(c, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, age INTEGER)");
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  private void validator() throws SQLException {
    exec(c, "CREATE TRIGGER user_validator BEFORE INSERT ON users FOR EACH ROW CALL '" + T + "UserValidator'");
  }

  private List<String> users() throws SQLException {
    return strings(c, "SELECT id, name, email, age FROM users ORDER BY id");
  }

  @Test
  void beforeInsertChangesTheRow() throws Exception {
    validator();
    assertEquals(1, update(c, "INSERT INTO users VALUES (1, 'Alice', '  ALICE@EXAMPLE.COM  ', 30)"));
    assertEquals(list("1|Alice|alice@example.com|30"), users());
  }

  @Test
  void beforeInsertAbortsWithCodeAndWritesNothing() throws Exception {
    validator();
    TriggerAbortException e = expect(TriggerAbortException.class, "45000",
        () -> update(c, "INSERT INTO users VALUES (1, 'Alice', 'a@example.com', -1)"));
    assertEquals("INVALID_AGE", e.getCode());
    assertTrue(e.getMessage().contains("Age cannot be negative"), e.getMessage());
    assertEquals("INVALID_AGE: Age cannot be negative", e.getMessage());
    assertEquals(0, count(c, "users"));

    // A multi-row INSERT: the good row before the bad one is not written either.
    e = expect(TriggerAbortException.class, "45000", () -> update(c,
        "INSERT INTO users VALUES (1, 'Alice', 'a@example.com', 30), (2, 'Bob', 'b@example.com', -5)"));
    assertEquals("INVALID_AGE", e.getCode());
    assertEquals(0, count(c, "users"));
  }

  @Test
  void abortTakesBackOnlyTheStatementInATransaction() throws Exception {
    validator();
    c.setAutoCommit(false);
    update(c, "INSERT INTO users VALUES (1, 'Alice', 'A@EXAMPLE.COM', 30)");
    expect(TriggerAbortException.class, "45000", () -> update(c,
        "INSERT INTO users VALUES (2, 'Bob', 'b@example.com', 25), (3, 'Carol', 'c@example.com', -1)"));
    update(c, "INSERT INTO users VALUES (4, 'Dan', 'D@example.com', 40)");
    c.commit();
    c.setAutoCommit(true);
    assertEquals(list("1|Alice|a@example.com|30", "4|Dan|d@example.com|40"), users());
  }

  @Test
  void afterInsertSeesTheWrittenRowAndCanAbortTheStatement() throws Exception {
    exec(c, "CREATE TRIGGER rec AFTER INSERT ON users FOR EACH ROW CALL '" + T + "Recorder'",
        "CREATE TRIGGER refuse AFTER INSERT ON users FOR EACH ROW CALL '" + T + "RefuseBad'");
    update(c, "INSERT INTO users (id, name, age) VALUES (1, 'Alice', 30)");
    assertEquals(list("AFTER INSERT users old=null new={age=30, email=null, id=1, name=Alice}"), TestTriggers.FIRED);

    TriggerAbortException e = expect(TriggerAbortException.class, "45000",
        () -> update(c, "INSERT INTO users (id, name) VALUES (2, 'ok'), (3, 'bad')"));
    assertEquals("BAD_ROW", e.getCode());
    assertEquals("BAD_ROW: AFTER INSERT refused 3", e.getMessage());
    assertEquals(list("1|Alice|null|30"), users(), "the AFTER abort took back the whole statement");
  }

  @Test
  void updateAndDeleteTriggersSeeOldAndNewRows() throws Exception {
    exec(c, "INSERT INTO users VALUES (1, 'alice', 'a@example.com', 30), (2, 'bob', 'b@example.com', 25)",
        "CREATE TRIGGER a_upper BEFORE UPDATE ON users FOR EACH ROW CALL '" + T + "UpperName'",
        "CREATE TRIGGER b_rec BEFORE UPDATE ON users FOR EACH ROW CALL '" + T + "Recorder'",
        "CREATE TRIGGER c_rec AFTER UPDATE ON users FOR EACH ROW CALL '" + T + "Recorder'",
        "CREATE TRIGGER d_rec BEFORE DELETE ON users FOR EACH ROW CALL '" + T + "Recorder'",
        "CREATE TRIGGER e_rec AFTER DELETE ON users FOR EACH ROW CALL '" + T + "Recorder'");
    assertEquals(1, update(c, "UPDATE users SET age = 31 WHERE id = 1"));
    // Triggers fire in name order: a_upper's change is what b_rec sees, and what is written.
    assertEquals(list(
        "BEFORE UPDATE users old={age=30, email=a@example.com, id=1, name=alice} "
            + "new={age=31, email=a@example.com, id=1, name=ALICE}",
        "AFTER UPDATE users old={age=30, email=a@example.com, id=1, name=alice} "
            + "new={age=31, email=a@example.com, id=1, name=ALICE}"), TestTriggers.FIRED);
    assertEquals(list("1|ALICE|a@example.com|31", "2|bob|b@example.com|25"), users());

    TestTriggers.FIRED.clear();
    assertEquals(1, update(c, "DELETE FROM users WHERE id = 2"));
    assertEquals(list(
        "BEFORE DELETE users old={age=25, email=b@example.com, id=2, name=bob} new=null",
        "AFTER DELETE users old={age=25, email=b@example.com, id=2, name=bob} new=null"), TestTriggers.FIRED);
    assertEquals(list("1|ALICE|a@example.com|31"), users());
  }

  @Test
  void deleteTriggerCanAbort() throws Exception {
    exec(c, "INSERT INTO users (id, name) VALUES (1, 'good'), (2, 'bad')",
        "CREATE TRIGGER refuse BEFORE DELETE ON users FOR EACH ROW CALL '" + T + "RefuseBad'");
    TriggerAbortException e = expect(TriggerAbortException.class, "45000", () -> update(c, "DELETE FROM users"));
    assertEquals("BAD_ROW: BEFORE DELETE refused 2", e.getMessage());
    assertEquals(2, count(c, "users"));
    update(c, "DELETE FROM users WHERE id = 1");
    assertEquals(1, count(c, "users"));
  }

  @Test
  void rowValuesHaveTheDocumentedJavaTypes() throws Exception {
    exec(c, "CREATE TABLE typed (id BIGINT PRIMARY KEY, flag BOOLEAN, price DECIMAL(10,2), ratio DOUBLE, "
        + "born DATE, seen TIMESTAMP, note VARCHAR(10))",
        "CREATE TRIGGER rec BEFORE INSERT ON typed FOR EACH ROW CALL '" + T + "Recorder'");
    update(c, "INSERT INTO typed VALUES (9007199254740993, TRUE, 12.50, 0.5, DATE '2024-01-15', "
        + "TIMESTAMP '2024-01-15 10:15:30', 'hi')");
    assertEquals(Long.class, TestTriggers.CLASSES.get("id"));
    assertEquals(Boolean.class, TestTriggers.CLASSES.get("flag"));
    assertEquals(BigDecimal.class, TestTriggers.CLASSES.get("price"));
    assertEquals(Double.class, TestTriggers.CLASSES.get("ratio"));
    assertEquals(LocalDate.class, TestTriggers.CLASSES.get("born"));
    assertEquals(LocalDateTime.class, TestTriggers.CLASSES.get("seen"));
    assertEquals(String.class, TestTriggers.CLASSES.get("note"));
    assertTrue(TestTriggers.FIRED.get(0).contains("born=2024-01-15"), TestTriggers.FIRED.get(0));
    assertTrue(TestTriggers.FIRED.get(0).contains("seen=2024-01-15T10:15:30"), TestTriggers.FIRED.get(0));
    assertEquals(list("9007199254740993|true|12.50|2024-01-15|2024-01-15 10:15:30.000|hi"),
        strings(c, "SELECT id, flag, price, born, seen, note FROM typed"));
  }

  @Test
  void dropTriggerStopsIt() throws Exception {
    validator();
    expect(SQLException.class, "42710", () -> validator());
    exec(c, "CREATE TRIGGER IF NOT EXISTS user_validator BEFORE INSERT ON users FOR EACH ROW CALL '"
        + T + "Recorder'");
    assertEquals(list("PUBLIC|user_validator|users|BEFORE|INSERT|" + T + "UserValidator"),
        strings(c, "SELECT * FROM sys.triggers"));
    exec(c, "DROP TRIGGER user_validator");
    assertEquals(list(), strings(c, "SELECT * FROM sys.triggers"));
    update(c, "INSERT INTO users VALUES (1, 'Alice', 'ALICE@EXAMPLE.COM', -1)");
    assertEquals(list("1|Alice|ALICE@EXAMPLE.COM|-1"), users());
    expect(SQLSyntaxErrorException.class, "42704", () -> exec(c, "DROP TRIGGER user_validator"));
    exec(c, "DROP TRIGGER IF EXISTS user_validator");
  }

  @Test
  void dropTableDropsItsTriggers() throws Exception {
    validator();
    exec(c, "DROP TABLE users", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, age INTEGER)");
    update(c, "INSERT INTO users VALUES (1, 'Alice', 'ALICE@EXAMPLE.COM', -1)");
    assertEquals(list("1|Alice|ALICE@EXAMPLE.COM|-1"), users());
    validator(); // the name is free again
  }

  @Test
  void badDefinitionsAreRefusedAtCreateTrigger() throws Exception {
    SQLException e = expect(SQLSyntaxErrorException.class, "42000", () -> exec(c,
        "CREATE TRIGGER t1 BEFORE INSERT ON users FOR EACH ROW CALL 'com.example.NoSuchTrigger'"));
    assertTrue(e.getMessage().contains("com.example.NoSuchTrigger"), e.getMessage());
    e = expect(SQLSyntaxErrorException.class, "42000", () -> exec(c,
        "CREATE TRIGGER t1 BEFORE INSERT ON users FOR EACH ROW CALL '" + T + "NotATrigger'"));
    assertTrue(e.getMessage().contains(T + "NotATrigger") && e.getMessage().contains("RowTrigger"), e.getMessage());
    expect(SQLException.class, "42S02", () -> exec(c,
        "CREATE TRIGGER t1 BEFORE INSERT ON nowhere FOR EACH ROW CALL '" + T + "Recorder'"));
    update(c, "INSERT INTO users (id, name) VALUES (1, 'Alice')");
    assertEquals(1, count(c, "users"), "no trigger was created");
  }

  @Test
  void triggerFailuresBecomeSqlErrors() throws Exception {
    exec(c, "CREATE TRIGGER t1 BEFORE INSERT ON users FOR EACH ROW CALL '" + T + "SetsUnknownColumn'");
    SQLException e = expect(SQLSyntaxErrorException.class, "42703",
        () -> update(c, "INSERT INTO users (id) VALUES (1)"));
    assertTrue(e.getMessage().contains("no_such_column"), e.getMessage());
    exec(c, "DROP TRIGGER t1", "CREATE TRIGGER t2 AFTER DELETE ON users FOR EACH ROW CALL '" + T + "Broken'",
        "INSERT INTO users (id) VALUES (1)");
    e = expect(SQLException.class, "38000", () -> update(c, "DELETE FROM users"));
    assertTrue(e.getMessage().contains("trigger bug") && e.getMessage().contains("t2"), e.getMessage());
    assertEquals(1, count(c, "users"));
  }

  @Test
  void triggersSurviveReopeningAFileDatabase() throws Exception {
    String url = "jdbc:sochdb:file:" + tmp.resolve("db").toAbsolutePath();
    try (Connection f = Tck.open(url)) {
      exec(f, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, age INTEGER)",
          "CREATE TRIGGER user_validator BEFORE INSERT ON users FOR EACH ROW CALL '" + T + "UserValidator'");
    }
    try (Connection f = Tck.open(url)) {
      update(f, "INSERT INTO users VALUES (1, 'Alice', ' ALICE@EXAMPLE.COM', 30)");
      expect(TriggerAbortException.class, "45000",
          () -> update(f, "INSERT INTO users VALUES (2, 'Bob', 'b@example.com', -1)"));
      assertEquals(list("1|Alice|alice@example.com|30"), strings(f, "SELECT id, name, email, age FROM users"));
    }
  }
}
