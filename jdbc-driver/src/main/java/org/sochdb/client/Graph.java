package org.sochdb.client;

/**
 * Seam for the seed's graph overlay and temporal graph (add_node, add_edge, traverse, edges at a
 * time). Its methods come with the graph issue (SURFACE.md section 6), over the {@code graph.*}
 * tables and {@code graph_*}/{@code temporal_*} functions; until then {@link SochDB#graph}
 * throws {@link UnsupportedOperationException}.
 */
public interface Graph {
  /** The exception the seam throws until the graph issue lands. */
  static UnsupportedOperationException notYet() {
    return new UnsupportedOperationException("the graph overlay comes with the graph issue (SURFACE.md section 6)");
  }
}
