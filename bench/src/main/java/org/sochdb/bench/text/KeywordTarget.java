package org.sochdb.bench.text;

import java.util.List;

/** One keyword-search implementation under test; document {@code i} of the corpus has number {@code i}. */
interface KeywordTarget extends AutoCloseable {
  String name();

  void index(List<String> docs) throws Exception;

  /** Runs every query; {@code out[q]} receives the document numbers of query q's top k, best first. */
  void searchAll(List<String> queries, int k, int[][] out) throws Exception;

  @Override
  void close() throws Exception;
}
