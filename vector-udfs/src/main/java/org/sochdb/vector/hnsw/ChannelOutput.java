package org.sochdb.vector.hnsw;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;

/** Little-endian writes through one large buffer, with a CRC32 of everything written. */
final class ChannelOutput {

  private final FileChannel channel;
  private final ByteBuffer buffer =
      ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32 crc = new CRC32();

  ChannelOutput(FileChannel channel) {
    this.channel = channel;
  }

  private void room(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      flush();
    }
  }

  void putByte(int b) throws IOException {
    room(1);
    buffer.put((byte) b);
  }

  void putInt(int v) throws IOException {
    room(4);
    buffer.putInt(v);
  }

  void putLong(long v) throws IOException {
    room(8);
    buffer.putLong(v);
  }

  void putBytes(byte[] a, int off, int len) throws IOException {
    while (len > 0) {
      room(1);
      int n = Math.min(len, buffer.remaining());
      buffer.put(a, off, n);
      off += n;
      len -= n;
    }
  }

  void putInts(int[] a, int off, int len) throws IOException {
    while (len > 0) {
      room(4);
      int n = Math.min(len, buffer.remaining() >>> 2);
      buffer.asIntBuffer().put(a, off, n);
      buffer.position(buffer.position() + 4 * n);
      off += n;
      len -= n;
    }
  }

  void putFloats(float[] a, int off, int len) throws IOException {
    while (len > 0) {
      room(4);
      int n = Math.min(len, buffer.remaining() >>> 2);
      buffer.asFloatBuffer().put(a, off, n);
      buffer.position(buffer.position() + 4 * n);
      off += n;
      len -= n;
    }
  }

  /** Writes the CRC32 of all bytes so far, uncovered by itself, and flushes. */
  void finishWithChecksum() throws IOException {
    flush();
    buffer.putInt((int) crc.getValue());
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  private void flush() throws IOException {
    buffer.flip();
    crc.update(buffer.duplicate());
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }
}
