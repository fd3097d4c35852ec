package org.sochdb.storage.engine;

import java.util.Arrays;
import java.util.Comparator;

/** Unsigned lexicographic order on byte arrays, the one order every layer of SochDB agrees on. */
public final class Bytes {
  /** Compares as unsigned bytes, shorter prefix first: the order of keys in every map. */
  public static final Comparator<byte[]> ORDER = Arrays::compareUnsigned;

  public static final byte[] EMPTY = new byte[0];

  private Bytes() {}

  public static int compare(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  /**
   * The smallest key greater than every key that starts with {@code prefix}, or {@code null}
   * when there is none (the prefix is empty or all 0xFF): the exclusive upper bound of a
   * prefix scan. Trailing 0xFF bytes are dropped before incrementing, which is exactly where
   * MapDB's {@code prefixSubMap} goes wrong.
   */
  public static byte[] prefixEnd(byte[] prefix) {
    int i = prefix.length - 1;
    while (i >= 0 && prefix[i] == (byte) 0xFF) {
      i--;
    }
    if (i < 0) {
      return null;
    }
    byte[] end = Arrays.copyOf(prefix, i + 1);
    end[i]++;
    return end;
  }

  public static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** {@code true} when {@code key} lies in [from, to); a null bound is open. */
  public static boolean inRange(byte[] key, byte[] from, byte[] to) {
    return (from == null || compare(key, from) >= 0) && (to == null || compare(key, to) < 0);
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Printable form for messages: ASCII kept, other bytes as \xNN. */
  public static String toDisplay(byte[] key) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(key.length, 64);
    for (int i = 0; i < n; i++) {
      int b = key[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F && b != '\\') {
        sb.append((char) b);
      } else {
        sb.append(String.format("\\x%02x", b));
      }
    }
    if (key.length > n) {
      sb.append("...");
    }
    return sb.toString();
  }
}
