package org.sochdb.vector.text;

import java.util.Arrays;

/** Scores one query clause, a term or a phrase, over the postings of its terms. */
final class ClauseScorer {
  private ClauseScorer() {}

  static ScoredDocs term(TermPostings p, Bm25 bm25) {
    float weight = bm25.idf(p.size);
    float[] scores = new float[p.size];
    for (int i = 0; i < p.size; i++) {
      byte[] v = p.values[i];
      scores[i] = bm25.score(weight, PostingValue.termFrequency(v), Bm25.norm(PostingValue.docLength(v)));
    }
    return new ScoredDocs(p.keys, p.heads, p.docOffset, scores, p.size);
  }

  /**
   * A phrase matches where every term {@code i} stands at the first term's position plus
   * {@code offsets[i]}; its frequency is the number of such places, and its weight the sum
   * of its terms' idfs, as in Lucene's exact {@code PhraseQuery}.
   */
  static ScoredDocs phrase(TermPostings[] lists, int[] offsets, Bm25 bm25) {
    long[] docFreqs = new long[lists.length];
    for (int t = 0; t < lists.length; t++) {
      docFreqs[t] = lists[t].size;
    }
    float weight = bm25.idf(docFreqs);
    TermPostings lead = lists[0];
    byte[][] keys = new byte[Math.min(16, lead.size)][];
    long[] heads = new long[keys.length];
    float[] scores = new float[keys.length];
    int size = 0;
    int[] at = new int[lists.length];
    for (int i = 0; i < lead.size; i++) {
      if (allContain(lists, at, i) == false) {
        continue;
      }
      int freq = phraseFrequency(lists, at, offsets);
      if (freq > 0) {
        if (size == keys.length) {
          keys = Arrays.copyOf(keys, Math.max(16, size * 2));
          heads = Arrays.copyOf(heads, keys.length);
          scores = Arrays.copyOf(scores, keys.length);
        }
        keys[size] = lead.keys[i];
        heads[size] = lead.heads[i];
        scores[size] = bm25.score(weight, freq, Bm25.norm(PostingValue.docLength(lead.values[i])));
        size++;
      }
    }
    return new ScoredDocs(keys, heads, lead.docOffset, scores, size);
  }

  /** Advances every other list to the lead's posting {@code i}; true when all hold its doc. */
  private static boolean allContain(TermPostings[] lists, int[] at, int i) {
    at[0] = i;
    for (int t = 1; t < lists.length; t++) {
      TermPostings p = lists[t];
      int j = at[t];
      int c = -1;
      while (j < p.size && (c = lists[0].compareDoc(i, p, j)) > 0) {
        j++;
      }
      at[t] = j;
      if (j == p.size || c != 0) {
        return false;
      }
    }
    return true;
  }

  private static int phraseFrequency(TermPostings[] lists, int[] at, int[] offsets) {
    int[][] positions = new int[lists.length][];
    for (int t = 0; t < lists.length; t++) {
      positions[t] = PostingValue.positions(lists[t].values[at[t]]);
    }
    int freq = 0;
    for (int start : positions[0]) {
      boolean all = true;
      for (int t = 1; t < lists.length && all; t++) {
        all = Arrays.binarySearch(positions[t], start + offsets[t]) >= 0;
      }
      if (all) {
        freq++;
      }
    }
    return freq;
  }
}
