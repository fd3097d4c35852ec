package org.sochdb.client;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntPredicate;
import org.sochdb.vector.hnsw.HnswIndex;
import org.sochdb.vector.hnsw.TopHits;
import org.sochdb.vector.math.VectorSimilarity;

/**
 * An in-memory HNSW index of vectors under string ids, without a database: built, searched,
 * saved to a file and loaded again.
 *
 * <pre>{@code
 * VectorIndex index = new VectorIndex(128, "cosine", 16, 100);
 * index.insertBatch(ids, vectors);
 * List<VectorHit> hits = index.search(query, 10, 64);
 * index.save(Path.of("vectors.hnsw"));
 * }</pre>
 *
 * The graph never unlinks a node: a deleted id's node stays and routes searches but is never
 * returned, and inserting an id again adds a new node and hides the old one. Thread-safe:
 * searches run concurrently, writes one at a time.
 */
public final class VectorIndex {
  /** Fixes every node's level, so equal inputs inserted one by one build equal graphs. */
  private static final long SEED = 42;

  private final HnswIndex graph;
  private final List<String> ids;
  private final BitSet deleted;
  private final Map<String, Integer> live = new HashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  /**
   * An empty index.
   *
   * @param metric {@code cosine}, {@code euclidean} or {@code dot}
   * @param m neighbours per node (twice that on the bottom level), e.g. 16
   * @param efConstruction candidates kept while linking a new node, e.g. 100
   */
  public VectorIndex(int dimension, String metric, int m, int efConstruction) {
    this(new HnswIndex(dimension, VectorSimilarity.parse(metric), m, efConstruction, SEED), new ArrayList<>(),
        new BitSet());
  }

  private VectorIndex(HnswIndex graph, List<String> ids, BitSet deleted) {
    this.graph = graph;
    this.ids = ids;
    this.deleted = deleted;
    for (int i = 0; i < ids.size(); i++) {
      if (deleted.get(i) == false) {
        live.put(ids.get(i), i);
      }
    }
  }

  /** Adds a vector under {@code id}, replacing the vector the id had. */
  public void insert(String id, float[] vector) {
    lock.writeLock().lock();
    try {
      int ord = graph.add(vector);
      record(id, ord);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Adds vectors under their ids, linking them on every core. All are checked before any is
   * added; a repeated id keeps its last vector.
   */
  public void insertBatch(List<String> batchIds, float[][] vectors) {
    insertBatch(batchIds, vectors, Runtime.getRuntime().availableProcessors());
  }

  /** {@link #insertBatch(List, float[][])} linking on {@code threads} threads. */
  public void insertBatch(List<String> batchIds, float[][] vectors, int threads) {
    if (batchIds.size() != vectors.length) {
      throw new IllegalArgumentException(batchIds.size() + " ids for " + vectors.length + " vectors");
    }
    lock.writeLock().lock();
    try {
      int first = graph.addAll(vectors, threads);
      for (int i = 0; i < vectors.length; i++) {
        record(batchIds.get(i), first + i);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void record(String id, int ord) {
    while (ids.size() < ord) { // an add that failed part way left nodes without ids: hide them
      deleted.set(ids.size());
      ids.add("");
    }
    ids.add(id);
    Integer old = live.put(id, ord);
    if (old != null) {
      deleted.set(old);
    }
  }

  /** Removes {@code id}; whether it was there. */
  public boolean delete(String id) {
    lock.writeLock().lock();
    try {
      Integer ord = live.remove(id);
      if (ord != null) {
        deleted.set(ord);
      }
      return ord != null;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * The {@code k} ids nearest {@code query}, nearest first.
   *
   * @param efSearch candidates kept (raised to k); larger finds more of the true nearest, slower
   */
  public List<VectorHit> search(float[] query, int k, int efSearch) {
    lock.readLock().lock();
    try {
      IntPredicate accept = deleted.isEmpty() ? null : ord -> deleted.get(ord) == false;
      TopHits top = graph.search(query, k, efSearch, accept);
      List<VectorHit> out = new ArrayList<>(top.size());
      for (int i = 0; i < top.size(); i++) {
        out.add(new VectorHit(ids.get(top.ordinals()[i]), top.distances()[i]));
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The number of ids in the index. */
  public int size() {
    lock.readLock().lock();
    try {
      return live.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The vectors' length. */
  public int dimension() {
    return graph.dimension();
  }

  /** The distance: {@code cosine}, {@code euclidean} or {@code dot}. */
  public String metric() {
    return graph.similarity().sqlName();
  }

  /** Neighbours per node. */
  public int m() {
    return graph.m();
  }

  /** Candidates kept while linking a node. */
  public int efConstruction() {
    return graph.efConstruction();
  }

  /**
   * Writes the index to {@code file} and its ids to {@code file.ids}, each atomically and with a
   * checksum.
   */
  public void save(Path file) throws IOException {
    lock.readLock().lock();
    try {
      graph.writeTo(file);
      VectorIndexIds.write(VectorIndexIds.sidecar(file), ids, deleted);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Reads an index written by {@link #save}; an IOException naming the file when one is missing or damaged. */
  public static VectorIndex load(Path file) throws IOException {
    Path sidecar = VectorIndexIds.sidecar(file);
    for (Path p : List.of(file, sidecar)) {
      if (p.toFile().isFile() == false) {
        throw new NoSuchFileException(p.toString(), null, "no such file");
      }
    }
    HnswIndex graph = HnswIndex.readFrom(file);
    List<String> ids = new ArrayList<>();
    BitSet deleted = new BitSet();
    VectorIndexIds.read(sidecar, ids, deleted);
    if (ids.size() != graph.size()) {
      throw new IOException(sidecar + ": holds " + ids.size() + " ids but " + file + " holds " + graph.size()
          + " vectors; save the index again");
    }
    return new VectorIndex(graph, ids, deleted);
  }
}
