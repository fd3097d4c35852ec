package org.sochdb.jdbc.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@code toon(name, sql)} runs queries only, whatever comments and parentheses come first. */
class ToonQueryCheckTest {
  @Test
  void takesQueriesAndRefusesEverythingElse() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:mem:toonquery" + System.nanoTime());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
      s.execute("INSERT INTO t VALUES (1)");
      assertEquals("t[1]{a}:1", toon(s, "SELECT toon('t', '/* c */ (SELECT 1 AS a)')"));
      assertEquals("w[1]{b}:2", toon(s, "SELECT toon('w', '-- c\nWITH x AS (SELECT 2 AS b) SELECT b FROM x')"));
      for (String notAQuery : new String[] {"DELETE FROM t", "/* SELECT */ DELETE FROM t", "\"SELECT\" 1"}) {
        SQLException e = assertThrows(SQLException.class,
            () -> toon(s, "SELECT toon('t', '" + notAQuery.replace("'", "''") + "')"), notAQuery);
        assertEquals("42000", e.getSQLState(), notAQuery + ": " + e.getMessage());
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
        rs.next();
        assertEquals(1, rs.getInt(1), "the DELETE did not run");
      }
    }
  }

  private static String toon(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
