package org.sochdb.client;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A transaction of the client: key-value operations and SQL on its own JDBC connection with
 * auto-commit off, all committed at once by {@link #commit()} (one commit, one LSN) or rolled
 * back by {@link #rollback()}, or by {@link #close()} when it was not committed, so that
 * try-with-resources rolls back whatever did not reach {@code commit()}:
 *
 * <pre>{@code
 * try (Transaction tx = db.transaction()) {
 *   tx.put(key1, value1);
 *   tx.execute("INSERT INTO users VALUES (1, 'Alice')");
 *   long lsn = tx.commit();
 * }
 * }</pre>
 *
 * Reads see the snapshot the transaction began with plus its own writes (snapshot isolation).
 * A write-write conflict with a concurrent commit makes {@code commit()} throw
 * {@link org.sochdb.jdbc.errors.SerializationFailureException}. Not thread-safe; once committed
 * or rolled back it cannot be used again.
 */
public final class Transaction implements KeyValueStore, AutoCloseable {
  private final SochDB db;
  private final Link link;
  private final KvAccess kv;
  private boolean active = true;
  private boolean released;
  private Long id;

  Transaction(SochDB db, Link link) {
    this.db = db;
    this.link = link;
    this.kv = new KvAccess(link, null);
  }

  /** The transaction's id (the Python SDK's {@code txn.id}): begins it in the engine if nothing has yet. */
  public long id() throws SQLException {
    checkActive();
    if (id == null) {
      synchronized (link) {
        id = ((Number) link.value("SELECT txid()")).longValue();
      }
    }
    return id;
  }

  @Override
  public void put(byte[] key, byte[] value) throws SQLException {
    checkActive();
    kv.put(key, value);
  }

  @Override
  public byte[] get(byte[] key) throws SQLException {
    checkActive();
    return kv.get(key);
  }

  @Override
  public boolean delete(byte[] key) throws SQLException {
    checkActive();
    return kv.delete(key);
  }

  @Override
  public KvScan scanBatched(byte[] start, byte[] end, int batchSize) throws SQLException {
    checkActive();
    return kv.scan(start, end, batchSize);
  }

  /** The kv table of namespace {@code name} inside this transaction. */
  public KeyValueStore namespace(String name) throws SQLException {
    checkActive();
    db.requireNamespace(link, name);
    KvAccess access = new KvAccess(link, name);
    Transaction tx = this;
    return new KeyValueStore() {
      @Override
      public void put(byte[] key, byte[] value) throws SQLException {
        tx.checkActive();
        access.put(key, value);
      }

      @Override
      public byte[] get(byte[] key) throws SQLException {
        tx.checkActive();
        return access.get(key);
      }

      @Override
      public boolean delete(byte[] key) throws SQLException {
        tx.checkActive();
        return access.delete(key);
      }

      @Override
      public KvScan scan(byte[] start, byte[] end) throws SQLException {
        return scanBatched(start, end, DEFAULT_FETCH_SIZE);
      }

      @Override
      public KvScan scanBatched(byte[] start, byte[] end, int batchSize) throws SQLException {
        tx.checkActive();
        return access.scan(start, end, batchSize);
      }
    };
  }

  /**
   * A collection of namespace {@code namespace} inside this transaction: its writes commit or
   * roll back with the transaction, and its searches see them.
   */
  public Collection collection(String namespace, String collectionName) throws SQLException {
    checkActive();
    String canonical;
    synchronized (link) {
      canonical = (String) db.requireNamespace(link, namespace).get("name");
    }
    return new CollectionCatalog(session(), canonical).find(collectionName);
  }

  /** Runs collection work on this transaction's connection. */
  Collection.Session session() {
    return new Collection.Session() {
      @Override
      public <T> T run(Collection.LinkWork<T> work) throws SQLException {
        checkActive();
        synchronized (link) {
          return work.run(link);
        }
      }

      @Override
      public <T> T atomically(Collection.LinkWork<T> work) throws SQLException {
        return run(work);
      }
    };
  }

  /** Runs SQL in this transaction: the rows of a query, no rows for other statements. */
  public List<Map<String, Object>> execute(String sql, Object... params) throws SQLException {
    checkActive();
    synchronized (link) {
      return link.execute(sql, params);
    }
  }

  /** Runs a query in this transaction; its rows. */
  public List<Map<String, Object>> query(String sql, Object... params) throws SQLException {
    return execute(sql, params);
  }

  /** Runs an INSERT, UPDATE, DELETE or DDL statement in this transaction; the row count. */
  public int update(String sql, Object... params) throws SQLException {
    checkActive();
    synchronized (link) {
      return link.update(sql, params);
    }
  }

  /**
   * Commits everything this transaction did, atomically and durably as the connection's sync
   * mode says; returns the commit's LSN (log sequence number).
   */
  public long commit() throws SQLException {
    checkActive();
    synchronized (link) {
      try {
        link.connection.commit();
        active = false;
        Object lsn = link.value("SELECT last_commit_lsn()");
        return lsn == null ? 0 : ((Number) lsn).longValue();
      } finally {
        if (active) { // the commit failed: the engine has rolled back; so do we
          rollbackQuietly();
        }
        active = false;
      }
    }
  }

  /** Takes back everything this transaction did. */
  public void rollback() throws SQLException {
    if (active == false) {
      return;
    }
    active = false;
    synchronized (link) {
      link.connection.rollback();
    }
  }

  /** The Python SDK's name for {@link #rollback()}. */
  public void abort() throws SQLException {
    rollback();
  }

  /** Whether the transaction may still be used (neither committed nor rolled back). */
  public boolean isActive() {
    return active;
  }

  /** Rolls back unless committed, and hands the connection back to the client. */
  @Override
  public void close() throws SQLException {
    if (released) {
      return;
    }
    released = true;
    try {
      rollback();
    } finally {
      db.release(link);
    }
  }

  private void rollbackQuietly() {
    try {
      link.connection.rollback();
    } catch (SQLException ignored) {
      // the connection is handed back and checked (or dropped) by the client
    }
  }

  private void checkActive() {
    if (active == false) {
      throw new IllegalStateException("this transaction has already been committed or rolled back");
    }
  }
}
