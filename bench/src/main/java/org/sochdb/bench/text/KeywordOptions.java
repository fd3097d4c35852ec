package org.sochdb.bench.text;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code --name=value} pairs, every one optional.
 *
 * @param n glosses indexed (WordNet 3.0 has about 117,000)
 * @param queries queries per measured pass
 * @param k hits per query
 * @param reps measured passes per target (the table shows the median)
 * @param batch documents per SochDB transaction while indexing
 * @param targets which targets run: lucene, sochdb-memory, sochdb-file
 * @param wordnet directory with WordNet's data.* files; fetched by bench/scripts/fetch-wordnet.sh when absent
 * @param seed seed of the queries
 * @param tmp directory under which the file database is made (and deleted)
 */
record KeywordOptions(int n, int queries, int k, int reps, int batch, List<String> targets,
    Path wordnet, long seed, Path tmp) {

  static final List<String> ALL_TARGETS = List.of("lucene", "sochdb-memory", "sochdb-file");

  static KeywordOptions parse(String[] args) {
    int n = 100_000;
    int queries = 1_000;
    int k = 10;
    int reps = 5;
    int batch = 1_000;
    List<String> targets = ALL_TARGETS;
    Path wordnet = null;
    long seed = 20240601L;
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") == false || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, got '" + arg + "'\n" + usage());
      }
      String value = arg.substring(eq + 1);
      switch (arg.substring(2, eq)) {
        case "n" -> n = Integer.parseInt(value.replace("_", ""));
        case "queries" -> queries = Integer.parseInt(value.replace("_", ""));
        case "k" -> k = Integer.parseInt(value);
        case "reps" -> reps = Integer.parseInt(value);
        case "batch" -> batch = Integer.parseInt(value);
        case "targets" -> targets = List.of(value.split(","));
        case "wordnet" -> wordnet = Path.of(value);
        case "seed" -> seed = Long.parseLong(value);
        case "tmp" -> tmp = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
      }
    }
    if (targets.contains("lucene") == false) {
      throw new IllegalArgumentException("--targets must include lucene, the reference for agreement");
    }
    return new KeywordOptions(n, queries, k, reps, batch, targets, wordnet, seed, tmp);
  }

  static String usage() {
    return "KeywordBench [--n=100000] [--queries=1000] [--k=10] [--reps=5] [--batch=1000]"
        + " [--targets=lucene,sochdb-memory,sochdb-file] [--wordnet=DIR] [--seed=N] [--tmp=DIR]";
  }
}
