package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sochdb.jdbc.errors.DimensionMismatchException;

/** CREATE COLLECTION and DROP COLLECTION, and search indexes that outlive their database's close. */
class CollectionTest {
  @TempDir
  Path dir;

  @Test
  void aCollectionIsATableWithItsIndexes() throws Exception {
    try (Connection c = Tck.open(Tck.memUrl("coll"))) {
      exec(c, "CREATE SCHEMA tenant_1", "CREATE COLLECTION tenant_1.docs (DIMENSION 3, METRIC 'euclidean')",
          "INSERT INTO tenant_1.docs VALUES ('a', '[0, 0, 1]', 'blue sky', '{\"source\": \"web\"}'),"
              + " ('b', '[0, 0, 2]', 'grey sky', '{\"source\": \"pdf\"}')");
      assertEquals(list("b|grey sky|1.0"),
          strings(c, "SELECT id, content, distance FROM TABLE(vector_search('tenant_1.docs', '[0, 0, 3]', 1))"));
      assertEquals(list("a"),
          strings(c, "SELECT id FROM TABLE(keyword_search('tenant_1.docs', 'sky', 5, '{\"source\": \"web\"}'))"));
      assertEquals(list("a"), strings(c,
          "SELECT id FROM TABLE(vector_search('tenant_1.docs', '[0, 0, 3]', 5, '{\"id\": [\"a\", \"zz\"]}'))"));
      assertEquals(list(), strings(c,
          "SELECT id FROM TABLE(vector_search('tenant_1.docs', '[0, 0, 3]', 5, '{\"id\": 1}'))"));
      expect(DimensionMismatchException.class, "22000",
          () -> exec(c, "INSERT INTO tenant_1.docs (id, embedding) VALUES ('c', '[1, 2]')"));
      expect(SQLException.class, "42P07", () -> exec(c, "CREATE COLLECTION tenant_1.docs (DIMENSION 3)"));
      exec(c, "CREATE COLLECTION IF NOT EXISTS tenant_1.docs (DIMENSION 3)", "DROP COLLECTION tenant_1.docs");
      expect(SQLSyntaxErrorException.class, "42S02",
          () -> strings(c, "SELECT id FROM TABLE(vector_search('tenant_1.docs', '[0, 0, 3]', 1))"));
      exec(c, "DROP COLLECTION IF EXISTS tenant_1.docs");
    }
  }

  @Test
  void theFirstVectorFixesAnOpenDimension() throws Exception {
    try (Connection c = Tck.open(Tck.memUrl("coll"))) {
      exec(c, "CREATE COLLECTION notes");
      c.setAutoCommit(false);
      exec(c, "INSERT INTO notes (id, embedding) VALUES ('x', '[1, 2, 3, 4]')");
      c.rollback(); // the dimension is open again
      exec(c, "INSERT INTO notes (id, embedding) VALUES ('y', '[1, 2]')");
      c.commit();
      DimensionMismatchException e = expect(DimensionMismatchException.class, "22000",
          () -> exec(c, "INSERT INTO notes (id, embedding) VALUES ('z', '[1, 2, 3]')"));
      assertEquals(2, e.getExpected());
      assertEquals(3, e.getActual());
      c.rollback();
      assertEquals(list("y"), strings(c, "SELECT id FROM TABLE(vector_search('notes', '[1, 2]', 5))"));
    }
  }

  @Test
  void indexesComeBackAfterAReopenWithoutARebuild() throws Exception {
    String url = "jdbc:sochdb:" + dir.resolve("db");
    Random r = new Random(7);
    float[][] vectors = new float[500][8];
    try (Connection c = Tck.open(url)) {
      exec(c, "CREATE COLLECTION docs (DIMENSION 8)");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO docs (id, embedding, content) VALUES (?, ?, ?)")) {
        for (int i = 0; i < vectors.length; i++) {
          for (int j = 0; j < 8; j++) {
            vectors[i][j] = r.nextFloat() - 0.5f;
          }
          ps.setString(1, "d" + i);
          ps.setObject(2, vectors[i]);
          ps.setString(3, "document number " + i + (i % 2 == 0 ? " even" : " odd"));
          ps.executeUpdate();
        }
      }
      exec(c, "DELETE FROM docs WHERE id = 'd0'");
    }
    assertTrue(Files.list(dir.resolve("db")).anyMatch(p -> p.getFileName().toString().endsWith(".hnsw")));
    try (Connection c = Tck.open(url)) {
      assertEquals(list(), strings(c, "SELECT id FROM TABLE(vector_search('docs', '" + text(vectors[0]) + "', 1)) "
          + "WHERE id = 'd0'"));
      for (int i = 1; i < 50; i++) {
        assertEquals(list("d" + i), strings(c, "SELECT id FROM TABLE(vector_search('docs', '" + text(vectors[i])
            + "', 1))"));
      }
      assertEquals(250, strings(c, "SELECT id FROM TABLE(keyword_search('docs', 'odd', 1000))").size());
      exec(c, "DELETE FROM docs WHERE id = 'd1'");
    }
    try (Connection c = Tck.open(url)) {
      assertEquals(list(), strings(c, "SELECT id FROM TABLE(vector_search('docs', '" + text(vectors[1])
          + "', 5)) WHERE id IN ('d0', 'd1')"));
      assertEquals(498, strings(c, "SELECT id FROM TABLE(vector_search('docs', '" + text(vectors[2]) + "', 1000))")
          .size());
    }
  }

  private static String text(float[] v) {
    return java.util.Arrays.toString(v);
  }
}
