package org.sochdb.bench.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The glosses (definitions and examples) of WordNet 3.0's synsets, one document each, read
 * from Debian's wordnet-base data files: nouns, verbs, adjectives, adverbs, in file order.
 */
final class WordNetGlosses {
  private static final List<String> FILES = List.of("data.noun", "data.verb", "data.adj", "data.adv");

  private WordNetGlosses() {}

  /** Runs bench/scripts/fetch-wordnet.sh (apt-get download + dpkg -x, cached) and returns its directory. */
  static Path fetch() throws IOException, InterruptedException {
    Path script = Path.of("bench/scripts/fetch-wordnet.sh");
    if (Files.exists(script) == false) {
      throw new IOException("run from the repository root, or pass --wordnet=DIR");
    }
    Process p = new ProcessBuilder("bash", script.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0) {
      throw new IOException("fetch-wordnet.sh failed");
    }
    return Path.of(out);
  }

  /** Up to {@code max} glosses; lines of the license header (they start with spaces) are skipped. */
  static List<String> read(Path dir, int max) {
    List<String> out = new ArrayList<>();
    for (String file : FILES) {
      try {
        for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
          int bar = line.indexOf(" | ");
          if (line.startsWith(" ") || bar < 0) {
            continue;
          }
          if (out.size() == max) {
            return out;
          }
          out.add(line.substring(bar + 3).trim());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
