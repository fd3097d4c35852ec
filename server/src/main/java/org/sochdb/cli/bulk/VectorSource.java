package org.sochdb.cli.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import org.sochdb.vector.io.VectorReader;
import picocli.CommandLine.Option;

/** The options naming a vector file and its ids, shared by the commands that read vectors with ids. */
final class VectorSource {
  @Option(names = "--input", required = true, description = "Vector file: .npy, .fvecs, else raw float32.")
  Path input;

  @Option(names = "--dimension", description = "Vector length; required for raw float32 input.")
  Integer dimension;

  @Option(names = "--ids", description = "Text file of ids, one per line (default: 0, 1, 2, ...).")
  Path ids;

  VectorReader open() throws IOException {
    return VectorInput.open(input, dimension);
  }

  /** The ids file, or null when ids are the vectors' positions. */
  BufferedReader idLines() throws IOException {
    return ids == null ? null : VectorInput.lines(ids);
  }

  /** The id of vector {@code n} of {@code count}. */
  String id(BufferedReader idLines, long count, long n) throws IOException {
    return idLines == null ? Long.toString(n) : VectorInput.nextLine(idLines, ids, count, n).trim();
  }
}
