package org.sochdb.vector.text;

import java.util.List;

/**
 * One scored part of a keyword query: a single term, or a phrase whose term {@code i} must
 * stand {@code offsets[i]} positions after its first term.
 */
record QueryClause(List<String> terms, int[] offsets) {
  boolean isPhrase() {
    return terms.size() > 1;
  }
}
