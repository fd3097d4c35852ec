package org.sochdb.client;

/**
 * The graph overlay and temporal graph of a database (add a node or an edge, traverse, edges at a
 * time). Not supported yet: {@link SochDB#graph} throws {@link UnsupportedOperationException}.
 */
public interface Graph {
  /** The exception {@link SochDB#graph} throws while graphs are not supported. */
  static UnsupportedOperationException notYet() {
    return new UnsupportedOperationException("the graph overlay is not supported yet");
  }
}
