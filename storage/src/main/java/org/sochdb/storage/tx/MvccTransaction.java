package org.sochdb.storage.tx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.TransactionListener;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/** A {@link StorageTransaction} of the {@link TransactionManager}: a snapshot plus a write set. */
final class MvccTransaction implements StorageTransaction {
  static final int MAX_KEY_BYTES = 16 * 1024;
  static final int MAX_VALUE_BYTES = 16 * 1024 * 1024;

  private final TransactionManager manager;
  private final long id;
  private final long snapshotLsn;
  private final boolean readOnly;
  final WriteSet writes = new WriteSet();
  private final List<TransactionListener> listeners = new ArrayList<>(2);
  private Map<Object, Object> attachments;
  private boolean active = true;

  MvccTransaction(TransactionManager manager, long id, long snapshotLsn, boolean readOnly) {
    this.manager = manager;
    this.id = id;
    this.snapshotLsn = snapshotLsn;
    this.readOnly = readOnly;
  }

  @Override
  public long id() {
    return id;
  }

  @Override
  public long snapshotLsn() {
    return snapshotLsn;
  }

  @Override
  public boolean isReadOnly() {
    return readOnly;
  }

  @Override
  public boolean isActive() {
    return active;
  }

  @Override
  public byte[] get(byte[] key) {
    checkActive();
    byte[] own = writes.get(key);
    if (own != null) {
      return own == WriteSet.TOMBSTONE ? null : own;
    }
    return manager.view.get(key, snapshotLsn);
  }

  @Override
  public void put(byte[] key, byte[] value) {
    checkWritable();
    if (value == null) {
      throw new StorageException(ErrorKind.INVALID_ARGUMENT, "a value must not be null; use delete");
    }
    checkKey(key);
    if (value.length > MAX_VALUE_BYTES) {
      throw new StorageException(ErrorKind.LIMIT_EXCEEDED, "a value of " + value.length
          + " bytes exceeds the limit of " + MAX_VALUE_BYTES + " bytes");
    }
    writes.put(key.clone(), value.clone());
  }

  @Override
  public void delete(byte[] key) {
    checkWritable();
    checkKey(key);
    writes.put(key.clone(), WriteSet.TOMBSTONE);
  }

  private static void checkKey(byte[] key) {
    if (key == null) {
      throw new StorageException(ErrorKind.INVALID_ARGUMENT, "a key must not be null");
    }
    if (key.length > MAX_KEY_BYTES) {
      throw new StorageException(ErrorKind.LIMIT_EXCEEDED, "a key of " + key.length
          + " bytes exceeds the limit of " + MAX_KEY_BYTES + " bytes");
    }
  }

  @Override
  public KvCursor scan(byte[] from, byte[] to) {
    checkActive();
    return new SnapshotCursor(manager.view, writes, snapshotLsn,
        from == null ? null : from.clone(), to == null ? null : to.clone());
  }

  @Override
  public boolean hasWrites() {
    return writes.isEmpty() == false;
  }

  @Override
  public int savepoint() {
    checkActive();
    return writes.mark();
  }

  @Override
  public void rollbackTo(int savepoint) {
    checkActive();
    if (savepoint < 0 || savepoint > writes.mark()) {
      throw new StorageException(ErrorKind.INVALID_ARGUMENT, "unknown savepoint " + savepoint);
    }
    writes.rollbackTo(savepoint);
    for (TransactionListener l : List.copyOf(listeners)) {
      l.afterRollbackTo(this, savepoint);
    }
  }

  @Override
  public long commit() {
    checkActive();
    return manager.commit(this);
  }

  @Override
  public void rollback() {
    if (active) {
      manager.rollback(this);
    }
  }

  @Override
  public void addListener(TransactionListener listener) {
    checkActive();
    listeners.add(listener);
  }

  List<TransactionListener> listeners() {
    return listeners;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T attachment(Object key, Supplier<T> init) {
    if (attachments == null) {
      attachments = new HashMap<>(4);
    }
    return (T) attachments.computeIfAbsent(key, k -> init.get());
  }

  void end() {
    active = false;
  }

  private void checkActive() {
    if (active == false) {
      throw new StorageException(ErrorKind.CLOSED, "transaction " + id + " has ended");
    }
  }

  private void checkWritable() {
    checkActive();
    if (readOnly) {
      throw new StorageException(ErrorKind.READ_ONLY, "transaction " + id + " is read-only");
    }
  }

  @Override
  public void close() {
    rollback();
  }

  @Override
  public String toString() {
    return "StorageTransaction[id=" + id + ", snapshot=" + snapshotLsn + ", writes=" + writes.size()
        + (active ? "" : ", ended") + "]";
  }
}
