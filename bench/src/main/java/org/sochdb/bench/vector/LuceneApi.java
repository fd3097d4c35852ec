package org.sochdb.bench.vector;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

/**
 * The few calls whose types changed between Lucene 9 and 10, looked up once by name so that one
 * benchmark source runs on either: on-heap vector values ({@code RandomAccessVectorValues} in 9,
 * {@code FloatVectorValues} in 10), the flat scorer taking them, and the package-private
 * {@code OnHeapHnswGraph} constructor a concurrent build starts from.
 */
final class LuceneApi {

  private static final Method FROM_FLOATS = fromFloats();
  private static final Method SUPPLIER = flatScorerMethod("getRandomVectorScorerSupplier", 2);
  private static final Method SCORER = flatScorerMethod("getRandomVectorScorer", 3);
  private static final Constructor<OnHeapHnswGraph> GRAPH = graphConstructor();

  private LuceneApi() {}

  static Object vectorValues(List<float[]> vectors, int dimension) throws Exception {
    return FROM_FLOATS.invoke(null, vectors, dimension);
  }

  static RandomVectorScorerSupplier supplier(VectorSimilarityFunction sim, Object values)
      throws Exception {
    return (RandomVectorScorerSupplier) SUPPLIER.invoke(DefaultFlatVectorScorer.INSTANCE, sim, values);
  }

  static RandomVectorScorer scorer(VectorSimilarityFunction sim, Object values, float[] query)
      throws Exception {
    return (RandomVectorScorer) SCORER.invoke(DefaultFlatVectorScorer.INSTANCE, sim, values, query);
  }

  static OnHeapHnswGraph emptyGraph(int m, int size) throws Exception {
    return GRAPH.newInstance(m, size);
  }

  private static Method fromFloats() {
    for (String type : new String[] {"org.apache.lucene.index.FloatVectorValues",
        "org.apache.lucene.util.hnsw.RandomAccessVectorValues"}) {
      try {
        return Class.forName(type).getMethod("fromFloats", List.class, int.class);
      } catch (ReflectiveOperationException e) {
        // Not this Lucene version's type; try the next.
      }
    }
    throw new IllegalStateException("no fromFloats(List, int) in this Lucene");
  }

  private static Method flatScorerMethod(String name, int params) {
    for (Method m : DefaultFlatVectorScorer.class.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == params
          && (params == 2 || m.getParameterTypes()[2] == float[].class)) {
        return m;
      }
    }
    throw new IllegalStateException("no " + name + " in DefaultFlatVectorScorer");
  }

  private static Constructor<OnHeapHnswGraph> graphConstructor() {
    try {
      Constructor<OnHeapHnswGraph> c = OnHeapHnswGraph.class.getDeclaredConstructor(int.class, int.class);
      c.setAccessible(true);
      return c;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
