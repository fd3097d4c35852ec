package org.sochdb.toon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.toon.Rows.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-line COMPACT dialect of the SochDB guide. */
class ToonCompactDialectTest {

    private static final List<Map<String, Object>> USERS = List.of(
            row("name", "Alice", "email", "alice@example.com"),
            row("name", "Bob", "email", "bob@example.com"));

    @Test
    void guideToToonExample() {
        assertEquals("users[2]{name,email}:Alice,alice@example.com;Bob,bob@example.com",
                Toon.encode("users", USERS, List.of("name", "email")));
    }

    @Test
    void guideQueryBuilderExample() {
        String expected = "result[1]{name,price}:Laptop,999";
        for (Object price : new Object[] {999, 999L, (short) 999, new BigDecimal("999"), new BigDecimal("999.00"), 999.0}) {
            assertEquals(expected, Toon.encode("result", List.of(row("name", "Laptop", "price", price)),
                    List.of("name", "price")), "price as " + price.getClass().getSimpleName());
        }
    }

    @Test
    void decodesGuideExamples() {
        ToonTable users = Toon.decode("users[2]{name,email}:Alice,alice@example.com;Bob,bob@example.com");
        assertEquals("users", users.name());
        assertEquals(List.of("name", "email"), users.fields());
        assertEquals(USERS, users.rows());
        assertEquals(List.of("name", "email"), new ArrayList<>(users.rows().get(0).keySet()));
        assertArrayEquals(new Object[] {"Bob", "bob@example.com"}, users.rowArrays().get(1));
        assertEquals(ToonDialect.COMPACT, users.dialect());
        assertTrue(users.rows().get(0) instanceof java.util.LinkedHashMap);
        assertEquals(ToonDelimiter.COMMA, users.delimiter());

        ToonTable result = Toon.decode("result[1]{name,price}:Laptop,999");
        assertEquals(List.of(row("name", "Laptop", "price", 999L)), result.rows());
    }

    @Test
    void fieldSelectionMissingKeysAndDerivedFields() {
        List<Map<String, Object>> rows = List.of(row("id", 1, "name", "A", "secret", "x"), row("id", 2));
        assertEquals("t[2]{id,name}:1,A;2,null", Toon.encode("t", rows, List.of("id", "name")));
        assertEquals("t[2]{id,name,secret}:1,A,x;2,null,null", Toon.encode("t", rows, null));
        assertEquals("t[2]{id,name,extra}:1,A,null;2,B,true",
                Toon.encode("t", List.of(row("id", 1, "name", "A"), row("id", 2, "name", "B", "extra", true)), null));
    }

    @Test
    void emptyTable() {
        assertEquals("users[0]{name,email}:", Toon.encode("users", List.of(), List.of("name", "email")));
        ToonTable t = Toon.decode("users[0]{name,email}:");
        assertEquals("users", t.name());
        assertEquals(List.of("name", "email"), t.fields());
        assertEquals(0, t.rowCount());
        assertEquals("users[0]:", Toon.encode("users", List.of(), List.of()));
        assertEquals(List.of(), Toon.decode("users[0]:").fields());
    }

    @Test
    void nullsAndBooleans() {
        List<Map<String, Object>> rows = List.of(row("a", null, "b", true, "c", false), row("a", "x", "b", null, "c", null));
        String text = Toon.encode("t", rows, List.of("a", "b", "c"));
        assertEquals("t[2]{a,b,c}:null,true,false;x,null,null", text);
        assertEquals(rows, Toon.decode(text).rows());
    }

    @Test
    void rootFormWithoutName() {
        assertEquals("[1]{a}:1", Toon.encode(null, List.of(row("a", 1)), List.of("a")));
        assertNull(Toon.decode("[1]{a}:1").name());
    }

    @Test
    void namesAndFieldsAreQuotedWhenNotPlainIdentifiers() {
        String text = Toon.encode("my table", List.of(row("first name", "A", "e-mail", "b", "ok_1.x", 1, "", 2)), null);
        assertEquals("\"my table\"[1]{\"first name\",\"e-mail\",ok_1.x,\"\"}:A,b,1,2", text);
        ToonTable t = Toon.decode(text);
        assertEquals("my table", t.name());
        assertEquals(List.of("first name", "e-mail", "ok_1.x", ""), t.fields());
        assertEquals(List.of("a,b", "c;d"), Toon.decode(Toon.encode("t;x", List.of(row("a,b", 1, "c;d", 2)), null)).fields());
    }

