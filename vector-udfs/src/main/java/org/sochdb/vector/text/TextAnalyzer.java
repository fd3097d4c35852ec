package org.sochdb.vector.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns text into index terms with Lucene's analyzers. The English one is Lucene's
 * {@link EnglishAnalyzer}: standard tokenizer, possessive {@code 's} removed, lower case,
 * English stop words dropped, Porter stemming. Safe to share between threads: a Lucene
 * analyzer keeps one reusable token stream per thread.
 */
public final class TextAnalyzer {
  private static final String FIELD = "text";
  private static final TextAnalyzer ENGLISH = new TextAnalyzer(new EnglishAnalyzer());

  private final Analyzer analyzer;

  public TextAnalyzer(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  public static TextAnalyzer english() {
    return ENGLISH;
  }

  /** The Lucene analyzer underneath, for comparing with a Lucene index built the same way. */
  public Analyzer lucene() {
    return analyzer;
  }

  /** The terms of {@code text} with their positions; empty for null, blank or stop-word-only text. */
  public List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new Token(term.toString(), position));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out;
  }

  /** The terms of {@code text} in order, without positions. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens(text)) {
      out.add(t.term());
    }
    return out;
  }
}
