package org.sochdb.vector.hnsw;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.sochdb.vector.math.VectorSimilarity;

/**
 * An in-memory HNSW graph over float vectors of one dimension, addressed by dense ordinals
 * (0, 1, 2, ... in the order adds start).
 *
 * <p>Thread-safe: adds may run beside other adds and searches, and a node is found by searches
 * once its add has returned. Levels follow {@code mL = 1 / ln(M)}; a node keeps at most {@code 2M}
 * neighbours on level 0 and {@code M} above, chosen and pruned with the diversity heuristic of
 * the HNSW paper as Lucene applies it. For {@link VectorSimilarity#COSINE} the index stores
 * unit-length copies and compares them by dot product; reported distances are still exact cosine
 * distances.
 */
public final class HnswIndex {

  private static final int BULK_BATCH = 64;

  /**
   * A batch at least this large ends by linking nodes that pruning left unreachable
   * ({@link GraphRepair}); smaller ones leave that to the next large one, since the walk over
   * the whole graph would cost more than they do.
   */
  private static final int REPAIR_BATCH = 1024;

  private final int dimension;
  private final VectorSimilarity similarity;
  private final int m;
  private final int efConstruction;
  private final long seed;
  private final Metric metric;
  private final LevelGenerator levels;
  final GraphStore store;
  final EntryPoint entry = new EntryPoint();
  private final GraphInserter inserter;
  private final ThreadLocal<SearchScratch> scratch;

  /**
   * An empty index.
   *
   * @param m neighbours per node on upper levels (twice that on level 0), e.g. 16
   * @param efConstruction candidates kept while linking a new node, e.g. 100
   * @param seed fixes every node's level, so equal inputs build equal graphs single-threaded
   */
  public HnswIndex(int dimension, VectorSimilarity similarity, int m, int efConstruction, long seed) {
    if (dimension <= 0) {
      throw new IllegalArgumentException("dimension must be positive, got " + dimension);
    }
    if (m < 2 || m > 512) {
      throw new IllegalArgumentException("m must be between 2 and 512, got " + m);
    }
    if (efConstruction < 1) {
      throw new IllegalArgumentException("efConstruction must be positive, got " + efConstruction);
    }
    if (similarity == null) {
      throw new IllegalArgumentException("similarity is null");
    }
    this.dimension = dimension;
    this.similarity = similarity;
    this.m = m;
    this.efConstruction = efConstruction;
    this.seed = seed;
    this.metric = new Metric(similarity);
    this.levels = new LevelGenerator(seed, m);
    this.store = new GraphStore(dimension, m, metric);
    this.inserter = new GraphInserter(store, entry, efConstruction);
    this.scratch = ThreadLocal.withInitial(() -> new SearchScratch(dimension, 2 * m));
  }

  /**
   * Adds a vector (copied) and links it into the graph.
   *
   * @return its ordinal
   * @throws IllegalArgumentException for a wrong dimension, a NaN or infinite component, or a zero
   *     vector under cosine
   */
  public int add(float[] vector) {
    float scale = VectorChecks.check(vector, dimension, similarity, "vector");
    int ord = store.append(new float[][] {vector}, new float[] {scale}, levels);
    inserter.insert(ord, scratch.get());
    return ord;
  }

