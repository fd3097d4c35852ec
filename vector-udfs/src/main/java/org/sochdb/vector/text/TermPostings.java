package org.sochdb.vector.text;

import java.util.Arrays;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.engine.KvEntry;

/**
 * One term's postings as a transaction sees them, in docId order: the storage's key and
 * value arrays are kept as they come (the docId is the key's tail from {@link #docOffset}, its first bytes also in {@link #heads}),
 * so loading allocates nothing per posting beyond what the cursor hands over.
 */
final class TermPostings {
  final int docOffset;
  int size;
  byte[][] keys = new byte[16][];
  byte[][] values = new byte[16][];
  long[] heads = new long[16];

  private TermPostings(int docOffset) {
    this.docOffset = docOffset;
  }

  static TermPostings load(StorageTransaction tx, byte[] termPrefix) {
    TermPostings p = new TermPostings(termPrefix.length);
    try (KvCursor c = tx.scanPrefix(termPrefix)) {
      while (c.hasNext()) {
        KvEntry e = c.next();
        if (p.size == p.keys.length) {
          p.keys = Arrays.copyOf(p.keys, p.size * 2);
          p.values = Arrays.copyOf(p.values, p.size * 2);
          p.heads = Arrays.copyOf(p.heads, p.size * 2);
        }
        p.keys[p.size] = e.key();
        p.values[p.size] = e.value();
        p.heads[p.size] = DocOrder.head(e.key(), p.docOffset);
        p.size++;
      }
    }
    return p;
  }

  /** Orders posting {@code i} of this list against posting {@code j} of {@code other} by docId. */
  int compareDoc(int i, TermPostings other, int j) {
    return DocOrder.compare(heads[i], keys[i], docOffset, other.heads[j], other.keys[j], other.docOffset);
  }
}
