package org.sochdb.toon;

/**
 * Value delimiter of a TOON table. A non-comma delimiter is declared inside the header's
 * bracket segment ({@code users[2|]{name|email}:}, {@code users[2\t]{name\temail}:}) and
 * also separates the field names, exactly as the TOON specification (&sect;6, &sect;11) requires.
 */
public enum ToonDelimiter {
    /** {@code ,} &ndash; the default; not written in the header. */
    COMMA(','),
    /** HTAB (U+0009); written as a literal tab in the header, e.g. {@code [2\t]}. */
    TAB('\t'),
    /** {@code |}; written in the header, e.g. {@code [2|]}. */
    PIPE('|');

    private final char character;

    ToonDelimiter(char character) {
        this.character = character;
    }

    /** The delimiter character. */
    public char character() {
        return character;
    }

    /** The symbol written inside the bracket segment: empty for comma. */
    String headerSymbol() {
        return this == COMMA ? "" : String.valueOf(character);
    }
}
