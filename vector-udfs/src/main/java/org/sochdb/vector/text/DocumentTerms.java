package org.sochdb.vector.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A document's analyzed text grouped by term: each term's positions, and the document's length. */
final class DocumentTerms {
  /** Positions of one term; {@code count} of {@code positions} are used. */
  static final class Positions {
    int[] positions = new int[2];
    int count;

    void add(int position) {
      if (count == positions.length) {
        positions = Arrays.copyOf(positions, count * 2);
      }
      positions[count++] = position;
    }
  }

  final Map<String, Positions> terms = new LinkedHashMap<>();
  /** Tokens stacked on one position count once, as Lucene's length with discounted overlaps. */
  final int length;

  DocumentTerms(List<Token> tokens) {
    int n = 0;
    int lastPosition = -1;
    for (Token t : tokens) {
      if (t.position() != lastPosition) {
        n++;
        lastPosition = t.position();
      }
      terms.computeIfAbsent(t.term(), k -> new Positions()).add(t.position());
    }
    length = n;
  }
}
