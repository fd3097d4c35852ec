package org.sochdb.cli.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sochdb.client.VectorIndex;

/** The files of a saved {@link VectorIndex}: the graph and its ids beside it. */
final class IndexFiles {
  private IndexFiles() {}

  /** The bytes of both files. */
  static long size(Path index) throws IOException {
    return Files.size(index) + Files.size(index.resolveSibling(index.getFileName() + ".ids"));
  }

  /** Loads an index, with a one-line message when its file is missing. */
  static VectorIndex load(Path index) throws IOException {
    VectorInput.requireFile(index);
    return VectorIndex.load(index);
  }
}
