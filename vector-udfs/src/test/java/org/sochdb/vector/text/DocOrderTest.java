package org.sochdb.vector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The long-head comparison of docIds agrees with unsigned byte order, whatever the lengths. */
class DocOrderTest {
  @Test
  void agreesWithUnsignedByteOrder() {
    List<byte[]> ids = List.of(new byte[0], new byte[] {0}, new byte[] {0, 0}, new byte[] {1},
        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF, 0}, new byte[] {1, 2, 3, 4, 5, 6, 7, 8},
        new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 0}, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9},
        new byte[] {1, 2, 3, 4, 5, 6, 7, 9});
    for (byte[] a : ids) {
      for (byte[] b : ids) {
        byte[] keyA = withPrefix(a, 3);
        byte[] keyB = withPrefix(b, 5);
        int got = DocOrder.compare(DocOrder.head(keyA, 3), keyA, 3, DocOrder.head(keyB, 5), keyB, 5);
        assertEquals(Integer.signum(Arrays.compareUnsigned(a, b)), Integer.signum(got),
            Arrays.toString(a) + " vs " + Arrays.toString(b));
      }
    }
  }

  private static byte[] withPrefix(byte[] id, int prefix) {
    byte[] key = new byte[prefix + id.length];
    Arrays.fill(key, 0, prefix, (byte) 0x70);
    System.arraycopy(id, 0, key, prefix, id.length);
    return key;
  }
}
