package org.sochdb.client;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The entries of a key range, in key order, streamed from an open JDBC result set (the driver
 * fetches them in batches of the fetch size; nothing else is held). Iterate it once, with
 * for-each, {@link #stream()} or {@link #toList()}; running to the end closes it, and
 * try-with-resources closes it early. Until closed it holds its statement and, outside a
 * transaction, a read snapshot. SQL errors while iterating surface as
 * {@link UncheckedSQLException}.
 */
public final class KvScan implements Iterable<KeyValue>, AutoCloseable {
  private final Object lock;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private boolean iterated;
  private boolean closed;

  KvScan(Object lock, PreparedStatement statement, ResultSet rows) {
    this.lock = lock;
    this.statement = statement;
    this.rows = rows;
  }

  /** The entries; a scan can be iterated once. */
  @Override
  public Iterator<KeyValue> iterator() {
    if (iterated) {
      throw new IllegalStateException("a KvScan can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      private KeyValue next;

      @Override
      public boolean hasNext() {
        if (next == null && closed == false) {
          next = fetch();
        }
        return next != null;
      }

      @Override
      public KeyValue next() {
        if (hasNext() == false) {
          throw new NoSuchElementException();
        }
        KeyValue kv = next;
        next = null;
        return kv;
      }
    };
  }

  private KeyValue fetch() {
    synchronized (lock) {
      try {
        if (rows.next()) {
          return new KeyValue(rows.getBytes(1), rows.getBytes(2));
        }
        close();
        return null;
      } catch (SQLException e) {
        close();
        throw new UncheckedSQLException(e);
      }
    }
  }

  /** The entries as a sequential stream; closing the stream closes the scan. */
  public Stream<KeyValue> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /** Reads every remaining entry into a list and closes the scan. */
  public List<KeyValue> toList() {
    List<KeyValue> out = new ArrayList<>();
    try {
      for (KeyValue kv : this) {
        out.add(kv);
      }
    } finally {
      close();
    }
    return out;
  }

  /** Counts the remaining entries (reading them) and closes the scan. */
  public long count() {
    long n = 0;
    try {
      for (KeyValue ignored : this) {
        n++;
      }
    } finally {
      close();
    }
    return n;
  }

  /** Releases the result set and its statement; idempotent. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        statement.close();
      } catch (SQLException ignored) {
        // the statement of a finished scan: nothing left to do with it
      }
    }
  }
}
