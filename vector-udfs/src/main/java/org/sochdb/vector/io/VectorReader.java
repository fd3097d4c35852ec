package org.sochdb.vector.io;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Vectors read one at a time from a file of a {@link VectorFormat}, through a buffer, so a file
 * larger than memory streams. The count and dimension are known on opening, from the header or
 * the file's size, and a file whose size does not fit them is refused before anything is read.
 */
public final class VectorReader implements AutoCloseable {
  private final DataInputStream in;
  private final String file;
  private final boolean prefixed;
  private final int dimension;
  private final long count;
  private final byte[] record;
  private long read;

  private VectorReader(DataInputStream in, String file, boolean prefixed, int dimension, long count) {
    this.in = in;
    this.file = file;
    this.prefixed = prefixed;
    this.dimension = dimension;
    this.count = count;
    this.record = new byte[Math.multiplyExact(dimension, Float.BYTES)];
  }

  static VectorReader open(Path path, VectorFormat format, Integer dimension) throws IOException {
    String file = path.toString();
    if (Files.isRegularFile(path) == false) {
      throw new NoSuchFileException(file, null, "no such file");
    }
    long size = Files.size(path);
    DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
    try {
      VectorReader r = switch (format) {
        case NPY -> npy(in, file);
        case FVECS -> fvecs(in, file, size);
        case RAW_F32 -> raw(in, file, size, dimension);
      };
      if (dimension != null && dimension != r.dimension) {
        throw new IOException(file + ": vectors have dimension " + r.dimension + ", not " + dimension);
      }
      return r;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static VectorReader npy(DataInputStream in, String file) throws IOException {
    long[] shape;
    try {
      shape = NpyHeader.read(in, file);
    } catch (EOFException e) {
      throw new IOException(file + ": .npy header is truncated", e);
    }
    int dimension = positiveDimension(shape[1], file);
    return new VectorReader(in, file, false, dimension, shape[0]);
  }

  private static VectorReader fvecs(DataInputStream in, String file, long size) throws IOException {
    if (size == 0) {
      throw new IOException(file + ": empty .fvecs file");
    }
    if (size < Integer.BYTES) {
      throw new IOException(file + ": .fvecs file is truncated");
    }
    in.mark(Integer.BYTES);
    int dimension = positiveDimension(Integer.reverseBytes(in.readInt()), file);
    in.reset();
    long recordBytes = Integer.BYTES + (long) dimension * Float.BYTES;
    if (size % recordBytes != 0) {
      throw new IOException(file + ": .fvecs size " + size + " is not a whole number of records of dimension "
          + dimension + " (" + recordBytes + " bytes each)");
    }
    return new VectorReader(in, file, true, dimension, size / recordBytes);
  }

  private static VectorReader raw(DataInputStream in, String file, long size, Integer dimension) throws IOException {
    if (dimension == null) {
      throw new IOException(file + ": a raw float32 file needs its dimension (--dimension N)");
    }
    int d = positiveDimension(dimension, file);
    long recordBytes = (long) d * Float.BYTES;
    if (size % recordBytes != 0) {
      throw new IOException(file + ": size " + size + " bytes is not a whole number of float32 vectors of dimension "
          + d + " (" + recordBytes + " bytes each)");
    }
    return new VectorReader(in, file, false, d, size / recordBytes);
  }

  private static int positiveDimension(long d, String file) throws IOException {
    if (d < 1 || d > 65_536) {
      throw new IOException(file + ": dimension " + d + " is not between 1 and 65536");
    }
    return (int) d;
  }

  /** The vectors' length. */
  public int dimension() {
    return dimension;
  }

  /** The number of vectors in the file. */
  public long count() {
    return count;
  }

  /** The next vector, or null after the last. */
  public float[] next() throws IOException {
    if (read == count) {
      return null;
    }
    try {
      if (prefixed) {
        int d = Integer.reverseBytes(in.readInt());
        if (d != dimension) {
          throw new IOException(file + ": vector " + read + " has dimension " + d + ", the first has " + dimension);
        }
      }
      in.readFully(record);
    } catch (EOFException e) {
      throw new IOException(file + ": truncated at vector " + read + " of " + count, e);
    }
    read++;
    float[] v = new float[dimension];
    ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  /** The rest of the vectors, in memory. */
  public float[][] readAll() throws IOException {
    long left = count - read;
    if (left > Integer.MAX_VALUE - 8) {
      throw new IOException(file + ": " + left + " vectors do not fit in one array; read them in batches");
    }
    float[][] out = new float[(int) left][];
    for (int i = 0; i < out.length; i++) {
      out[i] = next();
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
