package org.sochdb.cli.bulk;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sochdb.client.VectorIndex;
import org.sochdb.vector.io.VectorReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sochdb bulk build-index}: an HNSW index file from a vector file. */
@Command(name = "build-index", description = "Build an HNSW index file from a vector file (.npy, .fvecs or raw float32).",
    footer = {"", "Example:", "  sochdb bulk build-index --input vectors.npy --output vectors.hnsw --metric euclidean"})
final class BuildIndexCommand implements Callable<Integer> {
  /** Vectors read and linked at a time: bounds memory while keeping every core busy. */
  private static final int CHUNK = 16_384;

  @Mixin
  VectorSource source;

  @Option(names = "--output", required = true, description = "Index file to write (its ids go to OUTPUT.ids).")
  Path output;

  @Option(names = "--max-connections", defaultValue = "16", description = "Neighbours per node, M (default: ${DEFAULT-VALUE}).")
  int maxConnections;

  @Option(names = "--ef-construction", defaultValue = "100",
      description = "Candidates kept while linking (default: ${DEFAULT-VALUE}).")
  int efConstruction;

  @Option(names = "--metric", defaultValue = "cosine", description = "cosine, euclidean or dot (default: ${DEFAULT-VALUE}).")
  String metric;

  @Option(names = "--threads", defaultValue = "all", converter = Threads.class,
      description = "Build threads: a number or all (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws Exception {
    try (VectorReader in = source.open();
        BufferedReader idLines = source.idLines();
        Progress progress = new Progress("indexing", in.count())) {
      VectorIndex index = new VectorIndex(in.dimension(), metric, maxConnections, efConstruction);
      long n = 0;
      while (n < in.count()) {
        int size = (int) Math.min(CHUNK, in.count() - n);
        float[][] chunk = new float[size][];
        List<String> chunkIds = new ArrayList<>(size);
        for (int i = 0; i < size; i++, n++) {
          chunk[i] = in.next();
          chunkIds.add(source.id(idLines, in.count(), n));
        }
        index.insertBatch(chunkIds, chunk, threads);
        progress.step(size);
      }
      if (idLines != null) {
        VectorInput.requireEnd(idLines, source.ids, in.count());
      }
      index.save(output);
      long bytes = IndexFiles.size(output);
      progress.close();
      System.out.println(progress.summary(", index " + bytes + " bytes: " + output));
    }
    return 0;
  }
}
