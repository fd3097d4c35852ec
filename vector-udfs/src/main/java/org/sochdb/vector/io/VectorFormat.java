package org.sochdb.vector.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The vector file formats read and written in bulk, all of float32 little-endian values:
 * <ul>
 *   <li>{@code npy}: a NumPy array file, 2-d, dtype {@code <f4}, C order;</li>
 *   <li>{@code fvecs}: per vector, its dimension as an int32, then its floats;</li>
 *   <li>{@code raw_f32}: the floats alone, vector after vector; the dimension is given apart.</li>
 * </ul>
 */
public enum VectorFormat {
  NPY("npy"),
  FVECS("fvecs"),
  RAW_F32("raw_f32");

  private final String word;

  VectorFormat(String word) {
    this.word = word;
  }

  /** The format's name on the command line: {@code npy}, {@code fvecs} or {@code raw_f32}. */
  public String word() {
    return word;
  }

  /** The format of a file by its extension: {@code .npy}, {@code .fvecs}, anything else raw. */
  public static VectorFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".npy")) {
      return NPY;
    }
    return name.endsWith(".fvecs") ? FVECS : RAW_F32;
  }

  /** The format of that name; IllegalArgumentException naming the choices otherwise. */
  public static VectorFormat parse(String name) {
    for (VectorFormat f : values()) {
      if (f.word.equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown vector format '" + name + "': expected raw_f32, npy or fvecs");
  }

  /**
   * Opens a file of this format for reading.
   *
   * @param dimension the vectors' length: required for raw files, checked against the file for others when given
   * @throws IOException naming the file when it is missing or not of this format
   */
  public VectorReader open(Path file, Integer dimension) throws IOException {
    return VectorReader.open(file, this, dimension);
  }

  /** Starts writing {@code count} vectors of {@code dimension} floats to {@code file}, atomically. */
  public VectorWriter create(Path file, int dimension, long count) throws IOException {
    return new VectorWriter(file, this, dimension, count);
  }
}
