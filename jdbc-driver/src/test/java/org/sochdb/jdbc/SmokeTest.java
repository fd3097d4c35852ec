package org.sochdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void createInsertSelect() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:mem:smoke"); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, age INTEGER)");
      assertEquals(1, s.executeUpdate("INSERT INTO users (id, name, email, age) VALUES (1, 'Alice', 'alice@example.com', 30)"));
      s.executeUpdate("INSERT INTO users (id, name, email, age) VALUES (2, 'Bob', 'bob@example.com', 25)");
      try (ResultSet rs = s.executeQuery("SELECT name, age FROM users WHERE age > 26")) {
        StringBuilder sb = new StringBuilder();
        while (rs.next()) {
          sb.append(rs.getString("name")).append(':').append(rs.getInt("age")).append(';');
        }
        assertEquals("Alice:30;", sb.toString());
      }
      try (ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR SELECT name FROM users WHERE id = 2")) {
        rs.next();
        assertEquals("""
            EnumerableCalc(expr#0..3=[{inputs}], expr#4=[2], expr#5=[=($t0, $t4)], name=[$t1], $condition=[$t5])
              SochTableScan(table=[[PUBLIC, users]], index=[PRIMARY KEY], ranges=[[=2]])
            """, rs.getString(1));
      }
      try (ResultSet rs = s.executeQuery("SELECT name FROM users WHERE id = 2")) {
        rs.next();
        assertEquals("Bob", rs.getString(1));
      }
    }
  }
}
