package org.sochdb.vector.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.TransactionListener;

/**
 * One transaction's changes to one vector index: the rows it wrote that wait to be linked into
 * the graph, the nodes it added (in the graph, visible to it alone) and the nodes it deleted
 * (hidden from it alone), each with the write
 * position it happened at, so a savepoint rollback takes back exactly the later ones. It
 * follows the transaction as a listener and settles the nodes' states when it ends.
 */
final class TxChanges implements TransactionListener {
  enum State { OPEN, COMMITTING, COMMITTED, ROLLED_BACK }

  private record Change(int ordinal, boolean insert, int mark) {}

  /** A row written but not linked into the graph yet. */
  record Deferred(byte[] key, Object[] row, int mark) {}

  private final long txId;
  private final NodeStates nodes;
  private final Runnable onEnd;
  private final java.util.function.Consumer<TxChanges> flush;
  private final List<Change> changes = new ArrayList<>();
  private List<Deferred> deferred = new ArrayList<>();
  private final Set<Integer> deleted = new HashSet<>();
  private volatile State state = State.OPEN;
  private volatile long lsn = -1;

  /** @param flush links the deferred rows into the graph (through {@link #takeDeferred}) */
  TxChanges(long txId, NodeStates nodes, java.util.function.Consumer<TxChanges> flush, Runnable onEnd) {
    this.txId = txId;
    this.nodes = nodes;
    this.flush = flush;
    this.onEnd = onEnd;
  }

  void defer(byte[] key, Object[] row, int mark) {
    deferred.add(new Deferred(key, row, mark));
  }

  /** The rows written since the last call, oldest first. */
  List<Deferred> takeDeferred() {
    List<Deferred> out = deferred;
    deferred = new ArrayList<>();
    return out;
  }

  State state() {
    return state;
  }

  /** The commit's LSN once {@link State#COMMITTED}. */
  long lsn() {
    return lsn;
  }

  /** How many nodes this transaction added or deleted. */
  int size() {
    return changes.size();
  }

  /** The value a node's {@code born} or {@code died} holds while this transaction owns it. */
  long owner() {
    return -txId;
  }

  void inserted(int ordinal, int mark) {
    changes.add(new Change(ordinal, true, mark));
  }

  void deleted(int ordinal, int mark) {
    changes.add(new Change(ordinal, false, mark));
    deleted.add(ordinal);
  }

  /** Whether this transaction deleted the node (only its own thread asks). */
  boolean hides(int ordinal) {
    return deleted.contains(ordinal);
  }

  @Override
  public void beforeCommit(StorageTransaction tx) {
    flush.accept(this);
    state = State.COMMITTING;
    for (Change c : changes) {
      if (c.insert() == false) {
        nodes.casDied(c.ordinal(), 0, owner());
      }
    }
  }

  @Override
  public void afterCommit(StorageTransaction tx, long commitLsn) {
    lsn = commitLsn;
    state = State.COMMITTED;
    for (Change c : changes) {
      if (c.insert()) {
        nodes.setBorn(c.ordinal(), commitLsn + 1);
      } else {
        nodes.setDied(c.ordinal(), commitLsn + 1);
      }
    }
    onEnd.run();
  }

  @Override
  public void afterRollback(StorageTransaction tx) {
    state = State.ROLLED_BACK;
    deferred.clear();
    for (Change c : changes) {
      if (c.insert()) {
        nodes.setBorn(c.ordinal(), NodeStates.DEAD);
      } else {
        nodes.casDied(c.ordinal(), owner(), 0);
      }
    }
    onEnd.run();
  }

  @Override
  public void afterRollbackTo(StorageTransaction tx, int savepoint) {
    deferred.removeIf(d -> d.mark() > savepoint);
    for (int i = changes.size() - 1; i >= 0 && changes.get(i).mark() > savepoint; i--) {
      Change c = changes.remove(i);
      if (c.insert()) {
        nodes.setBorn(c.ordinal(), NodeStates.DEAD);
      } else {
        deleted.remove(c.ordinal());
      }
    }
  }
}
