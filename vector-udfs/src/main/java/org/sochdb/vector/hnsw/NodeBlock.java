package org.sochdb.vector.hnsw;

/**
 * Storage for {@link #SIZE} consecutive ordinals: their vectors side by side in one float array,
 * their level-0 neighbour lists in fixed slots of one int array (count, then ids) with the costs
 * beside them, and the rarer upper-level lists in one small array pair per node that has them.
 * Slots hold one entry more than a list may keep: a back-link is inserted first and the least
 * diverse entry pruned after.
 */
final class NodeBlock {

  static final int SHIFT = 9;
  static final int SIZE = 1 << SHIFT;
  static final int MASK = SIZE - 1;

  final float[] vectors;
  final int[] links0;
  final float[] costs0;
  final byte[] levels = new byte[SIZE];
  final int[][] upperLinks = new int[SIZE][];
  final float[][] upperCosts = new float[SIZE][];

  NodeBlock(int dimension, int slot0) {
    vectors = new float[SIZE * dimension];
    links0 = new int[SIZE * (slot0 + 1)];
    costs0 = new float[SIZE * slot0];
  }

  long ramBytesUsed() {
    long bytes = 64 + arrayBytes(4, vectors.length) + arrayBytes(4, links0.length)
        + arrayBytes(4, costs0.length) + arrayBytes(1, SIZE) + 2 * arrayBytes(4, SIZE);
    for (int i = 0; i < SIZE; i++) {
      if (upperLinks[i] != null) {
        bytes += arrayBytes(4, upperLinks[i].length) + arrayBytes(4, upperCosts[i].length);
      }
    }
    return bytes;
  }

  static long arrayBytes(int elementBytes, int length) {
    return (16 + (long) elementBytes * length + 7) & ~7L;
  }
}
