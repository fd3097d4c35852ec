package org.sochdb.adapter.session;

import java.util.List;
import java.util.function.Function;
import org.sochdb.adapter.error.StorageErrors;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.CatalogSnapshot;
import org.sochdb.storage.error.StorageException;

/**
 * The transactional state of one JDBC connection.
 *
 * <p>With auto-commit on, every statement runs in a transaction of its own: a query's cursor
 * holds a read-only snapshot until it is closed, a DML or DDL statement commits as it ends.
 * With auto-commit off, statements share the connection's transaction, begun on first use;
 * each statement is still atomic, through a savepoint taken as it starts.
 *
 * <p>Not thread-safe, like the connection it belongs to.
 */
public final class SochSession {
  private final SochDatabase database;
  private boolean autoCommit = true;
  private boolean readOnly;
  private String schema = SochDatabase.DEFAULT_NAMESPACE;
  private StorageTransaction tx;
  private boolean txHasDdl;
  private StorageTransaction statementTx;
  private boolean statementHasDdl;
  private List<Object[]> generatedKeys = List.of();
  private String generatedKeyColumn = "ID";
  private boolean closed;
  private boolean functionsInstalled;
  private long lastCommitLsn = -1;

  public SochSession(SochDatabase database) {
    this.database = database;
  }

  public SochDatabase database() {
    return database;
  }

  public boolean autoCommit() {
    return autoCommit;
  }

  /** JDBC: switching auto-commit on commits the open transaction. */
  public void setAutoCommit(boolean on) {
    if (on && autoCommit == false && tx != null) {
      commit();
    }
    autoCommit = on;
  }

  /** The connection's current schema (namespace), where unqualified names resolve. */
  public String schema() {
    return schema;
  }

  /** Follows the connection's {@code setSchema}. */
  public void setSchema(String schema) {
    this.schema = schema;
  }

