package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.assertShown;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL of the Python SDK guide 0.5.3 ("SQL Database" and "Complete Examples"), statement by
 * statement through JDBC, giving exactly the rows the guide prints.
 */
class SeedSqlExamplesTest {
  private static final String CREATE_USERS = """
      CREATE TABLE users (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          email TEXT UNIQUE,
          age INTEGER
      )
      """;
  private static final String INSERT_ALICE = """
      INSERT INTO users (id, name, email, age)
      VALUES (1, 'Alice', 'alice@example.com', 30)
      """;
  private static final String INSERT_BOB = """
      INSERT INTO users (id, name, email, age)
      VALUES (2, 'Bob', 'bob@example.com', 25)
      """;
  private static final String CREATE_ORDERS = """
      CREATE TABLE orders (
          id INTEGER PRIMARY KEY,
          user_id INTEGER,
          product TEXT,
          amount REAL,
          FOREIGN KEY (user_id) REFERENCES users(id)
      )
      """;
  private static final String JOIN = """
      SELECT users.name, orders.product, orders.amount
      FROM users
      JOIN orders ON users.id = orders.user_id
      WHERE orders.amount > 50
      ORDER BY orders.amount DESC
      """;
  private static final String AGGREGATE = """
      SELECT users.name, COUNT(*) as order_count, SUM(orders.amount) as total
      FROM users
      JOIN orders ON users.id = orders.user_id
      GROUP BY users.name
      ORDER BY total DESC
      """;

  private Connection c;

