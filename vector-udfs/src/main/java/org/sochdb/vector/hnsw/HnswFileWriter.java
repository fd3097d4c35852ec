package org.sochdb.vector.hnsw;

import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.locks.StampedLock;

/**
 * Writes a snapshot of an index in {@link HnswFileFormat}: the nodes stored when the write
 * starts, each list read under its node's read lock and stripped of links to later nodes.
 */
final class HnswFileWriter {

  private HnswFileWriter() {}

  static void write(HnswIndex index, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
    boolean done = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, WRITE)) {
        writeSnapshot(index, new ChannelOutput(channel));
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      done = true;
      syncDirectory(dir);
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void syncDirectory(Path dir) {
    // Makes the rename durable where the platform can force a directory (Linux, macOS).
    try (FileChannel channel = FileChannel.open(dir, READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory as a channel; the rename is still atomic there.
    }
  }

  private static void writeSnapshot(HnswIndex index, ChannelOutput out) throws IOException {
    GraphStore store = index.store;
    int size = store.size();
    int dimension = index.dimension();
    out.putBytes(HnswFileFormat.MAGIC, 0, HnswFileFormat.MAGIC.length);
    out.putInt(HnswFileFormat.VERSION);
    out.putInt(dimension);
    out.putInt(HnswFileFormat.code(index.similarity()));
    out.putInt(index.m());
    out.putInt(index.efConstruction());
    out.putLong(index.seed());
    out.putInt(size);
    out.putInt(entryNode(index, size));
    byte[] levels = new byte[size];
    for (int ord = 0; ord < size; ord++) {
      levels[ord] = (byte) store.level(ord);
    }
    out.putBytes(levels, 0, size);
    for (int ord = 0; ord < size; ord += NodeBlock.SIZE) {
      int count = Math.min(NodeBlock.SIZE, size - ord);
      out.putFloats(store.block(ord).vectors, 0, count * dimension);
    }
    int[] ids = new int[2 * index.m() + 1];
    float[] costs = new float[ids.length];
    NeighborList list = new NeighborList();
    for (int ord = 0; ord < size; ord++) {
      for (int level = 0; level <= levels[ord]; level++) {
        int n = readList(store, ord, level, size, list, ids, costs);
        out.putInt(n);
        out.putInts(ids, 0, n);
        out.putFloats(costs, 0, n);
      }
    }
    out.finishWithChecksum();
  }

  /** The entry point if it is in the snapshot, else the snapshot's highest node. */
  private static int entryNode(HnswIndex index, int size) {
    long e = index.entry.get();
    if (e != EntryPoint.EMPTY && EntryPoint.node(e) < size) {
      return EntryPoint.node(e);
    }
    int best = -1;
    for (int ord = 0, top = -1; ord < size; ord++) {
      if (index.store.level(ord) > top) {
        top = index.store.level(ord);
        best = ord;
      }
    }
    return best;
  }

  private static int readList(GraphStore store, int node, int level, int size, NeighborList list,
      int[] ids, float[] costs) {
    StampedLock lock = store.lock(node);
    long stamp = lock.readLock();
    try {
      store.list(node, level, list);
      int n = 0;
      for (int i = 0, count = list.size(); i < count; i++) {
        if (list.id(i) < size) {
          ids[n] = list.rawId(i);
          costs[n] = list.cost(i);
          n++;
        }
      }
      return n;
    } finally {
      lock.unlockRead(stamp);
    }
  }
}
