package org.sochdb.toon;

/**
 * The two TOON text forms this codec reads and writes.
 *
 * <ul>
 *   <li>{@link #COMPACT} &ndash; the one-line form SochDB has always written,
 *       e.g. {@code users[2]{name,email}:Alice,alice@example.com;Bob,bob@example.com}.
 *       Rows are separated by {@code ;}, values by the delimiter.</li>
 *   <li>{@link #SPEC} &ndash; the tabular-array form of the public TOON specification
 *       (toon-format/spec v4.0, &sect;9.3): a header line followed by one indented line per row.</li>
 * </ul>
 *
 * <p>Both share the header syntax {@code name[N<delim?>]{f1<delim>f2}:} and the value
 * syntax (quoting, escapes, numbers); see {@link Toon} for the full rules.
 */
public enum ToonDialect {
    /** One-line SochDB form: {@code name[N]{f1,f2}:v1,v2;v1,v2}. The default for encoding. */
    COMPACT,
    /** Multi-line tabular form of the TOON specification v4.0. */
    SPEC
}
