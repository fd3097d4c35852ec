package org.sochdb.vector.hnsw;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;

/**
 * Little-endian reads through one large buffer, with a CRC32 of everything consumed. A file that
 * ends early raises an IOException saying it is truncated.
 */
final class ChannelInput {

  private final FileChannel channel;
  private final ByteBuffer buffer =
      ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32 crc = new CRC32();
  private final String fileName;
  private int checksummedUpTo;

  ChannelInput(FileChannel channel, String fileName) {
    this.channel = channel;
    this.fileName = fileName;
    buffer.flip();
  }

  /** Makes at least {@code bytes} (at most the buffer size) readable. */
  private void need(int bytes) throws IOException {
    if (buffer.remaining() >= bytes) {
      return;
    }
    // Bytes handed out so far enter the checksum before the buffer moves.
    checksumConsumed();
    buffer.compact();
    checksummedUpTo = 0;
    while (buffer.position() < bytes) {
      if (channel.read(buffer) < 0) {
        throw new IOException("HNSW index file " + fileName + " is truncated");
      }
    }
    buffer.flip();
  }

  int getByte() throws IOException {
    need(1);
    return buffer.get() & 0xff;
  }

  int getInt() throws IOException {
    need(4);
    return buffer.getInt();
  }

  long getLong() throws IOException {
    need(8);
    return buffer.getLong();
  }

  void getBytes(byte[] a, int off, int len) throws IOException {
    while (len > 0) {
      need(1);
      int n = Math.min(len, buffer.remaining());
      buffer.get(a, off, n);
      off += n;
      len -= n;
    }
  }

  void getInts(int[] a, int off, int len) throws IOException {
    while (len > 0) {
      need(4);
      int n = Math.min(len, buffer.remaining() >>> 2);
      buffer.asIntBuffer().get(a, off, n);
      buffer.position(buffer.position() + 4 * n);
      off += n;
      len -= n;
    }
  }

  void getFloats(float[] a, int off, int len) throws IOException {
    while (len > 0) {
      need(4);
      int n = Math.min(len, buffer.remaining() >>> 2);
      buffer.asFloatBuffer().get(a, off, n);
      buffer.position(buffer.position() + 4 * n);
      off += n;
      len -= n;
    }
  }

  private void checksumConsumed() {
    int end = buffer.position();
    crc.update(buffer.duplicate().limit(end).position(checksummedUpTo));
    checksummedUpTo = end;
  }

  /** Reads the stored checksum and compares it with the bytes read; then expects end of file. */
  void verifyChecksum() throws IOException {
    checksumConsumed();
    long computed = crc.getValue();
    need(4);
    int stored = buffer.getInt();
    if (stored != (int) computed) {
      throw new IOException("HNSW index file " + fileName + " is corrupt: checksum mismatch");
    }
    if (buffer.hasRemaining() || channel.position() != channel.size()) {
      throw new IOException("HNSW index file " + fileName + " is corrupt: bytes after the checksum");
    }
  }
}
