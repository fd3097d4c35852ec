package org.sochdb.vector.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.error.VectorDimensionException;
import org.sochdb.adapter.exec.TableLayout;
import org.sochdb.adapter.spi.SearchIndex;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.vector.hnsw.HnswIndex;
import org.sochdb.vector.hnsw.TopHits;
import org.sochdb.vector.math.VectorSimilarity;

/**
 * The HNSW index of one VECTOR column, kept in step with the table's transactions.
 *
 * <p>Every row written adds a node to the graph at once, owned by the writing transaction
 * ({@link TxChanges}); a delete marks the old node for that transaction only. A search walks
 * the graph and accepts a node when the caller's snapshot sees it ({@link #visible}); nodes
 * that are invisible still route. While a transaction is between its commit's validation and
 * the moment its nodes learn their LSN, a search checks such a node against the row itself, so
 * no snapshot ever sees the index disagree with the table.
 *
 * <p>The graph and the node keys are written to two files beside the database when it closes.
 * Opening reads them back and reconciles them with a scan of the table (a crash leaves the
 * files of the last clean close): rows whose vector the files hold keep their node, others are
 * added, and nodes of rows gone are marked dead. Dead nodes stay in the graph as routes.
 */
public final class HnswTableIndex implements SearchIndex {
  /** {@code born}/{@code died} of what the opening scan found: committed before any snapshot open now. */
  private static final long RECONCILED = 1;

