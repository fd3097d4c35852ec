package org.sochdb.vector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sochdb.storage.StorageTransaction;

/** Query syntax, phrases, limits, ties, the accept filter and queries that match nothing. */
class SearchBehaviourTest {
  private final IndexFixture f = new IndexFixture().add(
      "the quick brown fox jumps over the lazy dog", // 1
      "a lazy brown dog sleeps", //                     2
      "brown fox", //                                   3
      "body of water", //                               4
      "water body", //                                  5
      "fox brown"); //                                  6

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void phraseNeedsConsecutivePositionsInOrder() {
    assertEquals(List.of(3, 1), f.ids("\"brown fox\"", 10));
    assertEquals(List.of(6), f.ids("\"fox brown\"", 10));
    assertEquals(List.of(2), f.ids("\"lazy brown dog\"", 10));
  }

  @Test
  void aStopWordInAPhraseHoldsItsPlace() {
    assertEquals(List.of(4), f.ids("\"body of water\"", 10));
    assertEquals(List.of(5), f.ids("\"water body\"", 10));
  }

  @Test
  void phrasesAndWordsCombine() {
    List<Hit> both = f.search("\"brown fox\" sleeps", 10);
    assertEquals(List.of(2, 3, 1), both.stream().map(h -> IndexFixture.id(h.docId())).toList());
    List<Hit> phrase = f.search("\"brown fox\"", 10);
    assertEquals(phrase.get(0).score(), both.get(1).score(), 0.0);
  }

  @Test
  void unclosedQuoteClosesAtTheEnd() {
    assertEquals(f.ids("\"brown fox\"", 10), f.ids("\"brown fox", 10));
  }

  @Test
  void aOneWordPhraseIsATerm() {
    assertEquals(IndexFixture.render(f.search("sleeps", 10)), IndexFixture.render(f.search("\"sleeping\"", 10)));
  }

  @Test
  void kLimitsAndTiesGoByDocIdAscending() {
    // "brown" is in 1, 2, 3 and 6; 3 and 6 have the same length and tf: a tie
    List<Hit> all = f.search("brown", 10);
    assertEquals(List.of(3, 6, 2, 1), all.stream().map(h -> IndexFixture.id(h.docId())).toList());
    assertEquals(all.get(0).score(), all.get(1).score(), 0.0);
    assertEquals(List.of(3), f.ids("brown", 1));
    assertEquals(List.of(3, 6, 2), f.ids("brown", 3));
    assertEquals(List.of(), f.ids("brown", 0));
  }

  @Test
  void acceptFiltersBeforeTheLimit() {
    try (StorageTransaction tx = f.db.begin(true)) {
      List<Hit> hits = f.index.search(tx, "brown", 2, id -> IndexFixture.id(id) % 2 == 0);
      assertEquals(List.of(6, 2), hits.stream().map(h -> IndexFixture.id(h.docId())).toList());
    }
  }

  @Test
  void queriesWithoutTermsMatchNothing() {
    assertEquals(List.of(), f.ids("", 10));
    assertEquals(List.of(), f.ids("   ", 10));
    assertEquals(List.of(), f.ids(null, 10));
    assertEquals(List.of(), f.ids("the of a", 10));
    assertEquals(List.of(), f.ids("\"the\" \"\"", 10));
    assertEquals(List.of(), f.ids("unicorn", 10));
  }

  @Test
  void anEmptyIndexMatchesNothing() {
    try (IndexFixture g = new IndexFixture().add("", "the", null)) {
      assertEquals(List.of(), g.ids("the", 10));
      assertEquals(List.of(), g.ids("anything", 10));
    }
  }

  @Test
  void aTermThatPrefixesAnotherKeepsItsOwnPostings() {
    try (IndexFixture g = new IndexFixture().add("car", "cart", "carton")) {
      assertEquals(List.of(1), g.ids("car", 10));
      assertEquals(List.of(2), g.ids("cart", 10));
      assertEquals(List.of(3), g.ids("carton", 10));
    }
  }

  @Test
  void termsWithZeroBytesStaySeparate() {
    TextAnalyzer raw = new TextAnalyzer(new org.apache.lucene.analysis.core.KeywordAnalyzer());
    try (IndexFixture g = new IndexFixture()) {
      FullTextIndex index = new FullTextIndex(org.sochdb.storage.catalog.Catalog.structureKeyPrefix(8), raw, 0);
      try (StorageTransaction tx = g.db.begin()) {
        index.add(tx, IndexFixture.id(1), "a");
        index.add(tx, IndexFixture.id(2), "a\u0000");
        index.add(tx, IndexFixture.id(3), "a\u0000b");
        assertEquals(1, index.search(tx, "a", 10, null).size());
        assertEquals(1, index.search(tx, "a\u0000", 10, null).size());
        assertEquals(3, IndexFixture.id(index.search(tx, "a\u0000b", 10, null).get(0).docId()));
      }
    }
  }

  @Test
  void addingADocumentTwiceIsRefused() {
    try (StorageTransaction tx = f.db.begin()) {
      assertThrows(IllegalStateException.class, () -> f.index.add(tx, IndexFixture.id(1), "again"));
    }
  }

  @Test
  void scoresAreBestFirst() {
    List<Hit> hits = f.search("lazy dog fox water", 10);
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
    }
  }
}
