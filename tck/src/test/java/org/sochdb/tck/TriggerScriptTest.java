package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.count;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;
import static org.sochdb.tck.Tck.update;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.adapter.trigger.TriggerAbortException;

/** Script triggers ({@code AS $$ ... $$}, sandboxed JavaScript), through JDBC. */
class TriggerScriptTest {
  /** The Python SDK guide's user_validator plugin, in JavaScript. */
  private static final String USER_VALIDATOR = """
      CREATE TRIGGER user_validator BEFORE INSERT ON users FOR EACH ROW AS $$
      function on_before_insert(row) {
        // Normalize email
        if (row.email != null) {
          row.email = row.email.toLowerCase().trim();
        }
        // Validate age
        if ((row.age || 0) < 0) {
          abort("INVALID_AGE", "Age cannot be negative");
        }
        // Add timestamp (seconds, as Python's time.time())
        row.created_at = Date.now() / 1000;
        return row;
      }
      $$""";

  private Connection c;

  @BeforeEach
  void open() throws Exception {
    c = Tck.open(Tck.memUrl("trigger_script"));
    exec(c, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, age INTEGER, created_at DOUBLE)");
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  private List<String> users() throws SQLException {
    return strings(c, "SELECT id, name, email, age FROM users ORDER BY id");
  }

  private void trigger(String timingEvent, String body) throws SQLException {
    exec(c, "CREATE TRIGGER t_" + timingEvent.replace(' ', '_').toLowerCase() + " " + timingEvent
        + " ON users FOR EACH ROW AS $$" + body + "$$");
  }

  @Test
  void userValidatorNormalizesAndStamps() throws Exception {
    exec(c, USER_VALIDATOR);
    double before = System.currentTimeMillis() / 1000.0;
    update(c, "INSERT INTO users (id, name, email, age) VALUES (1, 'Alice', '  ALICE@EXAMPLE.COM  ', 30)");
    double after = System.currentTimeMillis() / 1000.0;
    assertEquals(list("1|Alice|alice@example.com|30"), users());
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT created_at FROM users")) {
      assertTrue(rs.next());
      double stamp = rs.getDouble(1);
      assertTrue(stamp >= before - 0.01 && stamp <= after + 0.01, before + " <= " + stamp + " <= " + after);
    }
  }

  @Test
  void userValidatorAbortsNegativeAge() throws Exception {
    exec(c, USER_VALIDATOR);
    TriggerAbortException e = expect(TriggerAbortException.class, "45000", () -> update(c,
        "INSERT INTO users (id, name, email, age) VALUES (1, 'Alice', 'a@example.com', 30), (2, 'Bob', 'b@x', -3)"));
    assertEquals("INVALID_AGE", e.getCode());
    assertTrue(e.getMessage().contains("Age cannot be negative"), e.getMessage());
    assertEquals(0, count(c, "users"));
  }

