package org.sochdb.bench.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sochdb.vector.text.TextAnalyzer;

/**
 * Seeded queries of 1-3 words, each taken from a random gloss, so query terms follow the
 * corpus' own word frequencies; queries whose words are all stop words are drawn again.
 */
final class QueryMaker {
  private QueryMaker() {}

  static List<String> make(List<String> docs, int count, long seed, TextAnalyzer analyzer) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    while (out.size() < count) {
      int words = 1 + random.nextInt(3);
      StringBuilder q = new StringBuilder();
      for (int i = 0; i < words; i++) {
        String[] gloss = docs.get(random.nextInt(docs.size())).split("[^\\p{L}\\p{N}']+");
        String word = gloss[random.nextInt(gloss.length)];
        q.append(i == 0 ? "" : " ").append(word);
      }
      String query = q.toString().trim();
      if (analyzer.terms(query).isEmpty() == false) {
        out.add(query);
      }
    }
    return out;
  }
}