  @BeforeEach
  void open() throws Exception {
    c = Tck.open(Tck.memUrl("seed"));
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  /** The guide's users table and its two rows ("Table 'users' created", "2 rows inserted"). */
  private void createUsers() throws Exception {
    try (Statement s = c.createStatement()) {
      assertEquals(0, s.executeUpdate(CREATE_USERS));
      assertEquals(1, s.executeUpdate(INSERT_ALICE));
      assertEquals(1, s.executeUpdate(INSERT_BOB));
    }
  }

  private void createOrders() throws Exception {
    try (Statement s = c.createStatement()) {
      assertEquals(0, s.executeUpdate(CREATE_ORDERS));
      assertEquals(1, s.executeUpdate("INSERT INTO orders VALUES (1, 1, 'Laptop', 999.99)"));
      assertEquals(1, s.executeUpdate("INSERT INTO orders VALUES (2, 1, 'Mouse', 25.00)"));
      assertEquals(1, s.executeUpdate("INSERT INTO orders VALUES (3, 2, 'Keyboard', 75.00)"));
    }
  }

  @Test
  void selectAll() throws Exception {
    createUsers();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM users")) {
      // {'id': 1, 'name': 'Alice', 'email': 'alice@example.com', 'age': 30}: the keys are the column names
      assertEquals(list("id", "name", "email", "age"), Tck.labels(rs));
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getInt("id") + "|" + rs.getString("name") + "|" + rs.getString("email") + "|" + rs.getInt("age"));
      }
      rows.sort(null); // no ORDER BY in the guide: compare as a set
      assertEquals(list("1|Alice|alice@example.com|30", "2|Bob|bob@example.com|25"), rows);
    }
  }

  @Test
  void selectWhere() throws Exception {
    createUsers();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name, age FROM users WHERE age > 26")) {
      assertTrue(rs.next());
      assertEquals("Alice: 30 years old", rs.getString("name") + ": " + rs.getInt("age") + " years old");
      assertEquals(30, rs.getObject("age"));
      assertFalse(rs.next());
    }
  }

  @Test
  void joinQuery() throws Exception {
    createUsers();
    createOrders();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(JOIN)) {
      assertEquals(list("name", "product", "amount"), Tck.labels(rs));
      assertTrue(rs.next());
      assertEquals("Alice", rs.getString("name"));
      assertEquals("Laptop", rs.getString("product"));
      assertShown("999.99", rs.getDouble("amount"));
      assertTrue(rs.next());
      assertEquals("Bob", rs.getString("name"));
      assertEquals("Keyboard", rs.getString("product"));
      assertShown("75.0", rs.getDouble("amount"));
      assertFalse(rs.next());
    }
  }

  @Test
  void aggregation() throws Exception {
    createUsers();
    createOrders();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(AGGREGATE)) {
      assertEquals(list("name", "order_count", "total"), Tck.labels(rs), "aliases keep the case written");
      assertTrue(rs.next());
      assertEquals("Alice", rs.getString("name"));
      assertEquals(2L, ((Number) rs.getObject("order_count")).longValue());
      assertShown("1024.99", ((Number) rs.getObject("total")).doubleValue());
      assertTrue(rs.next());
      assertEquals("Bob", rs.getString("name"));
      assertEquals(1L, ((Number) rs.getObject("order_count")).longValue());
      assertShown("75.0", ((Number) rs.getObject("total")).doubleValue());
      assertFalse(rs.next());
    }
  }

  /** The guide's UPDATE and DELETE, on users that no order references: only Alice, 31, is left. */
  @Test
  void updateAndDelete() throws Exception {
    createUsers();
    assertEquals(1, Tck.update(c, "UPDATE users SET age = 31 WHERE name = 'Alice'"));
    assertEquals(1, Tck.update(c, "DELETE FROM users WHERE age < 26"));
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, age FROM users")) {
      assertEquals(list("name", "age"), Tck.labels(rs));
      assertTrue(rs.next());
      assertEquals("Alice", rs.getString("name"));
      assertEquals(31, rs.getInt("age"));
      assertFalse(rs.next());
    }
  }

  /**
   * On the guide's full data Bob still has an order: the FOREIGN KEY wins over the guide's
   * DELETE, which fails with 23503 and changes nothing.
   */
  @Test
  void deleteOfReferencedUserIsRefusedByTheForeignKey() throws Exception {
    createUsers();
    createOrders();
    assertEquals(1, Tck.update(c, "UPDATE users SET age = 31 WHERE name = 'Alice'"));
    SQLIntegrityConstraintViolationException e = expect(SQLIntegrityConstraintViolationException.class, "23503",
        () -> Tck.update(c, "DELETE FROM users WHERE age < 26"));
    assertTrue(e.getMessage().toLowerCase().contains("orders"), e.getMessage());
    assertEquals(list("Alice|31", "Bob|25"), Tck.strings(c, "SELECT name, age FROM users ORDER BY id"));
    assertEquals(list("1|1|Laptop", "2|1|Mouse", "3|2|Keyboard"),
        Tck.strings(c, "SELECT id, user_id, product FROM orders ORDER BY id"));
  }

  /** Example 1, its SQL part: tenants ordered by name. */
  @Test
  void example1MultiTenantSql() throws Exception {
    String create = """
        CREATE TABLE IF NOT EXISTS tenants (
            id INTEGER PRIMARY KEY,
            name TEXT,
            created_at TEXT
        )
        """;
    try (Statement s = c.createStatement()) {
      s.executeUpdate(create);
      s.executeUpdate(create); // IF NOT EXISTS: a second run is harmless, as the example is meant to be re-run
      assertEquals(1, s.executeUpdate("INSERT INTO tenants VALUES (1, 'ACME Corp', '2026-01-01')"));
      assertEquals(1, s.executeUpdate("INSERT INTO tenants VALUES (2, 'Globex Inc', '2026-01-01')"));
      try (ResultSet rs = s.executeQuery("SELECT * FROM tenants ORDER BY name")) {
        assertEquals(list("id", "name", "created_at"), Tck.labels(rs));
        assertTrue(rs.next());
        assertEquals(1, rs.getInt("id"));
        assertEquals("ACME Corp", rs.getString("name"));
        assertEquals("2026-01-01", rs.getString("created_at"));
        assertTrue(rs.next());
        assertEquals(2, rs.getInt("id"));
        assertEquals("Globex Inc", rs.getString("name"));
        assertEquals("2026-01-01", rs.getString("created_at"));
        assertFalse(rs.next());
      }
    }
  }

  /** Example 2, whole: "Electronics: 2 orders, $2124.98". */
  @Test
  void example2Ecommerce() throws Exception {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("""
          CREATE TABLE products (
              id INTEGER PRIMARY KEY,
              name TEXT,
              price REAL,
              category TEXT
          )
          """);
      s.executeUpdate("""
          CREATE TABLE orders (
              id INTEGER PRIMARY KEY,
              product_id INTEGER,
              quantity INTEGER,
              total REAL
          )
          """);
      assertEquals(1, s.executeUpdate("INSERT INTO products VALUES (1, 'Laptop', 999.99, 'Electronics')"));
      assertEquals(1, s.executeUpdate("INSERT INTO products VALUES (2, 'Mouse', 25.00, 'Electronics')"));
      assertEquals(1, s.executeUpdate("INSERT INTO products VALUES (3, 'Desk', 299.99, 'Furniture')"));
      assertEquals(1, s.executeUpdate("INSERT INTO orders VALUES (1, 1, 2, 1999.98)"));
      assertEquals(1, s.executeUpdate("INSERT INTO orders VALUES (2, 2, 5, 125.00)"));
      try (ResultSet rs = s.executeQuery("""
          SELECT
              products.category,
              COUNT(orders.id) as order_count,
              SUM(orders.total) as revenue
          FROM products
          JOIN orders ON products.id = orders.product_id
          GROUP BY products.category
          ORDER BY revenue DESC
          """)) {
        assertEquals(list("category", "order_count", "revenue"), Tck.labels(rs));
        assertTrue(rs.next());
        String line = rs.getString("category") + ": " + rs.getLong("order_count") + " orders, $"
            + String.format(java.util.Locale.ROOT, "%.2f", rs.getDouble("revenue"));
        assertEquals("Electronics: 2 orders, $2124.98", line);
        assertEquals(2L, ((Number) rs.getObject("order_count")).longValue());
        assertFalse(rs.next());
      }
    }
  }
}
