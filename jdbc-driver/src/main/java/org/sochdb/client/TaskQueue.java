package org.sochdb.client;

/**
 * A priority queue with leases (enqueue, dequeue, ack, nack, stats, top k). Not supported yet:
 * {@link SochDB#queue} throws {@link UnsupportedOperationException}.
 */
public interface TaskQueue {
  /** The exception {@link SochDB#queue} throws while queues are not supported. */
  static UnsupportedOperationException notYet() {
    return new UnsupportedOperationException("priority queues are not supported yet");
  }
}
