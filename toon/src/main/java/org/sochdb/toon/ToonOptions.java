package org.sochdb.toon;

import java.util.Objects;

/**
 * Immutable encoder/decoder settings. Start from {@link #DEFAULT}, {@link #compact()} or
 * {@link #spec()} and derive variants with the {@code with...} methods.
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>default</th><th>used by</th></tr>
 *   <tr><td>dialect</td><td>{@link ToonDialect#COMPACT}</td><td>encoder (the decoder detects it,
 *       unless forced with {@link Toon#decode(String, ToonDialect, ToonOptions)})</td></tr>
 *   <tr><td>delimiter</td><td>{@link ToonDelimiter#COMMA}</td><td>encoder (the decoder reads it
 *       from the header)</td></tr>
 *   <tr><td>indent</td><td>2</td><td>encoder (row indentation of the SPEC dialect) and decoder
 *       (strict check that indentation is a multiple of it)</td></tr>
 *   <tr><td>strict</td><td>true</td><td>decoder</td></tr>
 * </table>
 */
public final class ToonOptions {
    /** COMPACT dialect, comma, indent 2, strict. */
    public static final ToonOptions DEFAULT =
            new ToonOptions(ToonDialect.COMPACT, ToonDelimiter.COMMA, 2, true);

    private final ToonDialect dialect;
    private final ToonDelimiter delimiter;
    private final int indent;
    private final boolean strict;

    private ToonOptions(ToonDialect dialect, ToonDelimiter delimiter, int indent, boolean strict) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
        if (indent < 1) {
            throw new IllegalArgumentException("indent must be at least 1, got " + indent);
        }
        this.indent = indent;
        this.strict = strict;
    }

    /** Defaults with the COMPACT dialect (same as {@link #DEFAULT}). */
    public static ToonOptions compact() {
        return DEFAULT;
    }

    /** Defaults with the SPEC dialect. */
    public static ToonOptions spec() {
        return DEFAULT.withDialect(ToonDialect.SPEC);
    }

    public ToonOptions withDialect(ToonDialect dialect) {
        return new ToonOptions(dialect, delimiter, indent, strict);
    }

    public ToonOptions withDelimiter(ToonDelimiter delimiter) {
        return new ToonOptions(dialect, delimiter, indent, strict);
    }

    /** @param indent spaces per indentation level, at least 1 */
    public ToonOptions withIndent(int indent) {
        return new ToonOptions(dialect, delimiter, indent, strict);
    }

    public ToonOptions withStrict(boolean strict) {
        return new ToonOptions(dialect, delimiter, indent, strict);
    }

    public ToonDialect dialect() {
        return dialect;
    }

    public ToonDelimiter delimiter() {
        return delimiter;
    }

    public int indent() {
        return indent;
    }

    public boolean strict() {
        return strict;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ToonOptions)) {
            return false;
        }
        ToonOptions that = (ToonOptions) o;
        return dialect == that.dialect && delimiter == that.delimiter
                && indent == that.indent && strict == that.strict;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dialect, delimiter, indent, strict);
    }

    @Override
    public String toString() {
        return "ToonOptions[dialect=" + dialect + ", delimiter=" + delimiter
                + ", indent=" + indent + ", strict=" + strict + "]";
    }
}
