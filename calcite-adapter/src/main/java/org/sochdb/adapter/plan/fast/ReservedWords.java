package org.sochdb.adapter.plan.fast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The parser's reserved words, read from a list instead of from the parser itself: loading
 * Calcite's parser costs ~250 ms in a fresh JVM, the price the fast path exists to avoid.
 * {@code ReservedWordsTest} keeps the list equal to the parser's.
 */
final class ReservedWords {
  private static final Set<String> WORDS = load();

  private ReservedWords() {}

  static boolean isReserved(String word) {
    return WORDS.contains(word.toUpperCase(Locale.ROOT));
  }

  static Set<String> all() {
    return Set.copyOf(WORDS);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ReservedWords.class.getResourceAsStream("reserved-words.txt"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() == false && line.startsWith("#") == false) {
          words.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
