package org.sochdb.adapter.exec;

import org.apache.calcite.linq4j.Enumerator;
import org.sochdb.adapter.error.StorageErrors;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.error.StorageException;

/**
 * The common part of SochDB's row enumerators: the read they run in, the current row, the
 * cursor they may hold, storage failures reported with their SQLSTATE, and a close that
 * releases all of it once. Subclasses say how to reach the next row.
 */
public abstract class ReadEnumerator implements Enumerator<Object[]> {
  protected final SochSession.Read read;
  /** An open cursor, if the subclass has one; closed with the enumerator. */
  protected KvCursor cursor;
  private Object[] current;
  private boolean closed;

  protected ReadEnumerator(SochSession.Read read) {
    this.read = read;
  }

  /** The next row, or null when there is none. */
  protected abstract Object[] advance();

  @Override
  public final Object[] current() {
    return current;
  }

  @Override
  public final boolean moveNext() {
    try {
      current = advance();
      return current != null;
    } catch (StorageException e) {
      throw StorageErrors.toSql(e);
    }
  }

  @Override
  public final void reset() {
    throw new UnsupportedOperationException("a SochDB read runs once; run the statement again");
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (cursor != null) {
      cursor.close();
    }
    read.release();
  }
}
