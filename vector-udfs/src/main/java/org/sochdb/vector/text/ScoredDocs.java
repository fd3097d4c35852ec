package org.sochdb.vector.text;

/** The documents one query clause matched, in docId order, with the clause's score for each. */
final class ScoredDocs {
  final byte[][] keys;
  final long[] heads;
  final int docOffset;
  final float[] scores;
  final int size;

  ScoredDocs(byte[][] keys, long[] heads, int docOffset, float[] scores, int size) {
    this.keys = keys;
    this.heads = heads;
    this.docOffset = docOffset;
    this.scores = scores;
    this.size = size;
  }

  int compareDoc(int i, ScoredDocs other, int j) {
    return DocOrder.compare(heads[i], keys[i], docOffset, other.heads[j], other.keys[j], other.docOffset);
  }
}
