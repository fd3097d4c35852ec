package org.sochdb.vector.text;

/** Unsigned LEB128 integers (7 bits a byte, low bits first): small counts take one byte. */
final class VarInts {
  private VarInts() {}

  static int size(int value) {
    int n = 1;
    while ((value & ~0x7F) != 0) {
      value >>>= 7;
      n++;
    }
    return n;
  }

  /** Writes {@code value} at {@code pos}; returns the position after it. */
  static int put(byte[] buf, int pos, int value) {
    while ((value & ~0x7F) != 0) {
      buf[pos++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    buf[pos++] = (byte) value;
    return pos;
  }

  /** The value at {@code pos[0]}; advances {@code pos[0]} past it. */
  static int get(byte[] buf, int[] pos) {
    int p = pos[0];
    int b = buf[p++];
    int value = b & 0x7F;
    for (int shift = 7; b < 0; shift += 7) {
      b = buf[p++];
      value |= (b & 0x7F) << shift;
    }
    pos[0] = p;
    return value;
  }
}
