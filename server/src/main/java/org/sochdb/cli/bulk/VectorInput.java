package org.sochdb.cli.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sochdb.vector.io.VectorFormat;
import org.sochdb.vector.io.VectorReader;

/** The input files of the bulk commands: vectors in a format told by the extension, and line files. */
final class VectorInput {
  private VectorInput() {}

  /** Opens a vector file: {@code .npy}, {@code .fvecs}, else raw float32 of {@code dimension}. */
  static VectorReader open(Path file, Integer dimension) throws IOException {
    requireFile(file);
    return VectorFormat.of(file).open(file, dimension);
  }

  /** An IOException saying the file is missing, so that the message is one clear line. */
  static void requireFile(Path file) throws IOException {
    if (Files.isRegularFile(file) == false) {
      throw new IOException("no such file: " + file);
    }
  }

  /** A text file read line by line (ids, JSON lines), checked to hold one line per vector. */
  static BufferedReader lines(Path file) throws IOException {
    requireFile(file);
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  /** The next line of a per-vector line file, or an IOException when it ends before the vectors do. */
  static String nextLine(BufferedReader in, Path file, long vectors, long index) throws IOException {
    String line = in.readLine();
    if (line == null) {
      throw new IOException(file + " has " + index + " lines but the input has " + vectors + " vectors");
    }
    return line;
  }

  /** Checks a per-vector line file has no lines left over. */
  static void requireEnd(BufferedReader in, Path file, long vectors) throws IOException {
    String extra;
    while ((extra = in.readLine()) != null) {
      if (extra.isBlank() == false) {
        throw new IOException(file + " has more lines than the input's " + vectors + " vectors");
      }
    }
  }
}
