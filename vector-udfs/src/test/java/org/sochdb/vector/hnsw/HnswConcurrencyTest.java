package org.sochdb.vector.hnsw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sochdb.vector.math.VectorSimilarity;

class HnswConcurrencyTest {

  @Test
  void addsAndSearchesFromSeveralThreads() throws Exception {
    int writers = 4;
    int perWriter = 1000;
    float[][] data = TestVectors.random(writers * perWriter, 24, 21);
    HnswIndex index = new HnswIndex(24, VectorSimilarity.EUCLIDEAN, 12, 80, 5);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    int[] ordinalOf = new int[data.length];
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger searches = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int first = w * perWriter;
      threads.add(new Thread(() -> {
        try {
          for (int i = first; i < first + perWriter; i++) {
            ordinalOf[i] = index.add(data[i]);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    for (int r = 0; r < 2; r++) {
      threads.add(new Thread(() -> {
        float[][] queries = TestVectors.random(50, 24, 22);
        try {
          while (writing.get()) {
            for (float[] q : queries) {
              int sizeBefore = index.size();
              TopHits hits = index.search(q, 10, 40, null);
              if (sizeBefore >= 20) {
                // At most one node per writer can be stored and not yet linked.
                assertEquals(10, hits.size());
              }
              for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.distances()[i - 1] <= hits.distances()[i]);
              }
              for (int ord : hits.ordinals()) {
                assertTrue(ord < index.size());
              }
              searches.incrementAndGet();
            }
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (int i = 0; i < writers; i++) {
      threads.get(i).join();
    }
    writing.set(false);
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), new ArrayList<>(failures));
    assertTrue(searches.get() > 0);
    assertEquals(data.length, index.size());
    BitSet ordinals = new BitSet();
    for (int ord : ordinalOf) {
      ordinals.set(ord);
    }
    assertEquals(data.length, ordinals.cardinality(), "every add got its own ordinal");
    float[][] byOrdinal = new float[data.length][];
    for (int i = 0; i < data.length; i++) {
      byOrdinal[ordinalOf[i]] = data[i];
    }
    assertEquals(data.length, reachableOnLevelZero(index), "every ordinal reachable");
    double recall = TestVectors.recall(index, byOrdinal, TestVectors.random(100, 24, 23), 10, 100, null);
    assertTrue(recall >= 0.95, "recall@10 after concurrent build " + recall);
  }

  @Test
  void bulkBuildOnTwoThreadsReachesEveryNode() {
    HnswIndex index = new HnswIndex(16, VectorSimilarity.EUCLIDEAN, 8, 60, 9);
    index.addAll(TestVectors.random(6000, 16, 31), 2);
    assertEquals(6000, reachableOnLevelZero(index));
  }

  static int reachableOnLevelZero(HnswIndex index) {
    GraphStore store = index.store;
    BitSet seen = new BitSet();
    int[] queue = new int[store.size()];
    int[] buffer = new int[2 * index.m() + 1];
    int head = 0;
    int tail = 0;
    queue[tail++] = EntryPoint.node(index.entry.get());
    seen.set(queue[0]);
    while (head < tail) {
      int n = store.readNeighbors(queue[head++], 0, buffer);
      for (int i = 0; i < n; i++) {
        if (!seen.get(buffer[i])) {
          seen.set(buffer[i]);
          queue[tail++] = buffer[i];
        }
      }
    }
    return tail;
  }
}
