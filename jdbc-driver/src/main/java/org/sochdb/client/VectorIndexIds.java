package org.sochdb.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.sochdb.vector.io.AtomicFile;

/**
 * The sidecar file of a saved {@link VectorIndex}: the id of every graph node and which nodes are
 * deleted, written atomically beside the graph's file. Layout, numbers big-endian:
 *
 * <pre>
 * magic "SOCHVIDS"  version:int  count:int
 * per node: deleted:byte  idLength:int  id:UTF-8
 * crc32 of every byte above:int
 * </pre>
 */
final class VectorIndexIds {
  private static final byte[] MAGIC = {'S', 'O', 'C', 'H', 'V', 'I', 'D', 'S'};
  private static final int VERSION = 1;

  private VectorIndexIds() {}

  /** The sidecar's path for an index file. */
  static Path sidecar(Path index) {
    return index.resolveSibling(index.getFileName() + ".ids");
  }

  static void write(Path file, List<String> ids, BitSet deleted) throws IOException {
    try (AtomicFile f = new AtomicFile(file)) {
      CheckedOutputStream checked = new CheckedOutputStream(f.stream(), new CRC32());
      DataOutputStream out = new DataOutputStream(checked);
      out.write(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        byte[] id = ids.get(i).getBytes(StandardCharsets.UTF_8);
        out.writeByte(deleted.get(i) ? 1 : 0);
        out.writeInt(id.length);
        out.write(id);
      }
      out.flush();
      out.writeInt((int) checked.getChecksum().getValue());
      out.flush();
      f.commit();
    }
  }

  /** Reads the ids into {@code ids} and the deletions into {@code deleted}; a clear IOException when damaged. */
  static void read(Path file, List<String> ids, BitSet deleted) throws IOException {
    try (InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      CheckedInputStream checked = new CheckedInputStream(raw, new CRC32());
      DataInputStream in = new DataInputStream(checked);
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (Arrays.equals(magic, MAGIC) == false) {
        throw new IOException(file + ": not a vector index id file");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(file + ": id file version " + version + " is not supported (" + VERSION + " is)");
      }
      int count = in.readInt();
      List<String> read = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        boolean gone = in.readByte() != 0;
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
          throw new IOException(file + ": damaged id file (id " + i + " has length " + length + ")");
        }
        byte[] id = new byte[length];
        in.readFully(id);
        read.add(new String(id, StandardCharsets.UTF_8));
        if (gone) {
          deleted.set(i);
        }
      }
      int expected = (int) checked.getChecksum().getValue();
      if (new DataInputStream(raw).readInt() != expected || raw.read() != -1) {
        throw new IOException(file + ": id file fails its checksum");
      }
      ids.addAll(read);
    } catch (EOFException e) {
      throw new IOException(file + ": id file is truncated", e);
    }
  }
}
