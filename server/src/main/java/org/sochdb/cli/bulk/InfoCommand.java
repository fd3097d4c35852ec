package org.sochdb.cli.bulk;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sochdb.client.VectorIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sochdb bulk info}: what an index file holds. */
@Command(name = "info", description = "Describe an index file: dimension, vectors, graph settings and size.",
    footer = {"", "Example:", "  sochdb bulk info --index vectors.hnsw"})
final class InfoCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, description = "Index file written by build-index.")
  Path index;

  @Override
  public Integer call() throws Exception {
    VectorIndex idx = IndexFiles.load(index);
    System.out.println("Dimension:       " + idx.dimension());
    System.out.println("Vectors:         " + idx.size());
    System.out.println("Max connections: " + idx.m());
    System.out.println("Metric:          " + idx.metric());
    System.out.println("ef_construction: " + idx.efConstruction());
    System.out.println("File size:       " + IndexFiles.size(index) + " bytes");
    return 0;
  }
}
