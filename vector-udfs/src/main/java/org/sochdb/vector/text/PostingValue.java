package org.sochdb.vector.text;

/**
 * The value of a posting: {@code varint tf, varint docLength, tf varints of position deltas}.
 * The document's length rides in every posting so scoring never looks a document up.
 */
final class PostingValue {
  private PostingValue() {}

  static byte[] encode(int docLength, int[] positions, int count) {
    int size = VarInts.size(count) + VarInts.size(docLength);
    int previous = 0;
    for (int i = 0; i < count; i++) {
      size += VarInts.size(positions[i] - previous);
      previous = positions[i];
    }
    byte[] out = new byte[size];
    int p = VarInts.put(out, 0, count);
    p = VarInts.put(out, p, docLength);
    previous = 0;
    for (int i = 0; i < count; i++) {
      p = VarInts.put(out, p, positions[i] - previous);
      previous = positions[i];
    }
    return out;
  }

  /** The term frequency, or, when {@code value[0]} is below 128 (nearly always), that byte. */
  static int termFrequency(byte[] value) {
    return value[0] >= 0 ? value[0] : VarInts.get(value, new int[] {0});
  }

  static int docLength(byte[] value) {
    int[] pos = {0};
    VarInts.get(value, pos);
    return VarInts.get(value, pos);
  }

  /** The positions, ascending. */
  static int[] positions(byte[] value) {
    int[] pos = {0};
    int tf = VarInts.get(value, pos);
    VarInts.get(value, pos);
    int[] out = new int[tf];
    int previous = 0;
    for (int i = 0; i < tf; i++) {
      previous += VarInts.get(value, pos);
      out[i] = previous;
    }
    return out;
  }
}
