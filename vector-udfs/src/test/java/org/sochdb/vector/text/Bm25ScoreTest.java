package org.sochdb.vector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scores on a corpus small enough to work out by hand: d1 "cat" (length 1), d2 "cat dog"
 * (2), d3 "dog dog bird" (3); N = 3, avgdl = 2. idf(df = 2) = ln 1.6, idf(df = 1) = ln(8/3);
 * a document's score is idf * tf / (tf + 1.2 (0.25 + 0.75 dl / 2)).
 */
class Bm25ScoreTest {
  private static final double IDF2 = Math.log(1.6);
  private static final double IDF1 = Math.log(8.0 / 3.0);
  private static final double EPS = 1e-6; // Lucene computes in float

  private final IndexFixture f = new IndexFixture().add("cat", "cat dog", "dog dog bird");

  @AfterEach
  void close() {
    f.close();
  }

  private static void assertHit(int id, double score, Hit hit) {
    assertEquals(id, IndexFixture.id(hit.docId()));
    assertEquals(score, hit.score(), EPS);
  }

  @Test
  void singleTerm() {
    List<Hit> hits = f.search("cat", 10);
    assertEquals(2, hits.size());
    assertHit(1, 0.26857350, hits.get(0)); // ln 1.6 / 1.75
    assertHit(2, 0.21363801, hits.get(1)); // ln 1.6 / 2.2
    assertEquals(IDF2 / 1.75, hits.get(0).score(), EPS);
  }

  @Test
  void termFrequencyAndLength() {
    List<Hit> hits = f.search("dogs", 10);
    assertHit(3, 0.25753624, hits.get(0)); // ln 1.6 * 2 / (2 + 1.65)
    assertHit(2, 0.21363801, hits.get(1));
  }

  @Test
  void termsAreSummed() {
    List<Hit> hits = f.search("cat bird", 10);
    assertEquals(3, hits.size());
    assertHit(3, IDF1 / (1 + 1.65), hits.get(0)); // 0.37012424
    assertHit(1, IDF2 / 1.75, hits.get(1));
    assertHit(2, IDF2 / 2.2, hits.get(2));
    assertEquals(0.37012424, hits.get(0).score(), EPS);
  }

  @Test
  void phraseWeightIsTheSumOfItsIdfs() {
    List<Hit> hits = f.search("\"dog bird\"", 10);
    assertEquals(1, hits.size());
    assertHit(3, (IDF2 + IDF1) / (1 + 1.65), hits.get(0)); // freq 1: 0.54748411
    assertEquals(0.54748411, hits.get(0).score(), EPS);
  }

  @Test
  void phraseFrequencyCountsEveryPlace() {
    try (IndexFixture g = new IndexFixture().add("dog dog dog", "cat")) {
      // N = 2, avgdl = 2; "dog dog" stands at positions 0 and 1: freq 2, dl 3
      double idf = Math.log(1 + 1.5 / 1.5);
      double norm = 1.2 * (0.25 + 0.75 * 3 / 2.0);
      assertHit(1, 2 * idf * 2 / (2 + norm), g.search("\"dog dog\"", 10).get(0));
    }
  }
}
