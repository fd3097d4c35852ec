package org.sochdb.vector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The same random corpus in a Lucene index and in ours gives the same hits with the same
 * float scores, for words and phrases, on documents long enough (up to 80 terms) that
 * Lucene's lossy length norm matters.
 */
class LuceneAgreementTest {
  private static final String[] WORDS = {
    "river", "bank", "money", "water", "flow", "stone", "bridge", "city", "light", "dark",
    "tree", "leaf", "green", "house", "road", "the", "of", "and", "a", "small"};

  @Test
  void scoresMatchLuceneBm25() throws IOException {
    Random random = new Random(42);
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(random.nextBoolean() ? 8 : 80);
      for (int w = 0; w < n; w++) {
        sb.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 6)]).append(' ');
      }
      docs.add(sb.toString());
    }
    TextAnalyzer analyzer = TextAnalyzer.english();
    try (IndexFixture ours = new IndexFixture();
        ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer.lucene()))) {
        for (int i = 0; i < docs.size(); i++) {
          Document d = new Document();
          d.add(new TextField("text", docs.get(i), Field.Store.NO));
          w.addDocument(d);
          ours.add(i, docs.get(i));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int compared = 0;
        for (int q = 0; q < 60; q++) {
          List<String> words = new ArrayList<>();
          for (int j = 0, n = 1 + random.nextInt(3); j < n; j++) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
          }
          String text = String.join(" ", words);
          boolean phrase = q % 3 == 0;
          String query = phrase ? "\"" + text + "\"" : text;
          List<String> expected = new ArrayList<>();
          for (ScoreDoc sd : searcher.search(luceneQuery(analyzer, text, phrase), 20).scoreDocs) {
            expected.add(sd.doc + ":" + sd.score);
          }
          assertEquals(expected, IndexFixture.render(ours.search(query, 20)), query);
          compared += expected.size();
        }
        assertEquals(true, compared > 500, "hits compared: " + compared);
      }
    }
  }

  private static Query luceneQuery(TextAnalyzer analyzer, String text, boolean phrase) {
    List<Token> tokens = analyzer.tokens(text);
    if (phrase && tokens.size() > 1) {
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      tokens.forEach(t -> b.add(new Term("text", t.term()), t.position()));
      return b.build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    tokens.forEach(t -> b.add(new TermQuery(new Term("text", t.term())), BooleanClause.Occur.SHOULD));
    return b.build();
  }
}