  public boolean readOnly() {
    return readOnly;
  }

  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
  }

  /** The transaction a cursor reads in, and whether the cursor owns (and must close) it. */
  public record Read(StorageTransaction tx, boolean owned) {
    /** Ends the read: a transaction the cursor owns is rolled back (it wrote nothing). */
    public void release() {
      if (owned) {
        tx.rollback();
      }
    }
  }

  /**
   * Begins a read in the transaction the current statement runs in: the statement's own, the
   * connection's open one, or (under auto-commit, outside a statement that writes) a read-only
   * snapshot that the caller must {@link Read#release} when done.
   */
  public Read beginRead() {
    if (statementTx != null) {
      return new Read(statementTx, false);
    }
    if (autoCommit == false) {
      return new Read(connectionTx(), false);
    }
    return new Read(begin(true), true);
  }

  private StorageTransaction connectionTx() {
    if (tx == null || tx.isActive() == false) {
      tx = begin(readOnly);
      txHasDdl = false;
    }
    return tx;
  }

  private StorageTransaction begin(boolean ro) {
    try {
      return database.storage().begin(ro);
    } catch (StorageException e) {
      throw StorageErrors.toSql(e);
    }
  }

  /** Runs {@code work} in a read of the current statement's transaction ({@link #beginRead}), released after. */
  public <T> T read(Function<StorageTransaction, T> work) {
    Read r = beginRead();
    try {
      return work.apply(r.tx());
    } catch (StorageException e) {
      throw StorageErrors.toSql(e);
    } finally {
      r.release();
    }
  }

  /**
   * Runs one writing statement atomically: in its own committed transaction under
   * auto-commit, else in the connection's transaction behind a savepoint that is rolled back
   * if the statement fails.
   */
  public <T> T write(boolean ddl, Function<StorageTransaction, T> work) {
    if (statementTx != null) { // a nested statement (a trigger's SQL) joins the outer one
      statementHasDdl |= ddl;
      return work.apply(statementTx);
    }
    if (autoCommit) {
      StorageTransaction t = begin(readOnly);
      statementTx = t;
      statementHasDdl = ddl;
      try {
        T result = work.apply(t);
        lastCommitLsn = t.commit();
        if (statementHasDdl) {
          database.ddlCommitted();
        }
        return result;
      } catch (StorageException e) {
        throw StorageErrors.toSql(e);
      } finally {
        statementTx = null;
        statementHasDdl = false;
        t.rollback();
      }
    }
    StorageTransaction t = connectionTx();
    int savepoint = t.savepoint();
    statementTx = t;
    statementHasDdl = ddl;
    try {
      T result = work.apply(t);
      txHasDdl |= statementHasDdl;
      return result;
    } catch (RuntimeException e) {
      if (t.isActive()) {
        t.rollbackTo(savepoint);
      }
      throw e instanceof StorageException se ? StorageErrors.toSql(se) : e;
    } finally {
      statementTx = null;
      statementHasDdl = false;
    }
  }

  /**
   * The running statement changed the catalog as a side effect of writing data (a collection's
   * vector column taking its dimension): it is then treated like DDL, so this transaction reads
   * its own catalog and the plans cached before it go once it commits.
   */
  public void catalogChanged() {
    if (statementTx != null) {
      statementHasDdl = true;
    }
  }

  /** The catalog as the current statement or transaction sees it. */
  public CatalogSnapshot catalog() {
    if (statementTx != null) {
      return database.catalog(statementTx, statementHasDdl || txHasDdl);
    }
    if (autoCommit == false && tx != null && tx.isActive()) {
      return database.catalog(tx, txHasDdl);
    }
    try (StorageTransaction t = begin(true)) {
      return database.catalog(t, false);
    }
  }

  /** The catalog as {@code t} (the current statement's read transaction) sees it. */
  public CatalogSnapshot catalogIn(StorageTransaction t) {
    return database.catalog(t, txHasDdl || statementHasDdl);
  }

  /**
   * True the first time only: the caller then installs the SQL functions into this
   * connection's root schema. Deferred from connect to the first statement Calcite plans,
   * because creating them initializes Calcite's whole operator and implementor tables
   * (~600 classes), which a connection that only runs fast-path statements never needs.
   */
  public synchronized boolean claimFunctionInstall() {
    if (functionsInstalled) {
      return false;
    }
    functionsInstalled = true;
    return true;
  }

  /** Whether plans made now may be shared: not while this connection has uncommitted DDL. */
  public boolean seesSharedCatalog() {
    return (txHasDdl || statementHasDdl) == false;
  }

  public long commit() {
    if (tx == null || tx.isActive() == false) {
      tx = null;
      lastCommitLsn = database.storage().stats().walLsn();
      return lastCommitLsn;
    }
    try {
      long lsn = tx.commit();
      lastCommitLsn = lsn;
      if (txHasDdl) {
        database.ddlCommitted();
      }
      return lsn;
    } catch (StorageException e) {
      throw StorageErrors.toSql(e);
    } finally {
      tx = null;
      txHasDdl = false;
    }
  }

  public void rollback() {
    if (tx != null) {
      tx.rollback();
      tx = null;
      txHasDdl = false;
    }
  }

  /**
   * The LSN of this connection's latest commit: of its transaction ({@code Connection.commit()})
   * or, under auto-commit, of its latest writing statement; -1 before the first. A commit that
   * wrote nothing reports the LSN its snapshot was taken at.
   */
  public long lastCommitLsn() {
    return lastCommitLsn;
  }

  /** The connection's open transaction, if any: its id and its own savepoints. */
  public StorageTransaction currentTransaction() {
    return autoCommit ? null : connectionTx();
  }

  /** A savepoint of the connection's transaction: the transaction id and the write-set mark. */
  public record Savepoint(long transactionId, int mark) {}

  /** Marks the open transaction (JDBC {@code setSavepoint}); refused under auto-commit. */
  public Savepoint savepoint() {
    if (autoCommit) {
      throw new org.sochdb.adapter.error.SochSqlException("3B001",
          "savepoints need a transaction: call setAutoCommit(false) first");
    }
    StorageTransaction t = connectionTx();
    return new Savepoint(t.id(), t.savepoint());
  }

  /** Takes back everything done after {@code sp}; 3B001 if it belongs to another transaction. */
  public void rollbackTo(Savepoint sp) {
    if (autoCommit || tx == null || tx.isActive() == false || tx.id() != sp.transactionId()) {
      throw new org.sochdb.adapter.error.SochSqlException("3B001",
          "savepoint is no longer valid: its transaction has ended");
    }
    tx.rollbackTo(sp.mark());
  }

  /** Records the keys the last INSERT generated, for {@code Statement.getGeneratedKeys()}. */
  public void setGeneratedKeys(String column, List<Object[]> keys) {
    generatedKeyColumn = column;
    generatedKeys = keys;
  }

  public String generatedKeyColumn() {
    return generatedKeyColumn;
  }

  public List<Object[]> generatedKeys() {
    return generatedKeys;
  }

  /** Rolls back what is open and lets go of the database. */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      rollback();
    } finally {
      database.release();
    }
  }

  public boolean isClosed() {
    return closed;
  }
}
