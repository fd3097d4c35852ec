package org.sochdb.vector.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sochdb.storage.StorageTransaction;

/**
 * A BM25 keyword index over one key prefix of the database, read and written only in the
 * caller's transaction: a document added in an open transaction is found by that
 * transaction alone, a rollback takes it back, a commit makes it durable together with
 * whatever else the transaction wrote (its row).
 *
 * <p>Query syntax: whitespace-separated words are OR-ed, their scores summed; a
 * {@code "double-quoted phrase"} matches only documents holding its words at consecutive
 * positions (a stop word inside a phrase stands for any one word there, as in Lucene), and is
 * scored like Lucene's exact {@code PhraseQuery}. Words and phrases go through the index's
 * {@link TextAnalyzer}; a query left with no terms (empty, stop words only) matches nothing.
 * Scores are Lucene 9's {@code BM25Similarity} (k1 = 1.2, b = 0.75), see {@link Bm25}.
 *
 * <p>Key space, after the prefix the caller gives (for an index, {@code
 * Catalog.structureKeyPrefix(indexId)}):
 * <ul>
 *   <li>{@code 'p' term 00 00 docId} → posting: {@code varint tf, varint docLength, tf varint
 *       position deltas}. The term is UTF-8 with {@code 00} written {@code 00 FF}, so one
 *       term's postings are exactly one prefix scan, in docId order; a term's document
 *       frequency is the length of that scan.</li>
 *   <li>{@code 'd' docId} → {@code varint docLength}: the document is indexed. Two
 *       transactions adding or removing the same document both write it, so the second to
 *       commit fails, as it would on the row.</li>
 *   <li>{@code 's' shard(1)} → {@code docCount(8) totalLength(8)}, signed deltas: collection
 *       statistics in {@value CollectionStats#SHARDS} shards, summed at query time; a
 *       transaction writes the shard of its id only, so concurrent transactions indexing
 *       different documents write no common key.</li>
 * </ul>
 * Every key of a document is a function of its docId and terms, so an update (remove the old
 * text, add the new, in one transaction) and a delete keep the statistics exact.
 */
public final class FullTextIndex {
  private final IndexKeys keys;
  private final TextAnalyzer analyzer;
  private final PostingsCache cache;

  /**
   * An index over {@code keyPrefix}. {@code baseline} is the LSN of the newest commit that may
   * have written postings before this object exists (the database's last commit when it is
   * opened; 0 for a new, empty index): every later change goes through this object, which is
   * how it knows when a term's postings last changed and may serve them from memory.
   */
  public FullTextIndex(byte[] keyPrefix, TextAnalyzer analyzer, long baseline) {
    this.keys = new IndexKeys(keyPrefix);
    this.analyzer = analyzer;
    this.cache = new PostingsCache(baseline);
  }

  /** A new, empty index with the English analyzer. */
  public FullTextIndex(byte[] keyPrefix) {
    this(keyPrefix, TextAnalyzer.english(), 0);
  }

  public TextAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * Indexes {@code text} as document {@code docId}; null, empty or stop-word-only text
   * indexes nothing.
   *
   * @throws IllegalStateException if the document is indexed already (remove it first)
   */
  public void add(StorageTransaction tx, byte[] docId, String text) {
    List<Token> tokens = analyzer.tokens(text);
    if (tokens.isEmpty()) {
      return;
    }
    byte[] docKey = keys.document(docId);
    if (tx.get(docKey) != null) {
      throw new IllegalStateException("document already indexed; remove its old text first");
    }
    DocumentTerms doc = new DocumentTerms(tokens);
    for (Map.Entry<String, DocumentTerms.Positions> e : doc.terms.entrySet()) {
      DocumentTerms.Positions p = e.getValue();
      cache.writing(tx, e.getKey());
      tx.put(keys.posting(keys.termPrefix(e.getKey()), docId),
          PostingValue.encode(doc.length, p.positions, p.count));
    }
    int length = doc.length;
    byte[] lengthValue = new byte[VarInts.size(length)];
    VarInts.put(lengthValue, 0, length);
    tx.put(docKey, lengthValue);
    CollectionStats.add(tx, keys, 1, length);
  }

  /**
   * Takes document {@code docId} out of the index; {@code text} must be the text it was added
   * with (its terms say which postings to delete). Nothing happens when it is not indexed.
   */
  public void remove(StorageTransaction tx, byte[] docId, String text) {
    byte[] docKey = keys.document(docId);
    byte[] lengthValue = tx.get(docKey);
    if (lengthValue == null) {
      return;
    }
    for (String term : new HashSet<>(analyzer.terms(text))) {
      cache.writing(tx, term);
      tx.delete(keys.posting(keys.termPrefix(term), docId));
    }
    tx.delete(docKey);
    CollectionStats.add(tx, keys, -1, -VarInts.get(lengthValue, new int[] {0}));
  }

  /**
   * The best {@code k} documents for {@code query} (syntax above) as {@code tx} sees the
   * index, best first, ties by docId in unsigned byte order; only documents {@code accept}
   * takes (all when null) are counted among the {@code k}.
   */
  public List<Hit> search(StorageTransaction tx, String query, int k, Predicate<byte[]> accept) {
    List<QueryClause> clauses = KeywordQuery.parse(query, analyzer);
    if (clauses.isEmpty() || k <= 0) {
      return List.of();
    }
    CollectionStats stats = CollectionStats.read(tx, keys);
    if (stats.docCount() <= 0) {
      return List.of();
    }
    Bm25 bm25 = new Bm25(stats.docCount(), stats.totalLength());
    Map<String, TermPostings> postings = new HashMap<>();
    List<ScoredDocs> scored = new ArrayList<>(clauses.size());
    for (QueryClause clause : clauses) {
      TermPostings[] lists = new TermPostings[clause.terms().size()];
      for (int i = 0; i < lists.length; i++) {
        lists[i] = postings.computeIfAbsent(clause.terms().get(i),
            term -> cache.load(tx, term, keys.termPrefix(term)));
      }
      ScoredDocs docs = clause.isPhrase()
          ? ClauseScorer.phrase(lists, clause.offsets(), bm25)
          : ClauseScorer.term(lists[0], bm25);
      if (docs.size > 0) {
        scored.add(docs);
      }
    }
    TopHits top = new TopHits(k, accept);
    Disjunction.collect(scored.toArray(ScoredDocs[]::new), top);
    return top.best();
  }
}
