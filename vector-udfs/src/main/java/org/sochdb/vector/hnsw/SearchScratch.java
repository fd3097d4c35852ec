package org.sochdb.vector.hnsw;

/**
 * One thread's reusable search state, so that a search or an insertion allocates nothing but its
 * answer: the visited set, both queues, a neighbour buffer and, for insertions, the candidates
 * found on each level and the diverse selection among them.
 */
final class SearchScratch {

  final VisitedSet visited = new VisitedSet();
  final NodeQueue candidates = new NodeQueue(256, false);
  final NodeQueue results = new NodeQueue(256, true);
  final NeighborList list = new NeighborList();
  final int[] neighbors;
  final float[] query;
  final int[] entryPoints = new int[1];
  final int[] selected;
  final float[] selectedCosts;
  private int[][] levelNodes = new int[1][];
  private float[][] levelCosts = new float[1][];
  private final int[] levelCounts = new int[LevelGenerator.MAX_LEVEL + 1];

  SearchScratch(int dimension, int maxConn0) {
    neighbors = new int[maxConn0 + 1];
    query = new float[dimension];
    selected = new int[maxConn0];
    selectedCosts = new float[maxConn0];
  }

  /**
   * Moves the results queue, nearest first, into the candidate arrays of {@code level}.
   *
   * @return how many
   */
  int drainResults(int level) {
    if (level >= levelNodes.length) {
      levelNodes = java.util.Arrays.copyOf(levelNodes, level + 1);
      levelCosts = java.util.Arrays.copyOf(levelCosts, level + 1);
    }
    int n = results.size();
    if (levelNodes[level] == null || levelNodes[level].length < n) {
      levelNodes[level] = new int[Math.max(n, 16)];
      levelCosts[level] = new float[Math.max(n, 16)];
    }
    int[] nodes = levelNodes[level];
    float[] costs = levelCosts[level];
    for (int i = n - 1; i >= 0; i--) {
      long key = results.popKey();
      nodes[i] = NodeQueue.node(key);
      costs[i] = NodeQueue.distance(key);
    }
    levelCounts[level] = n;
    return n;
  }

  int[] levelNodes(int level) {
    return levelNodes[level];
  }

  float[] levelCosts(int level) {
    return levelCosts[level];
  }

  int levelCount(int level) {
    return levelCounts[level];
  }
}
