package org.sochdb.vector.text;

/**
 * Sums the clauses' scores per document by walking their docId-ordered lists together, as
 * Lucene's disjunction does: each document's clause scores are added in double and the sum
 * rounded to float.
 */
final class Disjunction {
  private Disjunction() {}

  static void collect(ScoredDocs[] clauses, TopHits top) {
    if (clauses.length == 1) {
      ScoredDocs only = clauses[0];
      for (int i = 0; i < only.size; i++) {
        top.offer(only.scores[i], only.keys[i], only.docOffset);
      }
      return;
    }
    int[] at = new int[clauses.length];
    while (true) {
      int min = -1;
      for (int c = 0; c < clauses.length; c++) {
        if (at[c] < clauses[c].size
            && (min < 0 || clauses[c].compareDoc(at[c], clauses[min], at[min]) < 0)) {
          min = c;
        }
      }
      if (min < 0) {
        return;
      }
      ScoredDocs lowest = clauses[min];
      int doc = at[min];
      double sum = 0;
      for (int c = 0; c < clauses.length; c++) {
        if (at[c] < clauses[c].size && (c == min || clauses[c].compareDoc(at[c], lowest, doc) == 0)) {
          sum += clauses[c].scores[at[c]];
          at[c]++;
        }
      }
      top.offer((float) sum, lowest.keys[doc], lowest.docOffset);
    }
  }
}
