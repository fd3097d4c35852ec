package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.expectSql;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.sqlOnly;
import static org.sochdb.tck.Tck.stackless;
import static org.sochdb.tck.Tck.strings;
import static org.sochdb.tck.Tck.update;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What users see when things go wrong: SQLException subclasses, SQLSTATEs and messages that name the culprit. */
class ErrorsTest {
  private Connection c;

  @BeforeEach
  void open() throws Exception {
    c = Tck.open(Tck.memUrl("errors"));
    exec(c, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)",
        "INSERT INTO users VALUES (1, 'Alice', 30), (2, 'Bob', 0)");
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  private static void assertSyntaxState(SQLException e) {
    assertTrue(e instanceof SQLSyntaxErrorException, stackless(e));
    assertTrue("42000".equals(e.getSQLState()), stackless(e));
  }

  @Test
  void syntaxErrorNamesLineAndColumn() {
    // "FORM" (column 10) is where the statement stops being SQL: a '*' takes no alias
    SQLException e = expectSql(() -> strings(c, "SELECT * FORM users"));
    assertSyntaxState(e);
    assertTrue(e.getMessage().contains("line 1, column 10"), stackless(e));
    SQLException e2 = expectSql(() -> strings(c, "SELECT name FROM users WHERE"));
    assertSyntaxState(e2);
    assertTrue(e2.getMessage().contains("line 1, column 28"), stackless(e2)); // the end of the statement
    SQLException e3 = expectSql(() -> update(c, "INSERT INTO users VALUES (3, 'x', 1"));
    assertSyntaxState(e3);
    SQLException e4 = expectSql(() -> strings(c, "SELECT name\nFROM users\nWHERE id = = 1"));
    assertSyntaxState(e4);
    assertTrue(e4.getMessage().contains("line 3, column"), stackless(e4));
  }

  /** A misspelt first word is reported where it is, like any other syntax error. */
  @Test
  void syntaxErrorInTheFirstWordNamesItsPosition() {
    SQLException e = expectSql(() -> strings(c, "SELEC name FROM users"));
    assertSyntaxState(e);
    assertTrue(e.getMessage().contains("line 1, column 1"), stackless(e));
  }

  /** prepareStatement reports the same error, with the same detail, as execute does. */
  @Test
  void errorsFromPrepareStatementKeepTheirDetail() {
    SQLException syntax = expectSql(() -> c.prepareStatement("SELECT name FROM users WHERE"));
    assertSyntaxState(syntax);
    assertTrue(syntax.getMessage().contains("line 1, column 28"), stackless(syntax));
    SQLException table = expectSql(() -> c.prepareStatement("SELECT * FROM nosuch WHERE id = ?"));
    assertTrue(table instanceof SQLSyntaxErrorException && table.getMessage().contains("nosuch"), stackless(table));
    SQLException column = expectSql(() -> c.prepareStatement("SELECT nocol FROM users WHERE id = ?"));
    assertTrue(column instanceof SQLSyntaxErrorException && column.getMessage().contains("nocol"), stackless(column));
  }

  @Test
  void unknownTableIsNamed() {
    for (String sql : list("SELECT * FROM nosuch", "INSERT INTO nosuch VALUES (1)", "UPDATE nosuch SET a = 1",
        "DELETE FROM nosuch", "SELECT u.name FROM users u JOIN nosuch n ON u.id = n.id")) {
      SQLException e = expectSql(() -> exec(c, sql));
      assertTrue(e instanceof SQLSyntaxErrorException, sql + ": " + stackless(e));
      assertTrue(list("42S02", "42P01").contains(e.getSQLState()), sql + ": " + stackless(e));
      assertTrue(e.getMessage().contains("nosuch"), sql + ": " + stackless(e));
    }
  }

  @Test
  void unknownColumnIsNamed() {
    for (String sql : list("SELECT nocol FROM users", "SELECT name FROM users WHERE nocol = 1",
        "INSERT INTO users (id, nocol) VALUES (3, 1)", "UPDATE users SET nocol = 1", "SELECT users.nocol FROM users",
        "SELECT name FROM users ORDER BY nocol")) {
      SQLException e = expectSql(() -> exec(c, sql));
      assertTrue(e instanceof SQLSyntaxErrorException, sql + ": " + stackless(e));
      assertTrue(list("42703", "42S22", "42000").contains(e.getSQLState()), sql + ": " + stackless(e));
      assertTrue(e.getMessage().contains("nocol"), sql + ": " + stackless(e));
    }
  }

