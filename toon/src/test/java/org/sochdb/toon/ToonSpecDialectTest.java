package org.sochdb.toon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sochdb.toon.Rows.row;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TOON specification's tabular form (SPEC dialect). */
class ToonSpecDialectTest {
    private static final ToonOptions SPEC = ToonOptions.spec();
    private static final List<Map<String, Object>> USERS = List.of(
            row("name", "Alice", "email", "alice@example.com"),
            row("name", "Bob", "email", "bob@example.com"));

    @Test
    void specExample() {
        String text = Toon.encode("users", USERS, List.of("name", "email"), SPEC);
        assertEquals("users[2]{name,email}:\n  Alice,alice@example.com\n  Bob,bob@example.com", text);
        ToonTable t = Toon.decode(text);
        assertEquals(ToonDialect.SPEC, t.dialect());
        assertEquals(USERS, t.rows());
    }

    @Test
    void delimitersAndIndent() {
        assertEquals("users[2|]{name|email}:\n  Alice|alice@example.com\n  Bob|bob@example.com",
                Toon.encode("users", USERS, List.of("name", "email"), SPEC.withDelimiter(ToonDelimiter.PIPE)));
        assertEquals("users[2\t]{name\temail}:\n    Alice\talice@example.com\n    Bob\tbob@example.com",
                Toon.encode("users", USERS, List.of("name", "email"),
                        SPEC.withDelimiter(ToonDelimiter.TAB).withIndent(4)));
        ToonTable t = Toon.decode("users[2\t]{name\temail}:\n    Alice\talice@example.com\n    Bob\tbob@example.com",
                ToonOptions.DEFAULT.withIndent(4));
        assertEquals(USERS, t.rows());
        assertEquals(ToonDelimiter.TAB, t.delimiter());
    }

    @Test
    void rootFormAndEmptyTables() {
        assertEquals("[2]{a,b}:\n  1,x\n  2,y",
                Toon.encode(null, List.of(row("a", 1, "b", "x"), row("a", 2, "b", "y")), null, SPEC));
        ToonTable root = Toon.decode("[2]{a,b}:\n  1,x\n  2,y");
        assertNull(root.name());
        assertEquals(List.of(row("a", 1L, "b", "x"), row("a", 2L, "b", "y")), root.rows());

        assertEquals("users[0]{name,email}:", Toon.encode("users", List.of(), List.of("name", "email"), SPEC));
        assertEquals("users: []", Toon.encode("users", List.of(), List.of(), SPEC));
        assertEquals("[]", Toon.encode(null, List.of(), null, SPEC));
        assertEquals("users", Toon.decode("users: []").name());
        assertEquals(0, Toon.decode("[]").rowCount());
        assertEquals(0, Toon.decode("\"x y\"[0]:").rowCount());
    }

    @Test
    void specQuotingDiffersFromCompactOnlyWhereTheSpecSaysSo() {
        List<Map<String, Object>> rows = List.of(row("v", "-x"), row("v", "#x"), row("v", "a;b"), row("v", "- item"));
        assertEquals("t[4]{v}:\n  \"-x\"\n  \"#x\"\n  a;b\n  \"- item\"", Toon.encode("t", rows, null, SPEC));
        assertEquals("t[4]{v}:-x;#x;\"a;b\";- item", Toon.encode("t", rows, null));
        assertEquals(rows, Toon.decode(Toon.encode("t", rows, null, SPEC)).rows());
        assertEquals(rows, Toon.decode(Toon.encode("t", rows, null)).rows());
    }

    @Test
    void commentsBlankLinesAndCrlf() {
        String text = "# users\r\n\r\nusers[2]{name,email}:\r\n\r\n  # first\r\n  Alice,alice@example.com\r\n"
                + "# outdented comment\r\n  Bob , bob@example.com \r\n\r\n";
        assertEquals(USERS, Toon.decode(text).rows());
    }

    @Test
    void nestedFieldGroups() {
        String text = "orders[2]{id,customer{name,country},total}:\n  1,Ada,DK,99\n  2,Bob,UK,149.5";
        ToonTable t = Toon.decode(text);
        assertEquals(List.of("id", "customer", "total"), t.fields());
        assertEquals(row("name", "Bob", "country", "UK"), t.rows().get(1).get("customer"));
        assertEquals(text, Toon.encode("orders", t.rows(), t.fields(), SPEC));
    }

    @Test
    void unsupportedConstructsAreRejectedWithPosition() {
        assertMessage("line 1, column 1: expected a table header such as name[N]{field1,field2}:", "a: 1");
        assertMessage("line 1, column 6: unsupported: only tables (name[N]{fields}:) are supported, not inline or list arrays",
                "tags[2]: a,b");
        assertMessage("line 1, column 4: keyed tabular objects ([N:]{...}, TOON spec \u00a79.5) are not supported",
                "m[2:]{v}:\n  a: 1\n  b: 2");
        assertMessage("line 3, column 1: unsupported: a document holds exactly one table, but another top-level line "
                + "follows table 't'", "t[1]{a}:\n  1\ncount: 1");
        assertMessage("line 3, column 1: trailing content after the root table", "[1]{a}:\n  1\njunk");
        assertMessage("line 2, column 4: expected a table row but found a key-value line (an unquoted ':' before any "
                + "delimiter)", "t[1]{a,b}:\n  x:y,1");
        assertMessage("line 1, column 1: no TOON table found: the text is empty", "\n  \n");
        assertMessage("line 2, column 1: tab character used for indentation", "t[1]{a}:\n\t1");
        assertMessage("line 3, column 5: line is indented deeper than the table's rows", "t[1]{a}:\n  1\n    2");
        assertMessage("line 1, column 10: missing ':' at the end of the header", "t[1]{a,b}\n  1,2");
        assertMessage("line 1, column 5: unexpected ' ' in the header; expected ':'", "t[1] {a}:\n  1");
        assertMessage("line 1, column 12: unexpected content after the table header's ':'", "t[1]{a,b}: 1,2",
                ToonDialect.SPEC);
        assertMessage("line 1, column 3: invalid array length: expected a non-negative integer without leading zeros",
                "t[01]{a}:\n  1");
        assertMessage("line 1, column 5: empty field list", "t[1]{}:\n  1");
        assertMessage("line 1, column 11: unexpected ':' in field list; quote the field name", "t[1]{a,b{c:\n  1");
        assertMessage("line 1, column 5: unterminated field list: missing '}'", "t[1]{a,b\n  1");
    }

    private static void assertMessage(String message, String text) {
        assertMessage(message, text, null);
    }

    private static void assertMessage(String message, String text, ToonDialect dialect) {
        ToonFormatException e = assertThrows(ToonFormatException.class,
                () -> Toon.decode(text, dialect, ToonOptions.DEFAULT));
        assertEquals(message, e.getMessage());
    }
}