  /**
   * Adds vectors under consecutive ordinals, linking them on {@code threads} threads. Every vector
   * is checked before any is added.
   *
   * @return the ordinal of {@code vectors[0]}; the others follow it
   * @throws IllegalArgumentException naming the first refused vector by its index in {@code vectors}
   */
  public int addAll(float[][] vectors, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, got " + threads);
    }
    float[] scales = new float[vectors.length];
    for (int i = 0; i < vectors.length; i++) {
      scales[i] = VectorChecks.check(vectors[i], dimension, similarity, "vectors[" + i + "]");
    }
    int first = store.append(vectors, scales, levels);
    int end = first + vectors.length;
    AtomicInteger next = new AtomicInteger(first);
    Runnable work = () -> {
      SearchScratch s = scratch.get();
      for (int start; (start = next.getAndAdd(BULK_BATCH)) < end; ) {
        for (int ord = start, stop = Math.min(end, start + BULK_BATCH); ord < stop; ord++) {
          inserter.insert(ord, s);
        }
      }
    };
    runOnThreads(work, Math.min(threads, Math.max(1, vectors.length / BULK_BATCH)));
    if (vectors.length >= REPAIR_BATCH) {
      GraphRepair.connect(this);
    }
    return first;
  }

  private static void runOnThreads(Runnable work, int threads) {
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int i = 1; i < threads; i++) {
      Thread t = new Thread(work, "hnsw-build-" + i);
      t.setDaemon(true);
      t.setUncaughtExceptionHandler((th, e) -> {
        synchronized (failures) {
          failures.add(e);
        }
      });
      t.start();
      workers.add(t);
    }
    work.run();
    boolean interrupted = false;
    for (Thread t : workers) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (!failures.isEmpty()) {
      RuntimeException e = new IllegalStateException("a build thread failed", failures.get(0));
      failures.stream().skip(1).forEach(e::addSuppressed);
      throw e;
    }
  }

  /**
   * The {@code k} accepted ordinals nearest {@code query}, nearest first.
   *
   * @param ef candidates kept on level 0 (raised to {@code k}); larger finds more of the true
   *     nearest at a higher cost
   * @param accept ordinals that may be returned, or null for all; rejected nodes still route the
   *     search, which goes on until it holds {@code ef} accepted nodes when the graph has them
   */
  public TopHits search(float[] query, int k, int ef, IntPredicate accept) {
    checkK(k);
    SearchScratch s = scratch.get();
    float[] q = prepareQuery(query, s);
    long e = entry.get();
    if (e == EntryPoint.EMPTY) {
      return new TopHits(new int[0], new float[0]);
    }
    int ep = EntryPoint.node(e);
    for (int l = EntryPoint.level(e); l > 0; l--) {
      ep = GraphSearcher.greedy(store, q, ep, l, s);
    }
    s.entryPoints[0] = ep;
    GraphSearcher.searchLevel(store, q, s.entryPoints, 1, Math.max(k, ef), 0, accept, s);
    return topHits(s.results, k);
  }

  /** The {@code k} accepted ordinals nearest {@code query} by comparing it with every vector. */
  public TopHits exact(float[] query, int k, IntPredicate accept) {
    checkK(k);
    SearchScratch s = scratch.get();
    float[] q = prepareQuery(query, s);
    NodeQueue results = s.results;
    results.clear();
    for (int ord = 0, n = store.size(); ord < n; ord++) {
      if (accept == null || accept.test(ord)) {
        results.offer(store.cost(q, ord), ord, k);
      }
    }
    return topHits(results, k);
  }

  /**
   * The {@code k} ordinals among {@code ordinals} nearest {@code query}, by comparing it with each.
   *
   * @throws IllegalArgumentException when an ordinal is not in the index
   */
  public TopHits exact(float[] query, int k, int[] ordinals) {
    checkK(k);
    SearchScratch s = scratch.get();
    float[] q = prepareQuery(query, s);
    NodeQueue results = s.results;
    results.clear();
    VisitedSet seen = s.visited;
    seen.clear();
    int n = store.size();
    for (int ord : ordinals) {
      if (ord < 0 || ord >= n) {
        throw new IllegalArgumentException("ordinal " + ord + " is not in the index (size " + n + ")");
      }
      if (seen.visit(ord)) {
        results.offer(store.cost(q, ord), ord, k);
      }
    }
    return topHits(results, k);
  }

  private static void checkK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive, got " + k);
    }
  }

  private float[] prepareQuery(float[] query, SearchScratch s) {
    float scale = VectorChecks.check(query, dimension, similarity, "query");
    VectorChecks.scaleInto(query, scale, s.query, 0);
    return s.query;
  }

  private TopHits topHits(NodeQueue results, int k) {
    while (results.size() > k) {
      results.popKey();
    }
    int n = results.size();
    int[] ords = new int[n];
    float[] distances = new float[n];
    for (int i = n - 1; i >= 0; i--) {
      long key = results.popKey();
      ords[i] = NodeQueue.node(key);
      distances[i] = metric.distance(NodeQueue.distance(key));
    }
    return new TopHits(ords, distances);
  }

  /** A copy of the stored vector: unit length under cosine, as given otherwise. */
  public float[] vector(int ordinal) {
    int n = store.size();
    if (ordinal < 0 || ordinal >= n) {
      throw new IllegalArgumentException("ordinal " + ordinal + " is not in the index (size " + n + ")");
    }
    float[] out = new float[dimension];
    store.copyVector(ordinal, out);
    return out;
  }

  /** Number of vectors stored, including those whose add is still linking them. */
  public int size() {
    return store.size();
  }

  public int dimension() {
    return dimension;
  }

  public VectorSimilarity similarity() {
    return similarity;
  }

  public int m() {
    return m;
  }

  public int efConstruction() {
    return efConstruction;
  }

  long seed() {
    return seed;
  }

  /** Estimated heap bytes held by the index: vectors, links, levels and locks. */
  public long ramBytesUsed() {
    return 64 + store.ramBytesUsed();
  }

  /**
   * Writes the first {@link #size()} nodes as of this call to {@code file}, atomically: a
   * temporary file in the same directory, forced to disk, then renamed. Adds and searches may go
   * on meanwhile; links to nodes added later are left out.
   */
  public void writeTo(Path file) throws IOException {
    HnswFileWriter.write(this, file);
  }

  /**
   * Reads an index written by {@link #writeTo}.
   *
   * @throws IOException when the file is not an index file, has another format version, is
   *     truncated or fails its checksum
   */
  public static HnswIndex readFrom(Path file) throws IOException {
    return HnswFileReader.read(file);
  }
}
