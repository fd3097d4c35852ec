package org.sochdb.vector.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds the keys of one full-text index under its prefix; {@link FullTextIndex} documents
 * the layout. A term is written as its UTF-8 bytes with each {@code 00} doubled to
 * {@code 00 FF} and closed by {@code 00 00}: UTF-8 never holds {@code FF}, so no term's
 * encoding is a prefix of another's and one term's postings are one prefix scan.
 */
final class IndexKeys {
  static final byte POSTING = 'p';
  static final byte DOCUMENT = 'd';
  static final byte STATS = 's';

  private final byte[] prefix;

  IndexKeys(byte[] prefix) {
    this.prefix = prefix.clone();
  }

  /** {@code prefix 'p' term 00 00}: the start of every posting key of {@code term}. */
  byte[] termPrefix(String term) {
    byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
    int zeros = 0;
    for (byte b : utf8) {
      if (b == 0) {
        zeros++;
      }
    }
    byte[] key = new byte[prefix.length + 1 + utf8.length + zeros + 2];
    System.arraycopy(prefix, 0, key, 0, prefix.length);
    int p = prefix.length;
    key[p++] = POSTING;
    for (byte b : utf8) {
      key[p++] = b;
      if (b == 0) {
        key[p++] = (byte) 0xFF;
      }
    }
    key[p++] = 0;
    key[p] = 0;
    return key;
  }

  /** {@code prefix 'p' term 00 00 docId}. */
  byte[] posting(byte[] termPrefix, byte[] docId) {
    return concat(termPrefix, docId);
  }

  /** {@code prefix 'd' docId}. */
  byte[] document(byte[] docId) {
    return concat(tagged(DOCUMENT), docId);
  }

  /** {@code prefix 's'}: the start of every statistics shard key. */
  byte[] statsPrefix() {
    return tagged(STATS);
  }

  /** {@code prefix 's' shard}. */
  byte[] statsShard(int shard) {
    return concat(tagged(STATS), new byte[] {(byte) shard});
  }

  private byte[] tagged(byte tag) {
    byte[] key = Arrays.copyOf(prefix, prefix.length + 1);
    key[prefix.length] = tag;
    return key;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