  @Test
  void textIntoIntegerIsADataError() throws Exception {
    exec(c, "CREATE TABLE tk (id INTEGER PRIMARY KEY, i INTEGER)");
    SQLException e = expectSql(() -> update(c, "INSERT INTO tk(id, i) VALUES (1, 'abc')"));
    assertTrue(e instanceof SQLDataException, stackless(e));
    assertTrue(e.getSQLState().startsWith("22"), stackless(e));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO tk(id, i) VALUES (2, ?)")) {
      ps.setString(1, "abc");
      SQLException p = expectSql(ps::executeUpdate);
      assertTrue(p instanceof SQLDataException, stackless(p));
      assertTrue(p.getSQLState().startsWith("22"), stackless(p));
    }
    SQLException cast = expectSql(() -> strings(c, "SELECT CAST('abc' AS INTEGER) FROM users"));
    assertTrue(cast instanceof SQLDataException, stackless(cast));
    assertTrue(cast.getSQLState().startsWith("22"), stackless(cast));
    assertEquals(0L, Tck.count(c, "tk"));
  }

  /** The brief's statement as written: a one-column table (no primary key). */
  @Test
  void textIntoIntegerOfATableWithoutKey() throws Exception {
    exec(c, "CREATE TABLE t (i INTEGER)");
    SQLException e = expectSql(() -> update(c, "INSERT INTO t(i) VALUES ('abc')"));
    assertTrue(e instanceof SQLDataException, stackless(e));
    assertTrue(e.getSQLState().startsWith("22"), stackless(e));
    assertEquals(1, update(c, "INSERT INTO t(i) VALUES ('42')"), "a string that is a number converts");
    assertEquals(list("42"), strings(c, "SELECT i FROM t"));
  }

  @Test
  void divisionByZero() throws Exception {
    // age of Bob is 0: the error happens while rows are produced (from execute or next)
    SQLException e = expect(SQLDataException.class, "22012", () -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 100 / age FROM users ORDER BY id")) {
        while (rs.next()) {
          rs.getInt(1);
        }
      }
    });
    assertTrue(e.getMessage().toLowerCase().contains("zero"), stackless(e));
    expect(SQLDataException.class, "22012", () -> strings(c, "SELECT 1 / 0 FROM users"));
    expect(SQLDataException.class, "22012", () -> strings(c, "SELECT MOD(id, age) FROM users"));
    expect(SQLDataException.class, "22012", () -> update(c, "UPDATE users SET age = 10 / age"));
    assertEquals(list("1|30", "2|0"), strings(c, "SELECT id, age FROM users ORDER BY id"));
  }

  @Test
  void integerOverflowIsADataError() throws Exception {
    expect(SQLDataException.class, "22003", () -> strings(c, "SELECT 9223372036854775807 + id FROM users"));
    expect(SQLDataException.class, "22003", () -> strings(c, "SELECT CAST(2147483647 AS INTEGER) + age FROM users"));
    expect(SQLDataException.class, "22003", () -> update(c, "INSERT INTO users VALUES (3000000000, 'big', 1)"));
    expect(SQLDataException.class, "22003", () -> update(c, "UPDATE users SET age = age * 100000000"));
    assertEquals(list("1|30", "2|0"), strings(c, "SELECT id, age FROM users ORDER BY id"));
  }

  @Test
  void invalidDateIsADataError() throws Exception {
    SQLException e = expectSql(() -> strings(c, "SELECT CAST('2024-13-45' AS DATE) FROM users"));
    assertTrue(e instanceof SQLDataException, stackless(e));
    assertTrue(list("22007", "22008").contains(e.getSQLState()), stackless(e));
    try (PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS DATE) FROM users")) {
      ps.setString(1, "2024-02-30");
      SQLException p = expectSql(() -> strings(ps.executeQuery()));
      assertTrue(p instanceof SQLDataException, stackless(p));
      assertTrue(list("22007", "22008").contains(p.getSQLState()), stackless(p));
    }
    // the same statement fails the same way again (nothing half-initialised is cached)
    SQLException again = expectSql(() -> strings(c, "SELECT CAST('2024-13-45' AS DATE) FROM users"));
    assertTrue(again instanceof SQLDataException, stackless(again));
  }

  @Test
  void unknownUrlOptionIsNamed() {
    SQLException e = expectSql(() -> DriverManager.getConnection(Tck.memUrl("x") + ";bogus=1").close());
    assertTrue(e.getMessage().contains("bogus"), stackless(e));
    Properties p = new Properties();
    p.setProperty("bogus_prop", "1");
    SQLException e2 = expectSql(() -> DriverManager.getConnection(Tck.memUrl("x"), p).close());
    assertTrue(e2.getMessage().contains("bogus_prop"), stackless(e2));
  }

  @Test
  void badOptionValueIsNamed() {
    SQLException e = expectSql(() -> DriverManager.getConnection(Tck.memUrl("x") + ";sync_mode=sometimes").close());
    assertTrue(e.getMessage().contains("sync_mode"), stackless(e));
    assertTrue(e.getMessage().contains("sometimes"), stackless(e));
    SQLException e2 = expectSql(() -> DriverManager.getConnection(Tck.memUrl("x") + ";cache_mb=lots").close());
    assertTrue(e2.getMessage().contains("cache_mb"), stackless(e2));
    SQLException e3 = expectSql(() -> DriverManager.getConnection(Tck.memUrl("x") + ";read_only=maybe").close());
    assertTrue(e3.getMessage().contains("read_only"), stackless(e3));
  }

  private static final String[] BAD_SQL = {
    "", " ", ";", "SELECT", "SELECT 'unterminated", "SELECT \"unterminated", "SELECT * FROM users WHERE id = ?",
    "INSERT INTO users VALUES (1)", "INSERT INTO users VALUES (1, 'a', 1, 2)", "INSERT INTO users (id) VALUES (9)",
    "UPDATE users SET id = NULL", "CREATE TABLE users (x INTEGER)", "CREATE TABLE z (a INTEGER, a INTEGER)",
    "CREATE TABLE z (a NOSUCHTYPE)", "CREATE INDEX i ON users (nocol)", "CREATE INDEX i ON nosuch (a)",
    "DROP INDEX nosuch_idx", "DROP SCHEMA nosuch_schema", "SELECT * FROM nosuch_schema.users",
    "ALTER TABLE users ADD COLUMN name TEXT", "ALTER TABLE nosuch ADD COLUMN x TEXT",
    "SELECT CAST('2024-13-45' AS DATE) FROM users", "SELECT SUBSTRING(name FROM -5 FOR -1) FROM users",
    "SELECT * FROM users LIMIT -1", "SELECT 9223372036854775807 + id FROM users",
    "SELECT CAST(1e300 AS INTEGER) FROM users", "INSERT INTO users VALUES (3000000000, 'big', 1)",
    "CREATE TABLE fk (a INTEGER REFERENCES nosuch(id))", "CREATE TABLE fk2 (a INTEGER REFERENCES users(name))",
    "MERGE INTO users USING nosuch ON 1 = 1 WHEN MATCHED THEN DELETE", "EXPLAIN PLAN FOR DELETE FROM nosuch",
    "WITH RECURSIVE r(n) AS (SELECT 1 FROM users UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT x FROM r",
    "SELECT name FROM users GROUP BY age", "SELECT COUNT(*) FROM users HAVING name = 'x'",
    "SELECT (SELECT id FROM users) FROM users", "SELECT 100 / age FROM users", "SELECT CAST(name AS INTEGER) FROM users",
  };

  /** Runs a statement to its last row; the SQLException it throws, or null. */
  private SQLException run(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      return sqlOnly(() -> {
        if (s.execute(sql)) {
          try (ResultSet rs = s.getResultSet()) {
            while (rs.next()) {
              rs.getObject(1);
            }
          }
        }
      });
    }
  }

  /** Whatever SQL a user gets wrong, only SQLExceptions come out of the driver. */
  @Test
  void noRawExceptionEscapesFromBadSql() throws Exception {
    for (String sql : BAD_SQL) {
      run(sql); // fails the test on anything but an SQLException
    }
    assertEquals(list("Alice", "Bob"), strings(c, "SELECT name FROM users ORDER BY id"), "the connection still works");
  }

  /**
   * Every failure carries a SQLSTATE (docs/ERRORS.md: an internal error is at least XX000) and
   * is an instance of the JDBC subclass for it.
   */
  @Test
  void everyErrorHasASqlState() throws Exception {
    List<String> problems = new ArrayList<>();
    for (String sql : BAD_SQL) {
      SQLException e = run(sql);
      if (e == null) {
        continue;
      }
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      if (e.getSQLState() == null || e.getSQLState().length() != 5) {
        problems.add("[" + sql + "] no SQLSTATE: " + stackless(e) + " (root: " + root + ")");
      } else if (e.getSQLState().startsWith("22") && (e instanceof SQLDataException) == false
          || e.getSQLState().startsWith("42") && (e instanceof SQLSyntaxErrorException) == false) {
        problems.add("[" + sql + "] wrong class: " + stackless(e));
      }
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  /** Misuse of the JDBC API gives SQLExceptions, and nothing else. */
  @Test
  void noRawExceptionEscapesFromApiMisuse() throws Exception {
    Statement s = c.createStatement();
    ResultSet rs = s.executeQuery("SELECT id, name FROM users ORDER BY id");
    sqlOnly(() -> rs.getInt(1)); // before next()
    assertTrue(rs.next());
    assertTrue(sqlOnly(() -> rs.getInt(3)) != null, "column 3 does not exist");
    assertTrue(sqlOnly(() -> rs.getInt(0)) != null, "column 0 does not exist");
    assertTrue(sqlOnly(() -> rs.getString("nocol")) != null, "column nocol does not exist");
    assertTrue(sqlOnly(() -> rs.getInt("name")) != null, "'Alice' is not an integer");
    sqlOnly(() -> rs.getDate(2));
    rs.close();
    assertTrue(sqlOnly(rs::next) != null, "closed result set");
    s.close();
    assertTrue(sqlOnly(() -> s.executeQuery("SELECT 1")) != null, "closed statement");
    PreparedStatement ps = c.prepareStatement("SELECT name FROM users WHERE id = ?");
    assertTrue(sqlOnly(() -> ps.setInt(2, 1)) != null, "parameter 2 does not exist");
    assertTrue(sqlOnly(() -> ps.setInt(0, 1)) != null, "parameter 0 does not exist");
    assertTrue(sqlOnly(ps::executeQuery) != null, "parameter 1 is not set");
    ps.setObject(1, new Object());
    assertTrue(sqlOnly(() -> ps.executeQuery().next()) != null, "an Object is no INTEGER");
    ps.close();
    sqlOnly(() -> c.prepareStatement(null));
    sqlOnly(() -> c.createStatement().execute(null));
    sqlOnly(() -> c.nativeSQL("SELECT 1"));
    sqlOnly(() -> DriverManager.getConnection("jdbc:sochdb:"));
    sqlOnly(() -> DriverManager.getConnection("jdbc:sochdb:mem:x;noequals"));
    sqlOnly(() -> DriverManager.getConnection("jdbc:sochdb:mem:x;lock_timeout_ms=-5"));
    sqlOnly(() -> DriverManager.getConnection("jdbc:sochdb:/dev/null/cannot/be/here"));
    sqlOnly(() -> DriverManager.getConnection("jdbc:sochdb:remote:http://127.0.0.1:1"));
    Connection closed = Tck.open(Tck.memUrl("closed"));
    closed.close();
    assertTrue(sqlOnly(closed::createStatement) != null, "closed connection");
    assertTrue(sqlOnly(closed::commit) != null, "closed connection");
    assertEquals(list("Alice", "Bob"), strings(c, "SELECT name FROM users ORDER BY id"), "the connection still works");
  }
}
