package org.sochdb.adapter.plan.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;
import org.sochdb.adapter.ddl.SochDdlExecutor;

/** The fast path's copy of the reserved words is the parser's list, word for word. */
class ReservedWordsTest {
  @Test
  void listEqualsTheParsersReservedWords() {
    SqlAbstractParserImpl.Metadata md =
        SqlParser.create("", SqlParser.config().withParserFactory(SochDdlExecutor.PARSER_FACTORY)).getMetadata();
    Set<String> parser = new TreeSet<>();
    for (String token : md.getTokens()) {
      if (token.matches("[A-Z_][A-Z0-9_$]*") && md.isReservedWord(token)) {
        parser.add(token);
      }
    }
    assertEquals(parser, new TreeSet<>(ReservedWords.all()),
        "regenerate calcite-adapter/src/main/resources/org/sochdb/adapter/plan/fast/reserved-words.txt");
  }
}
