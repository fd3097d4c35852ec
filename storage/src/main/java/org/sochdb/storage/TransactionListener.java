package org.sochdb.storage;

/**
 * A hook through which a secondary structure (a vector or full-text index, a queue's
 * in-memory heap) follows one transaction: it may add writes before the commit, applies its
 * own pending changes after it, and forgets them on rollback.
 */
public interface TransactionListener {
  /** Called before validation; the transaction is still writable. */
  default void beforeCommit(StorageTransaction tx) {}

  /** Called once the commit is visible to new transactions. */
  default void afterCommit(StorageTransaction tx, long lsn) {}

  /** Called after a rollback, or after a commit failed and took the transaction back. */
  default void afterRollback(StorageTransaction tx) {}

  /** Called after {@link StorageTransaction#rollbackTo}; state newer than {@code savepoint} is void. */
  default void afterRollbackTo(StorageTransaction tx, int savepoint) {}
}
