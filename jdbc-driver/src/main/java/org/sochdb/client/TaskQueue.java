package org.sochdb.client;

/**
 * Seam for the seed's priority queue (enqueue, dequeue, ack, nack, stats, top_k). Its methods
 * come with the priority queue issue (SURFACE.md section 5), over the {@code queue_*} SQL
 * functions; until then {@link SochDB#queue} throws {@link UnsupportedOperationException}.
 */
public interface TaskQueue {
  /** The exception the seam throws until the queue issue lands. */
  static UnsupportedOperationException notYet() {
    return new UnsupportedOperationException("priority queues come with the queue issue (SURFACE.md section 5)");
  }
}
