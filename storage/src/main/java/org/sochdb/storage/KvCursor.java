package org.sochdb.storage;

import java.util.Iterator;
import org.sochdb.storage.engine.KvEntry;

/** An ordered, lazily batched iteration over a key range; close it to release it early. */
public interface KvCursor extends Iterator<KvEntry>, AutoCloseable {
  @Override
  void close();
}
