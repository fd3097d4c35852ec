package org.sochdb.vector.hnsw;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.sochdb.vector.math.VectorSimilarity;

/**
 * Reads {@link HnswFileFormat} in large sequential chunks, checking every count and id against
 * the header as it goes and the checksum at the end, so a damaged file fails with an IOException
 * rather than a graph that points nowhere.
 */
final class HnswFileReader {

  private HnswFileReader() {}

  static HnswIndex read(Path file) throws IOException {
    String name = file.toString();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ChannelInput in = new ChannelInput(channel, name);
      byte[] magic = new byte[HnswFileFormat.MAGIC.length];
      in.getBytes(magic, 0, magic.length);
      if (!Arrays.equals(magic, HnswFileFormat.MAGIC)) {
        throw new IOException(name + " is not a SochDB HNSW index file (wrong magic bytes)");
      }
      int version = in.getInt();
      if (version != HnswFileFormat.VERSION) {
        throw new IOException(name + " has HNSW format version " + version
            + "; this build reads version " + HnswFileFormat.VERSION);
      }
      int dimension = in.getInt();
      VectorSimilarity similarity = HnswFileFormat.similarity(in.getInt());
      int m = in.getInt();
      int efConstruction = in.getInt();
      long seed = in.getLong();
      int size = in.getInt();
      int entryNode = in.getInt();
      if (dimension <= 0 || similarity == null || m < 2 || m > 512 || efConstruction < 1
          || size < 0 || entryNode < -1 || entryNode >= size || (size == 0) != (entryNode == -1)) {
        throw corrupt(name, "impossible header values");
      }
      HnswIndex index = new HnswIndex(dimension, similarity, m, efConstruction, seed);
      byte[] levels = new byte[size];
      in.getBytes(levels, 0, size);
      for (byte level : levels) {
        if (level < 0 || level > LevelGenerator.MAX_LEVEL) {
          throw corrupt(name, "a node level of " + level);
        }
      }
      readVectors(in, index.store, levels, dimension);
      readLinks(in, index.store, levels, name);
      in.verifyChecksum();
      if (entryNode >= 0) {
        index.entry.set(entryNode, levels[entryNode]);
      }
      return index;
    }
  }

  private static void readVectors(ChannelInput in, GraphStore store, byte[] levels, int dimension)
      throws IOException {
    float[] chunk = new float[NodeBlock.SIZE * dimension];
    for (int ord = 0; ord < levels.length; ord += NodeBlock.SIZE) {
      int count = Math.min(NodeBlock.SIZE, levels.length - ord);
      in.getFloats(chunk, 0, count * dimension);
      for (int i = 0; i < count; i++) {
        store.appendRestored(chunk, i * dimension, levels[ord + i]);
      }
    }
  }

  private static void readLinks(ChannelInput in, GraphStore store, byte[] levels, String name)
      throws IOException {
    int size = levels.length;
    int[] ids = new int[store.maxConn0];
    float[] costs = new float[store.maxConn0];
    NeighborList list = new NeighborList();
    for (int ord = 0; ord < size; ord++) {
      for (int level = 0; level <= levels[ord]; level++) {
        int n = in.getInt();
        int maxConn = level == 0 ? store.maxConn0 : store.maxConn;
        if (n < 0 || n > maxConn) {
          throw corrupt(name, "node " + ord + " has " + n + " links on level " + level);
        }
        in.getInts(ids, 0, n);
        for (int i = 0; i < n; i++) {
          int id = ids[i] & ~GraphStore.UNCHECKED;
          if (id >= size || levels[id] < level) {
            throw corrupt(name, "node " + ord + " links to " + id + " on level " + level);
          }
        }
        in.getFloats(costs, 0, n);
        store.list(ord, level, list).set(ids, costs, n);
      }
    }
  }

  private static IOException corrupt(String name, String what) {
    return new IOException("HNSW index file " + name + " is corrupt: " + what);
  }
}
