package org.sochdb.vector.index;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.sochdb.adapter.spi.SearchIndex;
import org.sochdb.vector.hnsw.HnswIndex;

/**
 * The two files an HNSW index keeps beside the database: {@code index-<id>.hnsw} (the graph
 * and its vectors) and {@code index-<id>.hnsw.nodes} (per node: its row key and vector hash, or
 * nothing for a dead node), written when the database closes and, in the background, after many
 * commits changed the index.
 *
 * <p>The nodes file is removed first and written last: a crash while writing leaves no nodes
 * file, and the next open rebuilds from the table instead of trusting a mismatched pair. The
 * files may be written while the index changes: a node that is not committed yet is written as
 * dead (the opening scan adds its row back if it committed), and nodes added while the graph
 * file was written are beyond the nodes file's count, dead too.
 */
final class IndexFiles {
  private static final int MAGIC = 0x534E4F44; // "SNOD"
  private static final int VERSION = 1;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IndexFiles.class);

  private IndexFiles() {}

  /** What an open found: the graph and, by ordinal, row keys (null for dead nodes) and vector hashes. */
  record Loaded(HnswIndex graph, byte[][] keys, long[] hashes) {}

  /** The files' contents, or null when there are none or they do not belong together. */
  static Loaded read(SearchIndex.Context context) {
    Path graphFile = context.file(".hnsw");
    if (graphFile == null || Files.exists(graphFile) == false || Files.exists(nodesFile(graphFile)) == false) {
      return null;
    }
    try {
      HnswIndex graph = HnswIndex.readFrom(graphFile);
      Loaded loaded = readNodes(nodesFile(graphFile), graph);
      if (loaded == null) {
        LOG.warn("index {}: its files do not match each other; rebuilding it from the table", context.index().name());
      }
      return loaded;
    } catch (IOException | RuntimeException e) {
      LOG.warn("index {}: cannot read its files ({}); rebuilding it from the table", context.index().name(),
          e.getMessage());
      return null;
    }
  }

  private static Loaded readNodes(Path file, HnswIndex graph) throws IOException {
    CRC32 crc = new CRC32();
    try (InputStream buffered = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        DataInputStream in = new DataInputStream(new CheckedInputStream(buffered, crc))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException(file + " is not a SochDB index nodes file of version " + VERSION);
      }
      int count = in.readInt();
      if (count > graph.size()) {
        return null;
      }
      // nodes the graph file holds beyond count were added while it was written: dead here
      byte[][] keys = new byte[graph.size()][];
      long[] hashes = new long[graph.size()];
      for (int i = 0; i < count; i++) {
        int length = in.readInt();
        if (length >= 0) {
          keys[i] = in.readNBytes(length);
          if (keys[i].length != length) {
            throw new IOException(file + " is truncated");
          }
          hashes[i] = in.readLong();
        }
      }
      long expected = crc.getValue();
      if (new DataInputStream(buffered).readLong() != expected) {
        throw new IOException(file + " fails its checksum");
      }
      return new Loaded(graph, keys, hashes);
    }
  }

  /** Writes both files; a failure is logged (the next open rebuilds), never thrown at a closing database. */
  static void write(SearchIndex.Context context, HnswIndex graph, NodeStates nodes) {
    Path graphFile = context.file(".hnsw");
    if (graphFile == null) {
      return;
    }
    Path nodesFile = nodesFile(graphFile);
    try {
      Files.deleteIfExists(nodesFile);
      int count = graph.size(); // the graph file gets these at least
      graph.writeTo(graphFile);
      Path tmp = nodesFile.resolveSibling(nodesFile.getFileName() + ".tmp");
      CRC32 crc = new CRC32();
      try (OutputStream raw = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16),
              crc))) {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(count);
        for (int i = 0; i < count; i++) {
          if (nodes.committedAlive(i)) {
            byte[] key = nodes.key(i);
            out.writeInt(key.length);
            out.write(key);
            out.writeLong(nodes.hash(i));
          } else {
            out.writeInt(-1);
          }
        }
        out.flush();
        new DataOutputStream(raw).writeLong(crc.getValue());
      }
      try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(tmp, nodesFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      LOG.warn("index {}: cannot write its files ({}); the next open rebuilds it", context.index().name(),
          e.getMessage());
    }
  }

  static void delete(SearchIndex.Context context) {
    Path graphFile = context.file(".hnsw");
    if (graphFile != null) {
      deleteQuietly(nodesFile(graphFile));
      deleteQuietly(graphFile);
    }
  }

  /** Removes a file, ignoring one that is not there. */
  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover file is replaced or ignored by the next open
    }
  }

  private static Path nodesFile(Path graphFile) {
    return graphFile.resolveSibling(graphFile.getFileName() + ".nodes");
  }
}
