package org.sochdb.vector.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Vectors written one at a time to a file of a {@link VectorFormat}. The file appears, whole,
 * only at {@link #finish()}; closing without finishing leaves the target as it was.
 */
public final class VectorWriter implements AutoCloseable {
  private final AtomicFile file;
  private final OutputStream out;
  private final Path path;
  private final boolean prefixed;
  private final int dimension;
  private final long count;
  private final ByteBuffer record;
  private long written;

  VectorWriter(Path path, VectorFormat format, int dimension, long count) throws IOException {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be positive, not " + dimension);
    }
    this.path = path;
    this.dimension = dimension;
    this.count = count;
    this.prefixed = format == VectorFormat.FVECS;
    this.record = ByteBuffer.allocate((prefixed ? Integer.BYTES : 0) + dimension * Float.BYTES)
        .order(ByteOrder.LITTLE_ENDIAN);
    this.file = new AtomicFile(path);
    this.out = file.stream();
    if (format == VectorFormat.NPY) {
      out.write(NpyHeader.bytes(count, dimension));
    }
  }

  /** Appends a vector of the writer's dimension. */
  public void write(float[] vector) throws IOException {
    if (vector.length != dimension) {
      throw new IllegalArgumentException("vector " + written + " has dimension " + vector.length + ", not "
          + dimension);
    }
    if (written == count) {
      throw new IllegalStateException(path + ": all " + count + " vectors are written already");
    }
    record.clear();
    if (prefixed) {
      record.putInt(dimension);
    }
    for (float f : vector) {
      record.putFloat(f);
    }
    out.write(record.array(), 0, record.position());
    written++;
  }

  /** Publishes the file; every announced vector must have been written. */
  public void finish() throws IOException {
    if (written != count) {
      throw new IllegalStateException(path + ": " + written + " of " + count + " vectors written");
    }
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
