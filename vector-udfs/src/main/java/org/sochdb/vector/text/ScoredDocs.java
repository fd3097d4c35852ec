package org.sochdb.vector.text;

import java.util.Arrays;

/** The documents one query clause matched, in docId order, with the clause's score for each. */
final class ScoredDocs {
  final byte[][] keys;
  final int docOffset;
  final float[] scores;
  final int size;

  ScoredDocs(byte[][] keys, int docOffset, float[] scores, int size) {
    this.keys = keys;
    this.docOffset = docOffset;
    this.scores = scores;
    this.size = size;
  }

  int compareDoc(int i, ScoredDocs other, int j) {
    byte[] a = keys[i];
    byte[] b = other.keys[j];
    return Arrays.compareUnsigned(a, docOffset, a.length, b, other.docOffset, b.length);
  }
}
