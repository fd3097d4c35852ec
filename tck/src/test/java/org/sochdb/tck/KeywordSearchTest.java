package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sochdb.tck.Tck.exec;
import static org.sochdb.tck.Tck.expect;
import static org.sochdb.tck.Tck.list;
import static org.sochdb.tck.Tck.strings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** keyword_search and hybrid_search through JDBC: ranking, phrases, filters, fusion and errors. */
class KeywordSearchTest {
  private Connection c;

  @BeforeEach
  void open() throws Exception {
    c = Tck.open(Tck.memUrl("kw"));
    exec(c, "CREATE TABLE docs (id INT PRIMARY KEY, v VECTOR(2), body VARCHAR(200), metadata VARCHAR(100))",
        "CREATE INDEX docs_v ON docs USING HNSW (v)",
        "CREATE INDEX docs_body ON docs USING FULLTEXT (body)",
        "INSERT INTO docs VALUES "
            + "(1, '[1, 0]', 'Neural networks learn representations', '{\"lang\": \"en\", \"tags\": [\"ml\"]}'),"
            + "(2, '[0, 1]', 'Deep neural networks and deep learning', '{\"lang\": \"en\"}'),"
            + "(3, '[1, 1]', 'Networks of roads and rivers', '{\"lang\": \"fr\"}'),"
            + "(4, '[-1, 0]', 'Cooking with rivers of chocolate', NULL)");
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  private List<String> query(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return strings(ps.executeQuery());
    }
  }

  @Test
  void bm25RanksStemmedWords() throws Exception {
    // "deep" (in 2 only, twice) puts 2 first; "network" is in 1, 2 and 3, and 3 is shorter than 1
    assertEquals(list("2", "3", "1"),
        query("SELECT id FROM TABLE(keyword_search('docs', 'deep network', 10))"));
    assertEquals(list("3", "4"), query("SELECT id FROM TABLE(keyword_search('docs', ?, ?))", "river", 10));
    assertEquals(list("2"), query("SELECT id FROM TABLE(keyword_search('docs', 'deep network', 1))"));
    assertEquals(list(), query("SELECT id FROM TABLE(keyword_search('docs', 'the and of', 10))"));
  }

  @Test
  void phrasesMustAppearAsWritten() throws Exception {
    assertEquals(list("1", "2"), query("SELECT id FROM TABLE(keyword_search('docs', '\"neural networks\"', 10))"));
    assertEquals(list("3"), query("SELECT id FROM TABLE(keyword_search('docs', '\"networks of roads\"', 10))"));
    assertEquals(list(), query("SELECT id FROM TABLE(keyword_search('docs', '\"networks neural\"', 10))"));
  }

  @Test
  void filtersMatchColumnsAndMetadataMembers() throws Exception {
    assertEquals(list("3", "1"),
        query("SELECT id FROM TABLE(keyword_search('docs', 'networks', 10, '{\"lang\": [\"fr\", \"en\"], \"id\": [1, 3]}'))"));
    assertEquals(list("1"), query("SELECT id FROM TABLE(keyword_search('docs', 'networks', 10, '{\"tags\": \"ml\"}'))"));
    assertEquals(list("1", "2"), query("SELECT id FROM TABLE(vector_search('docs', '[1, 0.5]', 5, '{\"lang\": \"en\"}'))"));
  }

  @Test
  void scoresAreBm25() throws Exception {
    List<String> rows = query("SELECT id, score FROM TABLE(keyword_search('docs', 'chocolate', 10))");
    assertEquals(1, rows.size());
    // Lucene's BM25: idf = ln(1 + (N - df + 0.5) / (df + 0.5)) times tf / (tf + k1 (1 - b + b dl / avgdl)),
    // N 4, df 1, tf 1, dl 3 (cook, river, chocol), avgdl (4 + 5 + 3 + 3) / 4
    double idf = Math.log(1 + 3.5 / 1.5);
    double expected = idf * 1 / (1 + 1.2 * (0.25 + 0.75 * 3 / 3.75));
    assertEquals(expected, Double.parseDouble(rows.get(0).split("\\|")[1]), 1e-6);
  }

  @Test
  void hybridFusesRanks() throws Exception {
    // vector side (cosine to [1, 0]): 1, 3, 2, 4; keyword side for 'rivers': 3, 4
    // (equal BM25 scores: 3 before 4 by id). alpha 0.5: 3 = .5/62 + .5/61, 4 = .5/64 + .5/62, 1 = .5/61,
    // 2 = .5/63
    assertEquals(list("3", "4", "1", "2"),
        query("SELECT id FROM TABLE(hybrid_search('docs', ?, 'rivers', 10))", new float[] {1, 0}));
    assertEquals(list("1", "3", "2", "4"),
        query("SELECT id FROM TABLE(hybrid_search('docs', ?, 'rivers', 10, 1.0))", new float[] {1, 0}));
    assertEquals(list("3", "4"),
        query("SELECT id FROM TABLE(hybrid_search('docs', CAST(NULL AS VARCHAR), 'rivers', 10))"));
    List<String> scored = query("SELECT id, score, distance FROM TABLE(hybrid_search('docs', ?, 'rivers', 1))",
        new float[] {1, 0});
    assertEquals(1, scored.size());
    String[] parts = scored.get(0).split("\\|");
    assertEquals("3", parts[0]);
    assertEquals(0.5 / 62 + 0.5 / 61, Double.parseDouble(parts[1]), 1e-12);
    assertEquals(1 - Math.sqrt(0.5), Double.parseDouble(parts[2]), 1e-6);
  }

  @Test
  void errorsSayWhatToDo() throws Exception {
    exec(c, "CREATE TABLE plain (id INT PRIMARY KEY, body VARCHAR(20))");
    expect(SQLSyntaxErrorException.class, "42704",
        () -> query("SELECT id FROM TABLE(keyword_search('plain', 'x', 10))"));
    expect(SQLException.class, "22023",
        () -> query("SELECT id FROM TABLE(hybrid_search('docs', '[1, 0]', 'x', 10, 1.5))"));
    expect(SQLException.class, "22023",
        () -> query("SELECT id FROM TABLE(keyword_search('docs', 'x', 10, 'not json'))"));
  }
}
