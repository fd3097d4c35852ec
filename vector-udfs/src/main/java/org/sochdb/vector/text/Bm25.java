package org.sochdb.vector.text;

import org.apache.lucene.util.SmallFloat;

/**
 * BM25 as Lucene 9's {@code BM25Similarity} computes it, in the same float arithmetic, so
 * scores agree with Lucene's to the last bit: idf = log(1 + (N - df + 0.5) / (df + 0.5));
 * score = w - w / (1 + tf / (k1 (1 - b + b dl / avgdl))) with w the idf (summed over a
 * phrase's terms). Like Lucene, the document length dl is taken through Lucene's one-byte
 * norm ({@link SmallFloat#intToByte4}: exact up to 40, then about 3 significant bits), which
 * costs a little precision but makes rankings match a Lucene index's.
 */
final class Bm25 {
  static final float K1 = 1.2f;
  static final float B = 0.75f;

  /** Norms of the lengths short documents have, so scoring a posting does not encode one. */
  private static final byte[] SHORT_NORMS = new byte[1024];

  static {
    for (int i = 0; i < SHORT_NORMS.length; i++) {
      SHORT_NORMS[i] = SmallFloat.intToByte4(i);
    }
  }

  private final long docCount;
  private final float[] normInverse = new float[256];

  Bm25(long docCount, long totalLength) {
    this.docCount = docCount;
    float avgdl = (float) (totalLength / (double) docCount);
    for (int i = 0; i < 256; i++) {
      float length = SmallFloat.byte4ToInt((byte) i);
      normInverse[i] = 1f / (K1 * ((1 - B) + B * length / avgdl));
    }
  }

  float idf(long docFreq) {
    return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  /** A phrase's weight: its terms' idfs summed in double, as Lucene does. */
  float idf(long[] docFreqs) {
    double sum = 0;
    for (long df : docFreqs) {
      sum += idf(df);
    }
    return (float) sum;
  }

  /** The normalization index of a document of {@code length} terms. */
  static int norm(int length) {
    return (length < SHORT_NORMS.length ? SHORT_NORMS[length] : SmallFloat.intToByte4(length)) & 0xFF;
  }

  float score(float weight, int freq, int norm) {
    return weight - weight / (1f + freq * normInverse[norm]);
  }
}
