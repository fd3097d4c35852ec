package org.sochdb.bench.text;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.sochdb.vector.text.TextAnalyzer;
import org.sochdb.vector.text.Token;

/**
 * Lucene 9 in memory ({@link ByteBuffersDirectory}, default {@code BM25Similarity}), the same
 * analyzer, a {@link BooleanQuery} of SHOULD {@link TermQuery}s per analyzed query term. A log
 * merge policy merges only adjacent segments, so Lucene's doc ids stay the insertion order.
 */
final class LuceneTarget implements KeywordTarget {
  private static final String FIELD = "text";
  private final TextAnalyzer analyzer;
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private DirectoryReader reader;
  private IndexSearcher searcher;

  LuceneTarget(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public void index(List<String> docs) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer.lucene()).setMergePolicy(new LogByteSizeMergePolicy());
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (String text : docs) {
        Document d = new Document();
        d.add(new TextField(FIELD, text, Field.Store.NO));
        w.addDocument(d);
      }
      w.commit();
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @Override
  public void searchAll(List<String> queries, int k, int[][] out) throws IOException {
    for (int q = 0; q < queries.size(); q++) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (Token t : analyzer.tokens(queries.get(q))) {
        b.add(new TermQuery(new Term(FIELD, t.term())), BooleanClause.Occur.SHOULD);
      }
      TopDocs top = searcher.search(b.build(), k);
      int[] ids = new int[top.scoreDocs.length];
      for (int i = 0; i < ids.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        ids[i] = sd.doc;
      }
      out[q] = ids;
    }
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    dir.close();
  }
}
