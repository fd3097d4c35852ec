package org.sochdb.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/** A FileChannel that forwards everything, for tests that break one call. */
class DelegatingFileChannel extends FileChannel {
  protected final FileChannel inner;

  DelegatingFileChannel(FileChannel inner) {
    this.inner = inner;
  }

  @Override public int read(ByteBuffer dst) throws IOException { return inner.read(dst); }
  @Override public long read(ByteBuffer[] dsts, int offset, int length) throws IOException { return inner.read(dsts, offset, length); }
  @Override public int write(ByteBuffer src) throws IOException { return inner.write(src); }
  @Override public long write(ByteBuffer[] srcs, int offset, int length) throws IOException { return inner.write(srcs, offset, length); }
  @Override public long position() throws IOException { return inner.position(); }
  @Override public FileChannel position(long p) throws IOException { inner.position(p); return this; }
  @Override public long size() throws IOException { return inner.size(); }
  @Override public FileChannel truncate(long size) throws IOException { inner.truncate(size); return this; }
  @Override public void force(boolean metaData) throws IOException { inner.force(metaData); }
  @Override public long transferTo(long p, long c, WritableByteChannel t) throws IOException { return inner.transferTo(p, c, t); }
  @Override public long transferFrom(ReadableByteChannel s, long p, long c) throws IOException { return inner.transferFrom(s, p, c); }
  @Override public int read(ByteBuffer dst, long position) throws IOException { return inner.read(dst, position); }
  @Override public int write(ByteBuffer src, long position) throws IOException { return inner.write(src, position); }
  @Override public MappedByteBuffer map(MapMode mode, long p, long s) throws IOException { return inner.map(mode, p, s); }
  @Override public FileLock lock(long p, long s, boolean shared) throws IOException { return inner.lock(p, s, shared); }
  @Override public FileLock tryLock(long p, long s, boolean shared) throws IOException { return inner.tryLock(p, s, shared); }
  @Override protected void implCloseChannel() throws IOException { inner.close(); }
}
