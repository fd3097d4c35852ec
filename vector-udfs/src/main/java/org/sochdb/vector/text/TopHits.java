package org.sochdb.vector.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * The best {@code k} documents offered, best first, ties by docId unsigned ascending. A
 * document that cannot enter the current top k is dropped before its docId is copied or
 * {@code accept} is asked about it.
 */
final class TopHits {
  private record Candidate(float score, byte[] docId) {}

  /** Worst first: lower score, then the larger docId. */
  private static final Comparator<Candidate> WORST_FIRST =
      Comparator.comparingDouble(Candidate::score)
          .thenComparing(Candidate::docId, (a, b) -> Arrays.compareUnsigned(b, a));

  private final int k;
  private final Predicate<byte[]> accept;
  private final PriorityQueue<Candidate> heap = new PriorityQueue<>(WORST_FIRST);

  TopHits(int k, Predicate<byte[]> accept) {
    this.k = k;
    this.accept = accept;
  }

  void offer(float score, byte[] key, int docOffset) {
    if (heap.size() == k) {
      Candidate worst = heap.peek();
      if (score < worst.score()
          || score == worst.score()
              && Arrays.compareUnsigned(key, docOffset, key.length, worst.docId(), 0, worst.docId().length) > 0) {
        return;
      }
    }
    byte[] docId = Arrays.copyOfRange(key, docOffset, key.length);
    if (accept != null && accept.test(docId) == false) {
      return;
    }
    heap.add(new Candidate(score, docId));
    if (heap.size() > k) {
      heap.poll();
    }
  }

  List<Hit> best() {
    List<Candidate> all = new ArrayList<>(heap);
    all.sort(WORST_FIRST.reversed());
    List<Hit> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      out.add(new Hit(c.docId(), c.score()));
    }
    return out;
  }
}
