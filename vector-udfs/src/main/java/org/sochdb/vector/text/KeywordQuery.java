package org.sochdb.vector.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the query syntax {@link FullTextIndex#search} documents: words outside double
 * quotes become one term clause per analyzed term; a quoted run becomes a phrase clause (a
 * term clause when it analyzes to one term, nothing when to none). A missing closing quote
 * closes at the end of the query.
 */
final class KeywordQuery {
  private KeywordQuery() {}

  static List<QueryClause> parse(String query, TextAnalyzer analyzer) {
    List<QueryClause> out = new ArrayList<>();
    if (query == null) {
      return out;
    }
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i <= query.length(); i++) {
      if (i < query.length() && query.charAt(i) != '"') {
        continue;
      }
      String part = query.substring(start, i);
      if (quoted) {
        addPhrase(out, analyzer.tokens(part));
      } else {
        for (Token t : analyzer.tokens(part)) {
          out.add(new QueryClause(List.of(t.term()), new int[] {0}));
        }
      }
      quoted = !quoted;
      start = i + 1;
    }
    return out;
  }

  private static void addPhrase(List<QueryClause> out, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    List<String> terms = new ArrayList<>(tokens.size());
    int[] offsets = new int[tokens.size()];
    int first = tokens.get(0).position();
    for (int i = 0; i < tokens.size(); i++) {
      terms.add(tokens.get(i).term());
      offsets[i] = tokens.get(i).position() - first;
    }
    out.add(new QueryClause(List.copyOf(terms), offsets));
  }
}