    /** value | token written by the COMPACT dialect with the comma delimiter. */
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
        "Alice => Alice",
        "alice@example.com => alice@example.com",
        "héllo wörld 👋 => héllo wörld 👋",
        "'' => \"\"",
        "' lead' => \" lead\"",
        "'trail ' => \"trail \"",
        "a,b => \"a,b\"",
        "a;b => \"a;b\"",
        "a:b => \"a:b\"",
        "[x] => \"[x]\"",
        "{x} => \"{x}\"",
        "say \"hi\" => \"say \\\"hi\\\"\"",
        "back\\slash => \"back\\\\slash\"",
        "123 => \"123\"",
        "-3.5 => \"-3.5\"",
        "1e6 => \"1e6\"",
        "05 => \"05\"",
        "+1 => \"+1\"",
        "true => \"true\"",
        "false => \"false\"",
        "null => \"null\"",
        "-x => -x",
        "#tag => #tag",
        "a|b => a|b",
        "1.5.3 => 1.5.3",
        "NaN => NaN",
        "x y => x y",
    })
    void seedQuoting(String value, String token) {
        String text = Toon.encode("t", List.of(row("v", value)), List.of("v"));
        assertEquals("t[1]{v}:" + token, text);
        assertEquals(value, Toon.decode(text).rows().get(0).get("v"));
    }

    @Test
    void controlCharactersAreEscaped() {
        String value = "l1\nl2\rx\ty\u0001z\u001f";
        String text = Toon.encode("t", List.of(row("v", value)), List.of("v"));
        assertEquals("t[1]{v}:\"l1\\nl2\\rx\\ty\\u0001z\\u001f\"", text);
        assertTrue(text.indexOf('\n') < 0);
        assertEquals(value, Toon.decode(text).rows().get(0).get("v"));
        assertEquals("é\u0004", Toon.decode("t[1]{v}:\"\\u00E9\\u0004\"").rows().get(0).get("v"));
    }

    @Test
    void pipeAndTabDelimiters() {
        ToonOptions pipe = ToonOptions.compact().withDelimiter(ToonDelimiter.PIPE);
        ToonOptions tab = ToonOptions.compact().withDelimiter(ToonDelimiter.TAB);
        List<Map<String, Object>> rows = List.of(row("name", "a|b", "note", "x,y"), row("name", "B", "note", "c"));
        String p = Toon.encode("users", rows, List.of("name", "note"), pipe);
        assertEquals("users[2|]{name|note}:\"a|b\"|x,y;B|c", p);
        String t = Toon.encode("users", rows, List.of("name", "note"), tab);
        assertEquals("users[2\t]{name\tnote}:a|b\tx,y;B\tc", t);
        assertEquals(rows, Toon.decode(p).rows());
        assertEquals(rows, Toon.decode(t).rows());
        assertEquals(ToonDelimiter.PIPE, Toon.decode(p).delimiter());
        assertEquals(ToonDelimiter.TAB, Toon.decode(t).delimiter());
    }

    @Test
    void nestedMapColumnsBecomeFieldGroups() {
        List<Map<String, Object>> rows = List.of(
                row("id", 1L, "customer", row("name", "Ada", "country", "DK")),
                row("id", 2L, "customer", row("country", "UK", "name", "Bob")));
        String text = Toon.encode("orders", rows, null);
        assertEquals("orders[2]{id,customer{name,country}}:1,Ada,DK;2,Bob,UK", text);
        ToonTable t = Toon.decode(text);
        assertEquals(List.of("id", "customer"), t.fields());
        assertEquals(rows, t.rows());
        assertEquals(List.of("name", "country"), new ArrayList<>(((Map<?, ?>) t.rows().get(1).get("customer")).keySet()));
    }

    @Test
    void decoderToleratesSpacesAndTrailingNewline() {
        ToonTable t = Toon.decode("users[2]{name,email}: Alice , a@x ;Bob,\"b@x\"\r\n");
        assertEquals(List.of(row("name", "Alice", "email", "a@x"), row("name", "Bob", "email", "b@x")), t.rows());
    }

    @Test
    void quotedSeparatorsInsideValues() {
        ToonTable t = Toon.decode("t[2]{a,b}:\"x;y\",\"1,2\";\"q\\\"uote;\",\"\"");
        assertEquals(List.of(row("a", "x;y", "b", "1,2"), row("a", "q\"uote;", "b", "")), t.rows());
    }

    @Test
    void encodingErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Toon.encode("t", List.of(row("id", 1, "tags", Arrays.asList("a", "b"))), null));
        assertEquals("row 1, field 'tags': no TOON mapping for values of type java.util.Arrays$ArrayList", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Toon.encode("t", List.of(row("a", 1)), List.of("a", "a")));
        assertTrue(e.getMessage().startsWith("duplicate field name 'a'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Toon.encode("t",
                List.of(row("c", row("x", 1)), row("c", null)), null));
        assertTrue(e.getMessage().startsWith("column 'c' cannot be written as a table"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Toon.encode("t", List.of(row()), List.of()));
    }
}