  @Test
  void dateSetsATimestampColumn() throws Exception {
    exec(c, "CREATE TABLE events (id INTEGER PRIMARY KEY, ts TIMESTAMP, d DATE)",
        "CREATE TRIGGER stamp BEFORE INSERT ON events FOR EACH ROW AS $$"
            + "function on_before_insert(row) { row.ts = new Date(); row.d = '2024-02-29'; }$$");
    LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
    update(c, "INSERT INTO events (id) VALUES (1)");
    LocalDateTime after = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(1);
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ts, d FROM events")) {
      assertTrue(rs.next());
      LocalDateTime at = rs.getObject(1, LocalDateTime.class);
      assertTrue(at.isAfter(before) && at.isBefore(after), before + " < " + at + " < " + after);
      assertEquals("2024-02-29", rs.getString(2));
    }
  }

  @Test
  void updateGetsNewAndOldRowsAndKeepsUntouchedValuesExact() throws Exception {
    exec(c, "CREATE TABLE acct (id BIGINT PRIMARY KEY, balance DECIMAL(20,2), hits INTEGER, note TEXT)",
        "INSERT INTO acct VALUES (9007199254740993, 12345678901234567.89, 1, 'x')",
        "CREATE TRIGGER bump BEFORE UPDATE ON acct FOR EACH ROW AS $$\n"
            + "function on_before_update(row, oldRow) {\n"
            + "  row.hits = oldRow.hits + 1;\n"
            + "  row.note = oldRow.note + '>' + row.note + ' ' + typeof row.hits;\n"
            + "  return row;\n"
            + "}$$");
    update(c, "UPDATE acct SET note = 'y'");
    assertEquals(list("9007199254740993|12345678901234567.89|2|x>y number"),
        strings(c, "SELECT id, balance, hits, note FROM acct"));
  }

  @Test
  void numbersAreCheckedAgainstTheColumnType() throws Exception {
    trigger("BEFORE INSERT", "function on_before_insert(row) { row.age = 1.5; }");
    SQLException e = expect(SQLException.class, "22018", () -> update(c, "INSERT INTO users (id) VALUES (1)"));
    assertTrue(e.getMessage().contains("age"), e.getMessage());
    exec(c, "DROP TRIGGER t_before_insert");
    trigger("BEFORE INSERT", "function on_before_insert(row) { row.nickname = 'x'; }");
    e = expect(SQLSyntaxErrorException.class, "42703", () -> update(c, "INSERT INTO users (id) VALUES (1)"));
    assertTrue(e.getMessage().contains("nickname"), e.getMessage());
    assertEquals(0, count(c, "users"));
  }

  @Test
  void afterAndDeleteScriptsCanAbort() throws Exception {
    trigger("AFTER DELETE", "function on_after_delete(row) { if (row.name === 'keep') abort('KEEP_ME', "
        + "'row ' + row.id + ' stays'); }");
    exec(c, "INSERT INTO users (id, name) VALUES (1, 'a'), (2, 'keep'), (3, 'b')");
    TriggerAbortException e = expect(TriggerAbortException.class, "45000", () -> update(c, "DELETE FROM users"));
    assertEquals("KEEP_ME", e.getCode());
    assertEquals("KEEP_ME: row 2 stays", e.getMessage());
    assertEquals(3, count(c, "users"));
    assertEquals(2, update(c, "DELETE FROM users WHERE name <> 'keep'"));
  }

  @Test
  void abortCannotBeCaughtAndKeepsAnyCode() throws Exception {
    trigger("BEFORE INSERT", "function on_before_insert(row) {"
        + " try { abort('bad-code.1', 'no ' + trigger.name); } catch (e) { row.name = 'caught'; return row; } }");
    TriggerAbortException e = expect(TriggerAbortException.class, "45000",
        () -> update(c, "INSERT INTO users (id, name) VALUES (1, 'Alice')"));
    assertEquals("bad-code.1", e.getCode());
    assertEquals("bad-code.1: no t_before_insert", e.getMessage());
    assertEquals(0, count(c, "users"));
  }

  @Test
  void endlessLoopIsStoppedAndNothingIsWritten() throws Exception {
    trigger("BEFORE INSERT", "function on_before_insert(row) { while (true) {} }");
    long start = System.nanoTime();
    SQLException e = expect(SQLTimeoutException.class, "57014",
        () -> update(c, "INSERT INTO users (id, name) VALUES (1, 'Alice')"));
    assertTrue(e.getMessage().contains("instruction budget"), e.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 60);
    assertEquals(0, count(c, "users"));

    // Neither catch nor finally gets to run past the budget.
    exec(c, "DROP TRIGGER t_before_insert");
    trigger("BEFORE INSERT", "function on_before_insert(row) { try { while (true) {} } catch (e) { row.name = 'caught'; }"
        + " finally { row.name = 'finally'; } }");
    expect(SQLTimeoutException.class, "57014", () -> update(c, "INSERT INTO users (id, name) VALUES (1, 'Alice')"));
    assertEquals(0, count(c, "users"));
    exec(c, "DROP TRIGGER t_before_insert");
    // Endless recursion is stopped too, without a StackOverflowError.
    trigger("BEFORE INSERT", "function f(n) { return f(n + 1) + 1; } function on_before_insert(row) { f(0); }");
    e = expect(SQLException.class, "38000", () -> update(c, "INSERT INTO users (id, name) VALUES (1, 'Alice')"));
    assertTrue(e.getMessage().contains("stack"), e.getMessage());
    exec(c, "DROP TRIGGER t_before_insert");
    update(c, "INSERT INTO users (id, name) VALUES (1, 'Alice')");
    assertEquals(1, count(c, "users"), "the database goes on working");
  }

  @Test
  void javaIsUnreachable() throws Exception {
    String[] attempts = {
        "java.lang.System.exit(1)",
        "new Packages.java.io.File('/tmp/x').delete()",
        "java.lang.Class.forName('java.lang.Runtime')",
        "row.getClass()",
        "(function(){}).constructor('return java.lang.System')().exit(1)",
        "JavaImporter(Packages.java.io)",
    };
    for (String attempt : attempts) {
      trigger("BEFORE INSERT", "function on_before_insert(row) { " + attempt + "; }");
      SQLException e = expect(SQLException.class, "38000", () -> update(c, "INSERT INTO users (id) VALUES (1)"));
      assertTrue(e.getMessage().contains("t_before_insert") && (e.getMessage().contains("is not defined")
          || e.getMessage().contains("Cannot find function")), attempt + ": " + e.getMessage());
      exec(c, "DROP TRIGGER t_before_insert");
    }
    assertEquals(0, count(c, "users"));
    // At the top level the same attempt fails CREATE TRIGGER itself.
    SQLException e = expect(SQLSyntaxErrorException.class, "42000", () -> trigger("BEFORE INSERT",
        "java.lang.System.exit(1); function on_before_insert(row) {}"));
    assertTrue(e.getMessage().contains("\"java\" is not defined"), e.getMessage());
  }

  @Test
  void syntaxErrorIsReportedAtCreateTriggerWithItsLine() throws Exception {
    SQLException e = expect(SQLSyntaxErrorException.class, "42000", () -> exec(c,
        "CREATE TRIGGER broken BEFORE INSERT ON users FOR EACH ROW AS $$\n"
            + "function on_before_insert(row) {\n"
            + "  row.name = 'x' +;\n"
            + "}\n$$"));
    assertTrue(e.getMessage().contains("broken") && e.getMessage().contains("line 3"), e.getMessage());
    update(c, "INSERT INTO users (id, name) VALUES (1, 'n')");
    assertEquals(list("1|n|null|null"), users(), "the trigger was not created");
  }

  @Test
  void scriptMustDefineItsFunction() throws Exception {
    SQLException e = expect(SQLSyntaxErrorException.class, "42000",
        () -> trigger("BEFORE UPDATE", "function on_before_insert(row) {}"));
    assertTrue(e.getMessage().contains("on_before_update(row, oldRow)"), e.getMessage());
  }

  @Test
  void runtimeErrorsNameTheTriggerAndLine() throws Exception {
    trigger("BEFORE INSERT", "\nfunction on_before_insert(row) {\n  throw new Error('boom');\n}");
    SQLException e = expect(SQLException.class, "38000", () -> update(c, "INSERT INTO users (id) VALUES (1)"));
    assertTrue(e.getMessage().contains("boom") && e.getMessage().contains("line 3"), e.getMessage());
    assertFalse(e instanceof TriggerAbortException);
  }

  @Test
  void dropTriggerStopsAScript() throws Exception {
    exec(c, USER_VALIDATOR, "DROP TRIGGER user_validator");
    update(c, "INSERT INTO users (id, email, age) VALUES (1, 'A@B', -1)");
    assertEquals(list("1|null|A@B|-1"), users());
  }
}
