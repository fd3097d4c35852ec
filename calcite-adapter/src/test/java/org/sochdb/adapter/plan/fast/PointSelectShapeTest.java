package org.sochdb.adapter.plan.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which statements the fast path recognizes, and exactly what it reads out of them. */
class PointSelectShapeTest {
  @Test
  void readsColumnsTableAndKeys() {
    assertEquals(new PointSelectShape(null, "t", List.of("name"), List.of("id")),
        PointSelectShape.of("SELECT name FROM t WHERE id = ?"));
    assertEquals(new PointSelectShape("app", "Orders", null, List.of("b", "A")),
        PointSelectShape.of("  select *\n from app.\"Orders\" -- comment\n where b=? and \"A\" = ? ; "));
    assertEquals(new PointSelectShape(null, "t", List.of("a b", "x\"y"), List.of("id")),
        PointSelectShape.of("SELECT \"a b\", \"x\"\"y\" FROM t /* c */ WHERE id = ?"));
    assertEquals(new PointSelectShape(null, "t", List.of("name"), List.of("id")),
        PointSelectShape.of("SELECT name FROM t\fWHERE id = ? // a comment to Calcite too"));
  }

  @Test
  void leavesEverythingElseToCalcite() {
    for (String sql : List.of(
        "SELECT name FROM t WHERE id = 1",            // literal (plain statements arrive parameterized)
        "SELECT name FROM t WHERE id > ?",
        "SELECT name FROM t WHERE id = ? OR id = ?",
        "SELECT name FROM t WHERE ? = id",
        "SELECT t.name FROM t WHERE id = ?",          // qualified column
        "SELECT name AS n FROM t WHERE id = ?",       // alias
        "SELECT name n FROM t WHERE id = ?",
        "SELECT name, NAME FROM t WHERE id = ?",      // Calcite would rename the second label
        "SELECT name FROM t WHERE id = ? AND ID = ?",
        "SELECT name FROM t WHERE id = ? AND user = ?",
        "SELECT DISTINCT name FROM t WHERE id = ?",
        "SELECT user FROM t WHERE id = ?",            // reserved word: USER is a function to Calcite
        "SELECT name FROM select WHERE id = ?",
        "SELECT name FROM user.t WHERE id = ?",
        "SELECT name FROM t WHERE näme = ?",
        "SELECT name FROM t WHERE id = ? ORDER BY name",
        "SELECT name FROM t WHERE id = ? LIMIT 1",
        "SELECT name FROM t WHERE id = ?; SELECT 1",
        "SELECT name FROM a.b.t WHERE id = ?",
        "SELECT name FROM t",
        "SELECT count(*) FROM t WHERE id = ?",
        "SELECT \"\" FROM t WHERE id = ?",
        "SELECT name FROM t WHERE id = ? /* unterminated",
        "SELECT name FROM \"t WHERE id = ?",
        "SELECT näme FROM t WHERE id = ?",
        "SELECT $n FROM t WHERE id = ?",
        "SELECT \"a\nb\" FROM t WHERE id = ?",           // Calcite's quoted names hold no line end
        "SELECT name FROM t WHERE id = ?\u000b",         // not white space to Calcite
        "SELECT name FROM s.t$x WHERE id = ?",          // one token to Calcite: a collation name
        "SELECT /*+ hint */ name FROM t WHERE id = ?",
        "EXPLAIN PLAN FOR SELECT name FROM t WHERE id = ?",
        "UPDATE t SET name = ? WHERE id = ?")) {
      assertNull(PointSelectShape.of(sql), sql);
    }
  }
}