  private final Context context;
  private final HnswOptions options;
  private final int column;
  private final NodeStates nodes = new NodeStates();
  private final ConcurrentHashMap<ByteBuffer, int[]> byKey = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, TxChanges> open = new ConcurrentHashMap<>();
  private final AttributeIndex attributes;
  private final Object graphLock = new Object();
  private volatile HnswIndex graph;
  private final long openLsn;
  /** Changes committed since the files were last written. */
  private final AtomicLong changesSinceSave = new AtomicLong();
  private final AtomicBoolean saving = new AtomicBoolean();
  private volatile boolean closed;
  private static final int SAVE_EVERY = 50_000;
  /** One background writer for every index of the process: saving is I/O, not worth more threads. */
  private static final Executor SAVER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "sochdb-index-saver");
    t.setDaemon(true);
    return t;
  });

  HnswTableIndex(Context context) {
    this.context = context;
    this.options = HnswOptions.of(context.index().options());
    TableDef table = context.table();
    this.column = table.columnIndex(context.index().columns().get(0));
    this.attributes = new AttributeIndex(table, column);
    try (StorageTransaction tx = context.database().storage().begin(true)) {
      this.openLsn = tx.snapshotLsn();
      if (context.isNew()) {
        return;
      }
      IndexFiles.Loaded loaded = IndexFiles.read(context);
      if (loaded != null) {
        graph = loaded.graph();
      }
      reconcile(tx, loaded);
    }
  }

  /** The similarity the index ranks by. */
  public VectorSimilarity similarity() {
    return options.similarity();
  }

  /** The indexed column's position in the table's rows. */
  public int column() {
    return column;
  }

  /** How many nodes the graph holds, dead ones included. */
  public int nodeCount() {
    HnswIndex g = graph;
    return g == null ? 0 : g.size();
  }

  // ---------------------------------------------------------------- writes

  @Override
  public void insert(StorageTransaction tx, byte[] rowKey, Object[] row) {
    float[] v = (float[]) row[column];
    if (v == null) {
      return;
    }
    checkDirection(v, row);
    graph(v.length);
    changes(tx).defer(rowKey, row, tx.savepoint());
  }

  /**
   * Links the rows a transaction wrote since the last flush into the graph, on all cores when
   * there are many: a transaction that loads rows in bulk builds their part of the graph as
   * CREATE INDEX does. Runs before the transaction searches, deletes or commits.
   */
  private void flush(TxChanges changes) {
    List<TxChanges.Deferred> rows = changes.takeDeferred();
    if (rows.isEmpty()) {
      return;
    }
    List<byte[]> keys = new ArrayList<>(rows.size());
    List<Object[]> values = new ArrayList<>(rows.size());
    for (TxChanges.Deferred d : rows) {
      keys.add(d.key());
      values.add(d.row());
    }
    int first = addAll(values);
    for (int i = 0; i < rows.size(); i++) {
      own(changes, first + i, keys.get(i), values.get(i), rows.get(i).mark());
    }
  }

  /** Records a node just added as written by {@code changes}' transaction. */
  private void own(TxChanges changes, int ordinal, byte[] key, Object[] row, int mark) {
    nodes.register(ordinal, key, NodeStates.hash((float[]) row[column]), changes.owner());
    index(ordinal, key, row);
    changes.inserted(ordinal, mark);
  }

  @Override
  public void delete(StorageTransaction tx, byte[] rowKey, Object[] row) {
    if (row[column] == null) {
      return;
    }
    TxChanges changes = changes(tx);
    flush(changes);
    int[] ordinals = byKey.get(ByteBuffer.wrap(rowKey));
    if (ordinals == null) {
      return;
    }
    for (int i = ordinals.length - 1; i >= 0; i--) {
      if (visible(ordinals[i], tx, changes)) {
        changes.deleted(ordinals[i], tx.savepoint());
        return;
      }
    }
  }

  @Override
  public boolean changes(Object[] old, Object[] row) {
    return Arrays.equals((float[]) old[column], (float[]) row[column]) == false
        || attributes.differ(old, row);
  }

  @Override
  public void build(StorageTransaction tx) {
    TxChanges changes = changes(tx);
    int mark = tx.savepoint();
    context.scanRows(tx, (key, row) -> {
      if (row[column] instanceof float[] v) {
        checkDirection(v, row);
        changes.defer(key, row, mark);
      }
    });
    flush(changes);
  }


  @Override
  public void drop() {
    IndexFiles.delete(context);
  }

  @Override
  public void close() {
    closed = true;
    save();
  }

  /** Writes the files; one writer at a time, and never after the database closed. */
  private synchronized void save() {
    HnswIndex g = graph;
    if (g != null && context.file(".hnsw") != null) {
      changesSinceSave.set(0);
      IndexFiles.write(context, g, nodes);
    }
  }

  /**
   * A transaction ended. Once many changes committed since the files were written, they are
   * written again in the background, so a crash does not leave much to add back on reopen.
   */
  private void ended(long txId) {
    TxChanges c = open.remove(txId);
    if (c == null || c.state() != TxChanges.State.COMMITTED) {
      return;
    }
    long pending = changesSinceSave.addAndGet(c.size());
    if (pending >= Math.max(SAVE_EVERY, nodeCount() / 10) && saving.compareAndSet(false, true)) {
      SAVER.execute(() -> {
        try {
          if (closed == false) {
            save();
          }
        } finally {
          saving.set(false);
        }
      });
    }
  }

  private TxChanges changes(StorageTransaction tx) {
    return tx.attachment(this, () -> {
      TxChanges c = new TxChanges(tx.id(), nodes, this::flush, () -> ended(tx.id()));
      open.put(tx.id(), c);
      tx.addListener(c);
      return c;
    });
  }

  private void index(int ordinal, byte[] rowKey, Object[] row) {
    byKey.merge(ByteBuffer.wrap(rowKey), new int[] {ordinal}, (a, b) -> {
      int[] out = Arrays.copyOf(a, a.length + 1);
      out[a.length] = b[0];
      return out;
    });
    attributes.add(ordinal, row);
  }

  /**
   * The graph, made when the first vector shows its dimension. A collection whose dimension was
   * open takes it from its first committed vector: when every node so far was rolled back, a
   * vector of another length starts the graph afresh.
   */
  private HnswIndex graph(int dimension) {
    HnswIndex g = graph;
    if (g == null || g.dimension() != dimension) {
      synchronized (graphLock) {
        if (graph == null || (graph.dimension() != dimension && allDead(graph))) {
          byKey.clear();
          attributes.clear();
          graph = new HnswIndex(dimension, options.similarity(), options.m(), options.efConstruction(),
              context.index().id());
        }
        g = graph;
      }
    }
    if (g.dimension() != dimension) {
      throw new VectorDimensionException(g.dimension(), dimension, "index \"" + context.index().name() + "\"");
    }
    return g;
  }

  private boolean allDead(HnswIndex g) {
    for (int ordinal = 0; ordinal < g.size(); ordinal++) {
      if (nodes.born(ordinal) != NodeStates.DEAD) {
        return false;
      }
    }
    return true;
  }

  /** A cosine index ranks by direction, which an all-zero vector lacks: refused naming its row. */
  private void checkDirection(float[] v, Object[] row) {
    if (options.similarity() != VectorSimilarity.COSINE) {
      return;
    }
    for (float f : v) {
      if (f != 0) {
        return;
      }
    }
    StringBuilder key = new StringBuilder();
    for (String pk : context.table().primaryKey()) {
      key.append(key.length() == 0 ? "" : ", ").append(row[context.table().columnIndex(pk)]);
    }
    throw new SochSqlException("22000", "index \"" + context.index().name() + "\" uses cosine, which an all-zero "
        + "vector has no direction for: row (" + key + ") of table \"" + context.table().name() + "\"; "
        + "store NULL instead or index with another metric");
  }

  /**
   * Adds the rows' vectors on all cores under consecutive ordinals; returns the first. Their
   * direction was checked as they were written or scanned.
   */
  private int addAll(List<Object[]> rows) {
    float[][] vectors = new float[rows.size()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = (float[]) rows.get(i)[column];
    }
    HnswIndex g = graph(vectors[0].length);
    try {
      return g.addAll(vectors, Runtime.getRuntime().availableProcessors());
    } catch (IllegalArgumentException e) {
      throw new SochSqlException("22000", "index \"" + context.index().name() + "\": " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- reads

  /** One result: the row's key and its distance to the query. */
  public record Hit(byte[] rowKey, float distance) {}

  /**
   * The {@code k} rows nearest to {@code query} that {@code tx} sees and {@code filter} accepts,
   * nearest first. A selective filter is answered exactly from its matching nodes; otherwise the
   * graph search skips non-matching nodes as it goes, so k rows come back whenever k match.
   */
  public List<Hit> search(StorageTransaction tx, float[] query, int k, int ef, MetadataFilter filter) {
    HnswIndex g = graph;
    if (g == null || k <= 0) {
      return List.of();
    }
    if (query.length != g.dimension()) {
      throw new VectorDimensionException(g.dimension(), query.length, "index \"" + context.index().name() + "\"");
    }
    TxChanges own = open.get(tx.id());
    if (own != null) {
      flush(own);
    }
    IntPredicate visible = ordinal -> visible(ordinal, tx, own);
    TopHits hits;
    if (filter == null) {
      hits = g.search(query, k, Math.max(ef, k), visible);
    } else {
      BitSet matching = attributes.matching(filter, this::nodesOfKeys);
      if (Selectivity.exact(matching.cardinality(), g.size(), k, ef)) {
        hits = g.exact(query, k, matching.stream().filter(visible).toArray());
      } else {
        hits = g.search(query, k, Math.max(ef, k), ordinal -> matching.get(ordinal) && visible.test(ordinal));
        if (hits.size() < k) {
          hits = g.exact(query, k, matching.stream().filter(visible).toArray());
        }
      }
    }
    if (filter == null && hits.size() < k && hits.size() < g.size()) {
      hits = g.exact(query, k, visible);
    }
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      out.add(new Hit(nodes.key(hits.ordinals()[i]), hits.distances()[i]));
    }
    return out;
  }

  /** Sets the nodes of the rows whose one-column primary key has one of {@code values} (canonical, see {@link Attributes}). */
  private void nodesOfKeys(Set<String> values, BitSet into) {
    TableLayout layout = new TableLayout(context.table());
    for (String value : values) {
      Object key = Attributes.value(value, layout.pkTypes[0]);
      if (key == null) {
        continue;
      }
      int[] ordinals = byKey.get(ByteBuffer.wrap(layout.rowKeyOf(new Object[] {key})));
      if (ordinals != null) {
        for (int ordinal : ordinals) {
          into.set(ordinal);
        }
      }
    }
  }

  /** Whether the snapshot of {@code tx}, with its own changes {@code own}, sees node {@code ordinal}. */
  private boolean visible(int ordinal, StorageTransaction tx, TxChanges own) {
    long snapshot = tx.snapshotLsn();
    boolean checkRow = false;
    long born = nodes.born(ordinal);
    if (born == 0 || born == NodeStates.DEAD) {
      return false;
    } else if (born == RECONCILED) {
      checkRow = snapshot < openLsn;
    } else if (born > 0) {
      if (born - 1 > snapshot) {
        return false;
      }
    } else if (own == null || born != own.owner()) {
      TxChanges writer = open.get(-born);
      if (writer == null) {
        return nodes.born(ordinal) != born && visible(ordinal, tx, own); // settled meanwhile
      }
      switch (writer.state()) {
        case OPEN, ROLLED_BACK -> {
          return false;
        }
        case COMMITTING -> checkRow = true;
        case COMMITTED -> {
          if (writer.lsn() > snapshot) {
            return false;
          }
        }
      }
    }
    if (own != null && own.hides(ordinal)) {
      return false;
    }
    long died = nodes.died(ordinal);
    if (died == RECONCILED) {
      checkRow |= snapshot < openLsn;
      if (checkRow == false) {
        return false;
      }
    } else if (died > 0) {
      if (died - 1 <= snapshot) {
        return false;
      }
    } else if (died < 0) {
      TxChanges deleter = open.get(-died);
      if (deleter == null) {
        return nodes.died(ordinal) != died && visible(ordinal, tx, own);
      }
      if (deleter.state() == TxChanges.State.COMMITTING) {
        checkRow = true;
      } else if (deleter.state() == TxChanges.State.COMMITTED && deleter.lsn() <= snapshot) {
        return false;
      }
    }
    return checkRow == false || rowHolds(ordinal, tx);
  }

  /** Whether the row {@code tx} sees under the node's key holds the node's vector. */
  private boolean rowHolds(int ordinal, StorageTransaction tx) {
    byte[] value = tx.get(nodes.key(ordinal));
    if (value == null) {
      return false;
    }
    Object[] row = new TableLayout(context.table(tx)).decodeRow(value);
    return row[column] instanceof float[] v && NodeStates.hash(v) == nodes.hash(ordinal);
  }


  // ---------------------------------------------------------------- opening

  /**
   * Brings what the files held in line with the table as {@code tx} sees it; without files,
   * builds the graph from the rows on all cores.
   */
  private void reconcile(StorageTransaction tx, IndexFiles.Loaded loaded) {
    if (loaded != null) {
      for (int ordinal = 0; ordinal < loaded.keys().length; ordinal++) {
        byte[] key = loaded.keys()[ordinal];
        nodes.register(ordinal, key, loaded.hashes()[ordinal], key == null ? NodeStates.DEAD : RECONCILED);
        if (key != null) {
          byKey.put(ByteBuffer.wrap(key), new int[] {ordinal});
        }
      }
    }
    BitSet kept = new BitSet();
    List<byte[]> newKeys = new ArrayList<>();
    List<Object[]> newRows = new ArrayList<>();
    context.scanRows(tx, (key, row) -> {
      if (!(row[column] instanceof float[] v)) {
        return;
      }
      int[] known = byKey.get(ByteBuffer.wrap(key));
      if (known != null && nodes.hash(known[0]) == NodeStates.hash(v)) {
        kept.set(known[0]);
        attributes.add(known[0], row);
      } else {
        newKeys.add(key);
        newRows.add(row);
      }
    });
    if (loaded != null) {
      for (int ordinal = 0; ordinal < loaded.keys().length; ordinal++) {
        if (loaded.keys()[ordinal] != null && kept.get(ordinal) == false) {
          nodes.setDied(ordinal, RECONCILED);
        }
      }
    }
    if (newRows.isEmpty() == false) {
      int first = addAll(newRows);
      for (int i = 0; i < newRows.size(); i++) {
        Object[] row = newRows.get(i);
        nodes.register(first + i, newKeys.get(i), NodeStates.hash((float[]) row[column]), RECONCILED);
        index(first + i, newKeys.get(i), row);
      }
    }
  }
}
