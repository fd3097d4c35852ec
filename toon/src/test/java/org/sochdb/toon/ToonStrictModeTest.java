package org.sochdb.toon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sochdb.toon.Rows.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict-mode decoding errors (exact messages) and the matching non-strict behaviour. */
class ToonStrictModeTest {
    private static final ToonOptions LENIENT = ToonOptions.DEFAULT.withStrict(false);

    @Test
    void specRowCountMismatch() {
        String text = "users[3]{name,email}:\n  Alice,a@x\n  Bob,b@x";
        ToonFormatException e = assertThrows(ToonFormatException.class, () -> Toon.decode(text));
        assertEquals("line 1, column 7: header declares 3 rows but 2 were found", e.getMessage());
        assertEquals(1, e.getLine());
        assertEquals(7, e.getColumn());
        assertEquals("header declares 3 rows but 2 were found", e.getDetail());
        assertEquals(2, Toon.decode(text, LENIENT).rowCount());

        ToonFormatException more = assertThrows(ToonFormatException.class,
                () -> Toon.decode("users[1]{name}:\n  Alice\n  Bob"));
        assertEquals("line 1, column 7: header declares 1 row but 2 were found", more.getMessage());
    }

    @Test
    void specRowWidthMismatch() {
        ToonFormatException e = assertThrows(ToonFormatException.class,
                () -> Toon.decode("users[2]{name,email}:\n  Alice,a@x\n  Bob"));
        assertEquals("line 3, column 3: row 2 has 1 value but the header declares 2 fields", e.getMessage());
        e = assertThrows(ToonFormatException.class,
                () -> Toon.decode("users[2]{name,email}:\n  Alice,a@x\n  Bob,b@x,extra"));
        assertEquals("line 3, column 3: row 2 has 3 values but the header declares 2 fields", e.getMessage());
        e = assertThrows(ToonFormatException.class,
                () -> Toon.decode("o[1]{id,c{name,country}}:\n  1,Ada"));
        assertEquals("line 2, column 3: row 1 has 2 values but the header declares 3 fields", e.getMessage());

        ToonTable t = Toon.decode("users[2]{name,email}:\n  Alice,a@x,extra\n  Bob", LENIENT);
        assertEquals(List.of(row("name", "Alice", "email", "a@x"), row("name", "Bob", "email", null)), t.rows());
    }

    @Test
    void seedCountAndWidthMismatch() {
        ToonFormatException e = assertThrows(ToonFormatException.class,
                () -> Toon.decode("users[3]{name,email}:Alice,a@x;Bob,b@x"));
        assertEquals("line 1, column 7: header declares 3 rows but 2 were found", e.getMessage());
        e = assertThrows(ToonFormatException.class, () -> Toon.decode("users[2]{name,email}:Alice,a@x;Bob"));
        assertEquals("line 1, column 32: row 2 has 1 value but the header declares 2 fields", e.getMessage());
        assertEquals(List.of(row("name", "Alice", "email", "a@x"), row("name", "Bob", "email", null)),
                Toon.decode("users[3]{name,email}:Alice,a@x;Bob", LENIENT).rows());
    }

    @Test
    void blankLinesInsideRows() {
        String text = "t[2]{a}:\n  1\n\n  2";
        ToonFormatException e = assertThrows(ToonFormatException.class, () -> Toon.decode(text));
        assertEquals("line 3, column 1: blank line inside the table's rows", e.getMessage());
        assertEquals(2, Toon.decode(text, LENIENT).rowCount());
    }

    @Test
    void indentation() {
        String text = "t[1]{a}:\n   1";
        ToonFormatException e = assertThrows(ToonFormatException.class, () -> Toon.decode(text));
        assertEquals("line 2, column 1: indentation of 3 spaces is not a multiple of the indent size 2", e.getMessage());
        assertEquals(List.of(row("a", 1L)), Toon.decode(text, LENIENT).rows());
    }

    @Test
    void headerErrors() {
        ToonFormatException e = assertThrows(ToonFormatException.class, () -> Toon.decode("t[1]{a,a}:\n  1,2"));
        assertEquals("line 1, column 8: duplicate field name 'a'", e.getMessage());
        assertEquals(List.of(row("a", 2L)), Toon.decode("t[1]{a,a}:\n  1,2", LENIENT).rows());

        e = assertThrows(ToonFormatException.class, () -> Toon.decode("t[1|]{a,b}:\n  1|2"));
        assertEquals("line 1, column 8: header delimiter mismatch: the field list uses ',' but the bracket segment "
                + "declares '|'", e.getMessage());
    }

    @Test
    void stringErrors() {
        ToonFormatException e = assertThrows(ToonFormatException.class, () -> Toon.decode("t[1]{a}:\n  \"x\\q\""));
        assertEquals("line 2, column 5: invalid escape \\q", e.getMessage());
        e = assertThrows(ToonFormatException.class, () -> Toon.decode("t[1]{a}:\n  \"abc"));
        assertEquals("line 2, column 3: unterminated string", e.getMessage());
        e = assertThrows(ToonFormatException.class, () -> Toon.decode("t[1]{a}:\"x\"y"));
        assertEquals("line 1, column 12: unexpected characters after the closing quote", e.getMessage());
        e = assertThrows(ToonFormatException.class, () -> Toon.decode("t[1]{a}:\"\\ud800\""));
        assertEquals("line 1, column 10: \\uD800 escapes a surrogate code unit", e.getMessage());
        e = assertThrows(ToonFormatException.class, () -> Toon.decode("t[1]{a}:\"\\u12\""));
        assertEquals("line 1, column 10: \\u escape needs four hex digits", e.getMessage());
    }

    @Test
    void seedIsOneLine() {
        ToonFormatException e = assertThrows(ToonFormatException.class, () -> Toon.decode("t[1]{a}:1\n  2"));
        assertEquals("line 2, column 3: the compact dialect is a single line; unexpected content", e.getMessage());
    }
}
