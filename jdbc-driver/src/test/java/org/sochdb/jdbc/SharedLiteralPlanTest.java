package org.sochdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.SochConnectionImpl;
import org.junit.jupiter.api.Test;
import org.sochdb.adapter.session.PlanCache;

/**
 * Plain statements that differ only in a literal share one cached plan, with the literal read
 * out of the text exactly: here next to a quoted name that holds doubled quotes.
 */
class SharedLiteralPlanTest {
  @Test
  void quotedNameWithDoubledQuotesAndALiteralShareOnePlan() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:mem:sharedliterals" + System.nanoTime());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, \"say \"\"hi\"\"\" VARCHAR(10))");
      s.execute("INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'one')");
      PlanCache cache = c.unwrap(SochConnectionImpl.class).session().database().planCache();
      int before = cache.size();

      assertEquals(List.of(1, 3), ids(s, "SELECT id FROM t WHERE \"say \"\"hi\"\"\" = 'one' ORDER BY id"));
      assertEquals(before + 1, cache.size(), "the statement's plan, cached with a parameter for 'one'");
      assertEquals(List.of(2), ids(s, "SELECT id FROM t WHERE \"say \"\"hi\"\"\" = 'two' ORDER BY id"));
      assertEquals(List.of(1, 3), ids(s, "SELECT id FROM t WHERE \"say \"\"hi\"\"\" = 'one' ORDER BY id"));
      assertEquals(before + 1, cache.size(), "both literals ran the one cached plan");
    }
  }

  private static List<Integer> ids(Statement s, String sql) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }
}
