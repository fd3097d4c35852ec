package org.sochdb.vector.hnsw;

import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;

/**
 * The nodes of one graph: vectors, levels and neighbour lists in {@link NodeBlock}s, and the
 * striped locks that guard the lists. Lists are written under the owner's write lock and read
 * optimistically: a reader copies the list and keeps the copy only if no writer ran meanwhile,
 * which costs readers no atomic writes while the graph is not changing.
 *
 * <p>Stored ids carry a flag in their sign bit: set on a back-link that has not yet been checked
 * for diversity against the rest of its list, cleared when the list is next pruned.
 */
final class GraphStore {

  static final int UNCHECKED = 0x80000000;
  private static final int LOCK_STRIPES = 1024;

  final int dimension;
  final int maxConn0;
  final int maxConn;
  private final int slot0;
  private final int slotUp;
  private final Metric metric;
  private final StampedLock[] locks = new StampedLock[LOCK_STRIPES];
  private final Object appendLock = new Object();
  private volatile NodeBlock[] blocks = new NodeBlock[0];
  private volatile int size;

  GraphStore(int dimension, int m, Metric metric) {
    this.dimension = dimension;
    this.maxConn0 = 2 * m;
    this.maxConn = m;
    this.slot0 = maxConn0 + 1;
    this.slotUp = maxConn + 1;
    this.metric = metric;
    for (int i = 0; i < LOCK_STRIPES; i++) {
      locks[i] = new StampedLock();
    }
  }

  int size() {
    return size;
  }

  /**
   * Stores the next ordinals' vectors, each multiplied by its scale, with their levels; they join
   * the graph only once linked.
   *
   * @return the first ordinal given
   */
  int append(float[][] vectors, float[] scales, LevelGenerator levels) {
    synchronized (appendLock) {
      int first = size;
      ensureBlocks(first + vectors.length);
      for (int i = 0; i < vectors.length; i++) {
        int ord = first + i;
        NodeBlock b = block(ord);
        VectorChecks.scaleInto(vectors[i], scales[i], b.vectors, (ord & NodeBlock.MASK) * dimension);
        setLevel(b, ord & NodeBlock.MASK, levels.levelOf(ord));
      }
      size = first + vectors.length;
      return first;
    }
  }

  /** Stores a node read back from a file: its vector as stored, its level, no links yet. */
  int appendRestored(float[] vector, int offset, int level) {
    synchronized (appendLock) {
      int ord = size;
      ensureBlocks(ord + 1);
      NodeBlock b = block(ord);
      System.arraycopy(vector, offset, b.vectors, (ord & NodeBlock.MASK) * dimension, dimension);
      setLevel(b, ord & NodeBlock.MASK, level);
      size = ord + 1;
      return ord;
    }
  }

  private void setLevel(NodeBlock b, int local, int level) {
    b.levels[local] = (byte) level;
    if (level > 0) {
      b.upperLinks[local] = new int[level * (slotUp + 1)];
      b.upperCosts[local] = new float[level * slotUp];
    }
  }

  private void ensureBlocks(int nodes) {
    int need = (nodes + NodeBlock.MASK) >>> NodeBlock.SHIFT;
    NodeBlock[] bs = blocks;
    if (need <= bs.length) {
      return;
    }
    NodeBlock[] grown = Arrays.copyOf(bs, need);
    for (int i = bs.length; i < need; i++) {
      grown[i] = new NodeBlock(dimension, slot0);
    }
    blocks = grown;
  }

  NodeBlock block(int ord) {
    return blocks[ord >>> NodeBlock.SHIFT];
  }

  int level(int ord) {
    return block(ord).levels[ord & NodeBlock.MASK];
  }

  /** Copies the stored vector of {@code ord} into {@code out}. */
  void copyVector(int ord, float[] out) {
    System.arraycopy(block(ord).vectors, (ord & NodeBlock.MASK) * dimension, out, 0, dimension);
  }

  float cost(float[] query, int ord) {
    return metric.cost(query, 0, block(ord).vectors, (ord & NodeBlock.MASK) * dimension, dimension);
  }

  float cost(int a, int b) {
    return metric.cost(block(a).vectors, (a & NodeBlock.MASK) * dimension,
        block(b).vectors, (b & NodeBlock.MASK) * dimension, dimension);
  }

  StampedLock lock(int node) {
    return locks[(node * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(LOCK_STRIPES))];
  }

  /** Copies the neighbour ids of {@code node} on {@code level} into {@code out}; returns how many. */
  int readNeighbors(int node, int level, int[] out) {
    StampedLock lock = lock(node);
    long stamp = lock.tryOptimisticRead();
    if (stamp != 0) {
      int n = copyNeighbors(node, level, out);
      if (lock.validate(stamp)) {
        return n;
      }
    }
    stamp = lock.readLock();
    try {
      return copyNeighbors(node, level, out);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  private int copyNeighbors(int node, int level, int[] out) {
    NodeBlock b = block(node);
    int local = node & NodeBlock.MASK;
    int[] ids;
    int base;
    int cap;
    if (level == 0) {
      ids = b.links0;
      base = local * (slot0 + 1);
      cap = slot0;
    } else {
      ids = b.upperLinks[local];
      base = (level - 1) * (slotUp + 1);
      cap = slotUp;
    }
    // A torn read may see any count; the bound keeps the copy in range until validation drops it.
    int n = Math.min(Math.max(ids[base], 0), cap);
    for (int i = 0; i < n; i++) {
      out[i] = ids[base + 1 + i] & ~UNCHECKED;
    }
    return n;
  }

  /** The list of {@code node} on {@code level}, for callers holding its write lock. */
  NeighborList list(int node, int level, NeighborList into) {
    NodeBlock b = block(node);
    int local = node & NodeBlock.MASK;
    if (level == 0) {
      return into.bind(b.links0, local * (slot0 + 1), b.costs0, local * slot0, maxConn0);
    }
    return into.bind(b.upperLinks[local], (level - 1) * (slotUp + 1),
        b.upperCosts[local], (level - 1) * slotUp, maxConn);
  }

  long ramBytesUsed() {
    long bytes = 96 + NodeBlock.arrayBytes(4, LOCK_STRIPES) + LOCK_STRIPES * 32L;
    NodeBlock[] bs = blocks;
    bytes += NodeBlock.arrayBytes(4, bs.length);
    for (NodeBlock b : bs) {
      bytes += b.ramBytesUsed();
    }
    return bytes;
  }
}
