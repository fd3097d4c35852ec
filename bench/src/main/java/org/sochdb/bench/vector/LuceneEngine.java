package org.sochdb.bench.vector;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntPredicate;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.hnsw.HnswConcurrentMergeBuilder;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

/**
 * Lucene's HNSW at the {@code util.hnsw} level: the graph Lucene's codec builds
 * ({@code HnswGraphBuilder}, or {@code HnswConcurrentMergeBuilder} on several threads) over
 * on-heap float vectors, searched by {@code HnswGraphSearcher} with a {@code TopKnnCollector} of
 * {@code ef} entries. The vectors are unit length, so Lucene compares them with its dot product,
 * the same arithmetic SochDB's cosine uses on its normalized copies.
 */
final class LuceneEngine implements VectorEngine {

  private static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

  private final int m;
  private final int efConstruction;
  private final long seed;
  private Object values;
  private OnHeapHnswGraph graph;
  private int size;
  private int dimension;

  LuceneEngine(int m, int efConstruction, long seed) {
    this.m = m;
    this.efConstruction = efConstruction;
    this.seed = seed;
  }

  @Override
  public String name() {
    return "Lucene";
  }

  @Override
  public void build(float[][] data, int threads) throws Exception {
    size = data.length;
    dimension = data[0].length;
    values = LuceneApi.vectorValues(Arrays.asList(data), dimension);
    RandomVectorScorerSupplier supplier = LuceneApi.supplier(SIMILARITY, values);
    if (threads == 1) {
      graph = HnswGraphBuilder.create(supplier, m, efConstruction, seed, size).build(size);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      graph = new HnswConcurrentMergeBuilder(new TaskExecutor(pool), threads, supplier, m,
          efConstruction, LuceneApi.emptyGraph(m, size), null).build(size);
    } finally {
      pool.shutdown();
    }
  }

  @Override
  public int[] search(float[] query, int k, int ef, IntPredicate accept) throws Exception {
    TopKnnCollector collector = new TopKnnCollector(Math.max(k, ef), Integer.MAX_VALUE);
    Bits bits = accept == null ? null : new Bits() {
      @Override
      public boolean get(int index) {
        return accept.test(index);
      }

      @Override
      public int length() {
        return size;
      }
    };
    HnswGraphSearcher.search(LuceneApi.scorer(SIMILARITY, values, query), collector, graph, bits);
    ScoreDoc[] docs = collector.topDocs().scoreDocs;
    int[] top = new int[Math.min(k, docs.length)];
    for (int i = 0; i < top.length; i++) {
      top[i] = docs[i].doc;
    }
    return top;
  }

  @Override
  public long graphBytes() {
    return graph.ramBytesUsed();
  }

  @Override
  public long totalBytes() {
    // One float[] per vector (16-byte header) and the list's reference array.
    return graph.ramBytesUsed() + (long) size * (16 + 4L * dimension) + 16 + 4L * size;
  }
}
