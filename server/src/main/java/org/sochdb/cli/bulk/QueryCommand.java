package org.sochdb.cli.bulk;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sochdb.client.VectorHit;
import org.sochdb.client.VectorIndex;
import org.sochdb.vector.io.VectorReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sochdb bulk query}: the nearest ids of each vector of a query file. */
@Command(name = "query", description = "Search an index file for each vector of a query file; prints query number, "
    + "id and distance per line, nearest first.",
    footer = {"", "Example:", "  sochdb bulk query --index vectors.hnsw --query queries.npy --k 5 --ef 128"})
final class QueryCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, description = "Index file written by build-index.")
  Path index;

  @Option(names = "--query", required = true, description = "Query vectors: .npy, .fvecs, else raw float32 of the index's dimension.")
  Path query;

  @Option(names = "--k", defaultValue = "10", description = "Results per query (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--ef", defaultValue = "64", description = "Candidates kept while searching (default: ${DEFAULT-VALUE}).")
  int ef;

  @Override
  public Integer call() throws Exception {
    if (k < 1 || ef < 1) {
      throw new IllegalArgumentException("--k and --ef must be positive");
    }
    VectorIndex idx = IndexFiles.load(index);
    try (VectorReader in = VectorInput.open(query, idx.dimension()); Progress progress = new Progress("querying", in.count())) {
      StringBuilder out = new StringBuilder();
      float[] q;
      for (long n = 0; (q = in.next()) != null; n++) {
        for (VectorHit hit : idx.search(q, k, ef)) {
          out.append(n).append('\t').append(hit.id()).append('\t')
              .append(String.format(Locale.ROOT, "%.6f", hit.distance())).append('\n');
        }
        progress.step(1);
      }
      progress.close();
      System.out.print(out);
      System.out.println(progress.summary(" searched, index " + IndexFiles.size(index) + " bytes"));
    }
    return 0;
  }
}
