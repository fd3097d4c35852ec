package org.sochdb.vector.hnsw;

import org.sochdb.vector.math.VectorSimilarity;

/**
 * Layout of an index file, all numbers little-endian:
 *
 * <pre>
 * magic "SOCHHNSW"  version:int
 * dimension:int  similarity:int  m:int  efConstruction:int  seed:long
 * size:int  entryNode:int (-1 when empty)
 * level:byte                                   x size
 * vector:float[dimension]                      x size  (unit length under cosine)
 * per node, per level 0..its level: count:int  ids:int[count]  costs:float[count]
 * crc32 of every byte above:int
 * </pre>
 *
 * Ids keep their "not yet checked for diversity" flag in the sign bit and costs are the graph's
 * internal ordering values, both stored so that a reopened index prunes its lists exactly as the
 * original would.
 */
final class HnswFileFormat {

  static final byte[] MAGIC = {'S', 'O', 'C', 'H', 'H', 'N', 'S', 'W'};
  static final int VERSION = 1;

  private HnswFileFormat() {}

  static int code(VectorSimilarity similarity) {
    switch (similarity) {
      case COSINE:
        return 1;
      case EUCLIDEAN:
        return 2;
      default:
        return 3;
    }
  }

  static VectorSimilarity similarity(int code) {
    switch (code) {
      case 1:
        return VectorSimilarity.COSINE;
      case 2:
        return VectorSimilarity.EUCLIDEAN;
      case 3:
        return VectorSimilarity.DOT_PRODUCT;
      default:
        return null;
    }
  }
}
