package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;
import static org.sochdb.tck.Tck.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Constraints, defaults, generated keys and the DDL and DML forms users write. */
class ConstraintsTest {
  private Connection c;

  @BeforeEach
  void open() throws Exception {
    c = Tck.open(Tck.memUrl("constraints"));
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  private void users() throws Exception {
    exec(c, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, age INTEGER)",
        "INSERT INTO users VALUES (1, 'Alice', 'alice@example.com', 30), (2, 'Bob', 'bob@example.com', 25)");
  }

  private static final List<String> TWO_USERS = list("1|Alice|alice@example.com|30", "2|Bob|bob@example.com|25");

  private List<String> allUsers() throws Exception {
    return strings(c, "SELECT id, name, email, age FROM users ORDER BY id");
  }

  @Test
  void notNull() throws Exception {
    users();
    SQLException e = expect(SQLIntegrityConstraintViolationException.class, "23502",
        () -> update(c, "INSERT INTO users (id, name, email) VALUES (3, NULL, 'x@example.com')"));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
    expect(SQLIntegrityConstraintViolationException.class, "23502",
        () -> update(c, "UPDATE users SET name = NULL WHERE id = 1"));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (id, name) VALUES (?, ?)")) {
      ps.setInt(1, 4);
      ps.setNull(2, java.sql.Types.VARCHAR);
      expect(SQLIntegrityConstraintViolationException.class, "23502", ps::executeUpdate);
    }
    assertEquals(TWO_USERS, allUsers());
  }

  @Test
  void primaryKeyDuplicate() throws Exception {
    users();
    SQLException e = expect(SQLIntegrityConstraintViolationException.class, "23505",
        () -> update(c, "INSERT INTO users (id, name) VALUES (1, 'Again')"));
    assertTrue(e.getMessage().contains("users"), e.getMessage());
    assertEquals(TWO_USERS, allUsers());
  }

  @Test
  void uniqueAllowsManyNulls() throws Exception {
    users();
    expect(SQLIntegrityConstraintViolationException.class, "23505",
        () -> update(c, "INSERT INTO users (id, name, email) VALUES (3, 'Carol', 'alice@example.com')"));
    expect(SQLIntegrityConstraintViolationException.class, "23505",
        () -> update(c, "UPDATE users SET email = 'bob@example.com' WHERE id = 1"));
    assertEquals(1, update(c, "INSERT INTO users (id, name, email) VALUES (3, 'Carol', NULL)"));
    assertEquals(1, update(c, "INSERT INTO users (id, name) VALUES (4, 'Dave')"));
    assertEquals(1, update(c, "UPDATE users SET email = NULL WHERE id = 2"));
    assertEquals(list("1|alice@example.com", "2|null", "3|null", "4|null"),
        strings(c, "SELECT id, email FROM users ORDER BY id"));
    // the freed value can be taken by another row
    assertEquals(1, update(c, "UPDATE users SET email = 'bob@example.com' WHERE id = 4"));
  }

  private void ordersReferencing(String onDelete) throws Exception {
    users();
    exec(c, "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER, product TEXT, "
            + "FOREIGN KEY (user_id) REFERENCES users(id)" + onDelete + ")",
        "INSERT INTO orders VALUES (1, 1, 'Laptop'), (2, 1, 'Mouse'), (3, 2, 'Keyboard')");
  }

  @Test
  void foreignKeyInsertOfMissingParent() throws Exception {
    ordersReferencing("");
    SQLException e = expect(SQLIntegrityConstraintViolationException.class, "23503",
        () -> update(c, "INSERT INTO orders VALUES (4, 99, 'Ghost')"));
    assertTrue(e.getMessage().contains("99"), e.getMessage());
    expect(SQLIntegrityConstraintViolationException.class, "23503",
        () -> update(c, "UPDATE orders SET user_id = 42 WHERE id = 1"));
    assertEquals(1, update(c, "INSERT INTO orders VALUES (4, NULL, 'No owner')"), "a NULL reference is allowed");
    assertEquals(list("1|1", "2|1", "3|2", "4|null"), strings(c, "SELECT id, user_id FROM orders ORDER BY id"));
  }

  @Test
  void foreignKeyRestrictsDeleteOfReferencedParent() throws Exception {
    ordersReferencing("");
    expect(SQLIntegrityConstraintViolationException.class, "23503",
        () -> update(c, "DELETE FROM users WHERE id = 2"));
    expect(SQLIntegrityConstraintViolationException.class, "23503",
        () -> update(c, "DELETE FROM users"));
    expect(SQLIntegrityConstraintViolationException.class, "23503",
        () -> update(c, "UPDATE users SET id = 20 WHERE id = 2"));
    assertEquals(TWO_USERS, allUsers());
    assertEquals(1, update(c, "DELETE FROM orders WHERE user_id = 2"));
    assertEquals(1, update(c, "DELETE FROM users WHERE id = 2"), "unreferenced now");
    assertEquals(list("1|Alice|alice@example.com|30"), allUsers());
  }

  @Test
  void onDeleteCascade() throws Exception {
    ordersReferencing(" ON DELETE CASCADE");
    assertEquals(1, update(c, "DELETE FROM users WHERE id = 1"));
    assertEquals(list("3|2|Keyboard"), strings(c, "SELECT id, user_id, product FROM orders ORDER BY id"));
    assertEquals(list("2|Bob|bob@example.com|25"), allUsers());
  }

  @Test
  void onDeleteSetNull() throws Exception {
    ordersReferencing(" ON DELETE SET NULL");
    assertEquals(1, update(c, "DELETE FROM users WHERE id = 1"));
    assertEquals(list("1|null|Laptop", "2|null|Mouse", "3|2|Keyboard"),
        strings(c, "SELECT id, user_id, product FROM orders ORDER BY id"));
  }

  @Test
  void multiRowInsertIsAtomic() throws Exception {
    users();
    expect(SQLIntegrityConstraintViolationException.class, "23505", () -> update(c,
        "INSERT INTO users (id, name) VALUES (3, 'Carol'), (4, 'Dave'), (1, 'Duplicate'), (5, 'Eve')"));
    expect(SQLIntegrityConstraintViolationException.class, "23502", () -> update(c,
        "INSERT INTO users (id, name) VALUES (3, 'Carol'), (4, 'Dave'), (6, NULL)"));
    expect(SQLIntegrityConstraintViolationException.class, "23505", () -> update(c,
        "INSERT INTO users (id, name, email) VALUES (3, 'Carol', 'c@x'), (4, 'Dave', 'd@x'), (5, 'Eve', 'c@x')"));
    assertEquals(TWO_USERS, allUsers());
  }

  @Test
  void updateOfPrimaryKeyToAnExistingOne() throws Exception {
    users();
    SQLException e = expect(SQLIntegrityConstraintViolationException.class, "23505",
        () -> update(c, "UPDATE users SET id = 1 WHERE id = 2"));
    assertTrue(e.getMessage().contains("users"), e.getMessage());
    assertEquals(TWO_USERS, allUsers());
    assertEquals(1, update(c, "UPDATE users SET id = 3 WHERE id = 2"));
    assertEquals(list("1|Alice", "3|Bob"), strings(c, "SELECT id, name FROM users ORDER BY id"));
    assertEquals(list("Bob"), strings(c, "SELECT name FROM users WHERE id = 3"));
    assertEquals(list(), strings(c, "SELECT name FROM users WHERE id = 2"));
  }

  @Test
  void varcharTooLong() throws Exception {
    exec(c, "CREATE TABLE codes (code VARCHAR(5) PRIMARY KEY, label VARCHAR(3))");
    assertEquals(1, update(c, "INSERT INTO codes VALUES ('ABCDE', 'abc')"));
    SQLException e = expect(SQLDataException.class, "22001",
        () -> update(c, "INSERT INTO codes VALUES ('XYZ', 'abcd')"));
    assertTrue(e.getMessage().contains("label"), e.getMessage());
    expect(SQLDataException.class, "22001", () -> update(c, "UPDATE codes SET label = 'wxyz' WHERE code = 'ABCDE'"));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO codes VALUES (?, ?)")) {
      ps.setString(1, "TOOLONG");
      ps.setString(2, "ok");
      expect(SQLDataException.class, "22001", ps::executeUpdate);
    }
    assertEquals(list("ABCDE|abc"), strings(c, "SELECT code, label FROM codes"));
  }

  @Test
  void defaultsApplyToOmittedColumns() throws Exception {
    exec(c, "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT DEFAULT 'unnamed', qty INTEGER DEFAULT 7, "
        + "active BOOLEAN DEFAULT TRUE, note TEXT)");
    assertEquals(1, update(c, "INSERT INTO items (id) VALUES (1)"));
    assertEquals(1, update(c, "INSERT INTO items (id, qty) VALUES (2, 3)"));
    assertEquals(1, update(c, "INSERT INTO items (id, name, qty, active) VALUES (3, 'x', NULL, FALSE)"));
    assertEquals(list("1|unnamed|7|true|null", "2|unnamed|3|true|null", "3|x|null|false|null"),
        strings(c, "SELECT id, name, qty, active, note FROM items ORDER BY id"));
  }

  @Test
  void integerPrimaryKeyLeftNullGetsTheNextIdAndIsReturned() throws Exception {
    exec(c, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
        "INSERT INTO notes VALUES (1, 'one'), (5, 'five')");
    try (Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("INSERT INTO notes (body) VALUES ('six')", Statement.RETURN_GENERATED_KEYS));
      try (ResultSet keys = s.getGeneratedKeys()) {
        assertTrue(keys.next());
        assertEquals(6L, keys.getLong(1));
        assertFalse(keys.next());
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes (id, body) VALUES (NULL, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, "seven");
      assertEquals(1, ps.executeUpdate());
      try (ResultSet keys = ps.getGeneratedKeys()) {
        assertTrue(keys.next());
        assertEquals(7L, keys.getLong(1));
        assertFalse(keys.next());
      }
    }
    assertEquals(list("1|one", "5|five", "6|six", "7|seven"), strings(c, "SELECT id, body FROM notes ORDER BY id"));
  }

  @Test
  void upsertReplacesTheRowWithTheSameKey() throws Exception {
    users();
    assertEquals(1, update(c, "UPSERT INTO users (id, name, email, age) VALUES (2, 'Robert', 'bob@example.com', 26)"));
    assertEquals(1, update(c, "UPSERT INTO users (id, name, email, age) VALUES (3, 'Carol', 'carol@example.com', 40)"));
    assertEquals(list("1|Alice|alice@example.com|30", "2|Robert|bob@example.com|26", "3|Carol|carol@example.com|40"),
        allUsers());
    expect(SQLIntegrityConstraintViolationException.class, "23505", () -> update(c,
        "UPSERT INTO users (id, name, email, age) VALUES (3, 'Carol', 'alice@example.com', 40)"));
  }

  @Test
  void mergeInto() throws Exception {
    users();
    assertEquals(2, update(c, """
        MERGE INTO users t
        USING (VALUES (2, 'Bobby', 26), (3, 'Carol', 40)) AS s(id, name, age)
        ON t.id = s.id
        WHEN MATCHED THEN UPDATE SET name = s.name, age = s.age
        WHEN NOT MATCHED THEN INSERT (id, name, age) VALUES (s.id, s.name, s.age)
        """));
    assertEquals(list("1|Alice|alice@example.com|30", "2|Bobby|bob@example.com|26", "3|Carol|null|40"), allUsers());
  }

  @Test
  void insertSelect() throws Exception {
    users();
    exec(c, "CREATE TABLE adults (id INTEGER PRIMARY KEY, name TEXT)");
    assertEquals(2, update(c, "INSERT INTO adults (id, name) SELECT id + 100, name FROM users WHERE age >= 18"));
    assertEquals(0, update(c, "INSERT INTO adults SELECT id, name FROM users WHERE age > 100"));
    assertEquals(list("101|Alice", "102|Bob"), strings(c, "SELECT id, name FROM adults ORDER BY id"));
    expect(SQLIntegrityConstraintViolationException.class, "23505",
        () -> update(c, "INSERT INTO adults (id, name) SELECT id + 100, name FROM users"));
    assertEquals(2L, Tck.count(c, "adults"));
  }

  @Test
  void createTableIfNotExists() throws Exception {
    users();
    exec(c, "CREATE TABLE IF NOT EXISTS users (x INTEGER)");
    assertEquals(TWO_USERS, allUsers());
    SQLException e = expect(SQLSyntaxErrorException.class, null, () -> exec(c, "CREATE TABLE users (x INTEGER)"));
    assertEquals("42P07", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("users"), e.getMessage());
    assertEquals(TWO_USERS, allUsers());
  }

  @Test
  void dropTableIfExists() throws Exception {
    exec(c, "DROP TABLE IF EXISTS never_there");
    users();
    exec(c, "DROP TABLE IF EXISTS users");
    // gone (the exact SQLSTATE of an unknown table is ErrorsTest's business)
    SQLException e = Tck.expectSql(() -> strings(c, "SELECT * FROM users"));
    assertTrue(e instanceof SQLSyntaxErrorException && e.getMessage().contains("users"), Tck.stackless(e));
    SQLException e2 = Tck.expectSql(() -> exec(c, "DROP TABLE users"));
    assertTrue(e2 instanceof SQLSyntaxErrorException && e2.getMessage().contains("users"), Tck.stackless(e2));
    // the name is free again, with a new shape and no old rows
    exec(c, "CREATE TABLE users (k TEXT PRIMARY KEY)");
    assertEquals(0L, Tck.count(c, "users"));
  }

  @Test
  void alterTableAddColumnWithDefault() throws Exception {
    users();
    exec(c, "ALTER TABLE users ADD COLUMN status TEXT DEFAULT 'active'");
    exec(c, "ALTER TABLE users ADD COLUMN score INTEGER DEFAULT 10");
    assertEquals(list("1|Alice|active|10", "2|Bob|active|10"),
        strings(c, "SELECT id, name, status, score FROM users ORDER BY id"));
    assertEquals(1, update(c, "INSERT INTO users (id, name) VALUES (3, 'Carol')"));
    assertEquals(1, update(c, "INSERT INTO users (id, name, status) VALUES (4, 'Dave', 'banned')"));
    assertEquals(list("1|active|10", "2|active|10", "3|active|10", "4|banned|10"),
        strings(c, "SELECT id, status, score FROM users ORDER BY id"));
    assertEquals(list("2"), strings(c, "SELECT COUNT(*) FROM users WHERE status = 'active' AND age IS NOT NULL"));
  }

  @Test
  void createIndexIsUsedAndShownInThePlan() throws Exception {
    exec(c, "CREATE TABLE people (id INTEGER PRIMARY KEY, city TEXT, name TEXT)");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO people VALUES (?, ?, ?)")) {
      for (int i = 1; i <= 200; i++) {
        ps.setInt(1, i);
        ps.setString(2, "city" + (i % 20));
        ps.setString(3, "p" + i);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    exec(c, "CREATE INDEX people_city_idx ON people (city)");
    String q = "SELECT id FROM people WHERE city = 'city7' ORDER BY id";
    List<String> plan = strings(c, "EXPLAIN PLAN FOR " + q);
    assertTrue(String.join("\n", plan).contains("people_city_idx"), String.join("\n", plan));
    assertEquals(list("7", "27", "47", "67", "87", "107", "127", "147", "167", "187"), strings(c, q));
    // the index follows later writes
    assertEquals(1, update(c, "UPDATE people SET city = 'city7' WHERE id = 1"));
    assertEquals(1, update(c, "DELETE FROM people WHERE id = 27"));
    assertEquals(list("1", "7", "47", "67", "87", "107", "127", "147", "167", "187"), strings(c, q));
  }

  @Test
  void createUniqueIndexOnDuplicateData() throws Exception {
    users();
    exec(c, "INSERT INTO users (id, name, age) VALUES (3, 'Carol', 30)");
    expect(SQLIntegrityConstraintViolationException.class, "23505",
        () -> exec(c, "CREATE UNIQUE INDEX users_age_idx ON users (age)"));
    // nothing of the failed index is left: the name is free and duplicates may still be written
    assertEquals(1, update(c, "INSERT INTO users (id, name, age) VALUES (4, 'Dave', 25)"));
    exec(c, "CREATE UNIQUE INDEX users_age_idx ON users (name)");
    expect(SQLIntegrityConstraintViolationException.class, "23505",
        () -> update(c, "INSERT INTO users (id, name) VALUES (5, 'Dave')"));
  }

  @Test
  void tableWithoutPrimaryKeyUpdatesAndDeletesDuplicates() throws Exception {
    exec(c, "CREATE TABLE log (k INTEGER, v TEXT)");
    assertEquals(5, update(c, "INSERT INTO log VALUES (1, 'a'), (1, 'a'), (2, 'b'), (1, 'a'), (3, 'c')"));
    assertEquals(3, update(c, "UPDATE log SET v = 'z' WHERE k = 1"));
    assertEquals(list("1|z", "1|z", "1|z", "2|b", "3|c"), strings(c, "SELECT k, v FROM log ORDER BY k, v"));
    assertEquals(1, update(c, "UPDATE log SET k = 4 WHERE v = 'b'"));
    assertEquals(3, update(c, "DELETE FROM log WHERE k = 1"));
    assertEquals(list("3|c", "4|b"), strings(c, "SELECT k, v FROM log ORDER BY k"));
    assertEquals(2, update(c, "INSERT INTO log VALUES (3, 'c'), (3, 'c')"));
    assertEquals(3, update(c, "DELETE FROM log WHERE k = 3"));
    assertEquals(list("4|b"), strings(c, "SELECT k, v FROM log"));
  }
}
