package org.sochdb.toon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TOON (Token-Oriented Object Notation) encoder and decoder for tables.
 *
 * <h2>Dialects</h2>
 * <p><b>COMPACT</b> (default) is the one-line form SochDB has always written:
 * <pre>users[2]{name,email}:Alice,alice@example.com;Bob,bob@example.com</pre>
 * i.e. {@code name[count]{f1,f2,...}:} then the rows, separated by {@code ;}, values
 * separated by the delimiter. Nothing follows the last row (no newline).
 *
 * <p><b>SPEC</b> is the tabular-array form of the TOON specification v4.0
 * (github.com/toon-format/spec, &sect;6, &sect;9.3, &sect;11, &sect;12):
 * <pre>
 * users[2]{name,email}:
 *   Alice,alice@example.com
 *   Bob,bob@example.com</pre>
 * Rows are indented by {@link ToonOptions#indent()} spaces (default 2), LF-separated, with no
 * trailing spaces or trailing newline.
 *
 * <p>Shared by both: a {@code null} table name gives the keyless root form {@code [2]{a,b}:};
 * a non-comma delimiter is declared in the brackets and separates the field names too
 * ({@code users[2|]{name|email}:}, {@code users[2\t]{name\temail}:}); a column whose values
 * are all non-empty maps with the same keys becomes a nested field group
 * ({@code orders[1]{id,customer{name,country}}:}, spec &sect;9.3), and decodes back to nested maps.
 * A table with no fields and no rows is written {@code users: []} (SPEC, spec &sect;9.1) or
 * {@code users[0]:} (COMPACT); with fields and no rows both dialects write {@code users[0]{name,email}:}.
 *
 * <h2>Names</h2>
 * Table and field names are written bare when they match {@code ^[A-Za-z_][A-Za-z0-9_.]*$}
 * and quoted (with the escapes below) otherwise, in both dialects (spec &sect;7.3).
 *
 * <h2>Quoting string values</h2>
 * A string is written in double quotes when it
 * <ul>
 *   <li>is empty, or starts or ends with a space or tab;</li>
 *   <li>equals {@code true}, {@code false} or {@code null};</li>
 *   <li>looks like a number: {@code ^[+-]?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$} (e.g. {@code 123},
 *       {@code -3.5}, {@code 05}, {@code +1}, {@code 1e6});</li>
 *   <li>contains {@code :} {@code "} {@code \} {@code [} {@code ]} <code>&#123;</code> <code>&#125;</code>, a control
 *       character U+0000&ndash;U+001F (so any newline, CR or tab), or the table's delimiter;</li>
 *   <li>COMPACT only: contains {@code ;} (the row separator);</li>
 *   <li>SPEC only: starts with {@code -} or {@code #} (spec &sect;7.2).</li>
 * </ul>
 * Otherwise it is written as is (Unicode and inner spaces included). Inside quotes the escapes
 * are {@code \\ \" \n \r \t} and {@code \}{@code u00XX} (lowercase hex) for the other control
 * characters; the decoder accepts exactly these plus any {@code \}{@code uXXXX} that is not a
 * surrogate. Byte arrays and vectors are always quoted (see below).
 *
 * <h2>Values (encoding)</h2>
 * <ul>
 *   <li>{@code null} (and an empty {@link java.util.Optional}) &rarr; {@code null};
 *       {@link Boolean} &rarr; {@code true}/{@code false}.</li>
 *   <li>{@link Byte}, {@link Short}, {@link Integer}, {@link Long}, {@link java.math.BigInteger},
 *       AtomicInteger/AtomicLong &rarr; plain integer digits, any size.</li>
 *   <li>{@link Float}, {@link Double}, {@link java.math.BigDecimal} and other numbers &rarr;
 *       canonical decimal: {@code 0} for any zero (so {@code -0.0} &rarr; {@code 0}); no trailing
 *       fractional zeros and no {@code .0} ({@code 2.50} &rarr; {@code 2.5}, {@code 1.0} &rarr;
 *       {@code 1}); plain notation when {@code 1e-6 <= |n| < 1e21}, else exponent form with a
 *       lowercase {@code e} and a sign ({@code 1e-7}, {@code 1.5e+21}). Floats and doubles use
 *       their shortest round-tripping decimal ({@code Float.toString}/{@code Double.toString}),
 *       so {@code 0.1f} &rarr; {@code 0.1}; BigDecimal keeps every digit. NaN and &plusmn;Infinity
 *       &rarr; {@code null} (spec &sect;3; the only lossy case).</li>
 *   <li>{@link CharSequence}, {@link Character}, {@link java.util.UUID} &rarr; string; enums &rarr;
 *       their name.</li>
 *   <li>Date/time types &rarr; ISO-8601 strings: java.sql.Date and LocalDate {@code 2024-01-31};
 *       java.sql.Time and LocalTime {@code 13:45:00[.fraction]}; java.sql.Timestamp and
 *       LocalDateTime {@code 2024-01-31T13:45:00[.fraction]}; OffsetDateTime and ZonedDateTime
 *       {@code 2024-01-31T13:45:00+01:00}; java.util.Date and Instant {@code 2024-01-31T12:45:00Z};
 *       other java.time values their {@code toString()}.</li>
 *   <li>{@code byte[]} &rarr; a quoted standard Base64 string (with padding), e.g. {@code "AAEC"}.</li>
 *   <li>{@code float[]} / {@code double[]} (vectors) &rarr; a quoted string of the canonical numbers,
 *       {@code "[0.1,0.2]"}.</li>
 *   <li>{@link Map} values &rarr; nested field group (see above); lists, arrays of objects and other
 *       types &rarr; {@link IllegalArgumentException} naming the row and field. {@link #encode(String,
 *       ResultSet)} instead falls back to {@code getString} for such columns and materializes
 *       BLOB/CLOB/SQLXML and REAL/DOUBLE SQL arrays.</li>
 * </ul>
 *
 * <h2>Values (decoding)</h2>
 * A quoted token is always a {@link String}. Unquoted: {@code true}/{@code false} &rarr;
 * {@link Boolean}; {@code null} &rarr; {@code null}; a token of the spec's number grammar
 * {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?} &rarr; a number: {@link Long} for
 * integer tokens (a {@link java.math.BigInteger} beyond the long range), otherwise {@link Long} if
 * the value is integral and fits a long ({@code 1e3}, {@code 2.0}, {@code -0.0}), else a
 * {@link java.math.BigDecimal} with trailing zeros stripped; anything else, including the empty
 * token and {@code 05}, {@code +1}, {@code NaN}, is a {@link String}. Surrounding spaces of
 * unquoted tokens are trimmed. Hence {@code decode(encode(x))} gives equal values, with these
 * normalizations: all integer types come back as Long (or BigInteger); Float/Double/BigDecimal
 * come back as BigDecimal (Long when integral), numerically equal to the input
 * ({@code decoded.doubleValue() == original} for doubles); dates, byte[] and vectors come back as
 * the Strings described above; NaN/Infinity as null.
 *
 * <h2>Decoding</h2>
 * {@link #decode(String)} detects the dialect: if the header line has rows after its colon the
 * text is COMPACT, otherwise SPEC. SPEC input may use comment lines ({@code #} after optional spaces),
 * blank lines between the header and the first row or after the last row, and CRLF line ends. Also
 * accepted as empty tables: {@code []}, {@code key: []}, {@code key[0]:}. Strict mode (default)
 * rejects, with a {@link ToonFormatException} naming line and column:
 * a row count different from {@code [N]} ({@code "header declares 3 rows but 2 were found"}),
 * a row width different from the number of (leaf) fields
 * ({@code "row 2 has 1 value but the header declares 2 fields"}), duplicate field names, a field list
 * using another delimiter than the brackets, indentation that is not a multiple of the indent size,
 * and blank lines between rows. Non-strict mode skips those checks (missing cells become null, extra
 * cells are ignored, a repeated field name keeps the last value, indentation is floored). Always
 * rejected: malformed headers, bad escapes and unterminated strings, tabs in indentation, lines deeper
 * than the rows, and TOON constructs outside a single table (other object fields, inline or list
 * arrays, keyed tabular objects {@code [N:]}).
 *
 * <p>Targets TOON spec version 4.0 for the SPEC dialect ({@code toon-spec: 4.0}), tabular subset.
 */
public final class Toon {
    private Toon() {
    }

    /**
     * Encodes rows in the COMPACT dialect, e.g. {@code Toon.encode("users", rows, List.of("name", "email"))}.
     *
     * @param name   table name, or null for the keyless form {@code [N]{...}:}
     * @param rows   one map per row; a field missing from a row map is written as null
     * @param fields the columns to write, in order; null means every key of every row, in
     *               encounter order (the first row's keys first)
     */
    public static String encode(String name, List<Map<String, Object>> rows, List<String> fields) {
        return encode(name, rows, fields, ToonOptions.DEFAULT);
    }

    /** Like {@link #encode(String, List, List)} with explicit options (dialect, delimiter, indent). */
    public static String encode(String name, List<Map<String, Object>> rows, List<String> fields,
                                ToonOptions options) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(options, "options");
        List<String> columns = fields != null ? fields : allKeys(rows);
        List<Object[]> values = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> row = rows.get(r);
            if (row == null) {
                throw new IllegalArgumentException("row " + (r + 1) + " is null");
            }
            Object[] v = new Object[columns.size()];
            for (int c = 0; c < v.length; c++) {
                v[c] = row.get(columns.get(c));
            }
            values.add(v);
        }
        return ToonWriter.write(name, columns, values, options);
    }

    private static List<String> allKeys(List<Map<String, Object>> rows) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            if (row != null) {
                keys.addAll(row.keySet());
            }
        }
        return new ArrayList<>(keys);
    }

    /**
     * Encodes all remaining rows of {@code rs} in the COMPACT dialect; field names are the column
     * labels. The result set is read to its end but not closed.
     */
    public static String encode(String name, ResultSet rs) throws SQLException {
        return encode(name, rs, ToonOptions.DEFAULT);
    }

    /** Like {@link #encode(String, ResultSet)} with explicit options. */
    public static String encode(String name, ResultSet rs, ToonOptions options) throws SQLException {
        Objects.requireNonNull(rs, "rs");
        Objects.requireNonNull(options, "options");
        ResultSetRows read = ResultSetRows.read(rs);
        return ToonWriter.write(name, read.labels, read.rows, options);
    }

    /** Decodes one table, detecting the dialect, in strict mode with indent 2. */
    public static ToonTable decode(String text) {
        return decode(text, null, ToonOptions.DEFAULT);
    }

    /**
     * Decodes one table, detecting the dialect; uses {@code options.strict()} and
     * {@code options.indent()} (the dialect and delimiter of the options are ignored).
     */
    public static ToonTable decode(String text, ToonOptions options) {
        return decode(text, null, options);
    }

    /**
     * Decodes one table written in the given dialect.
     *
     * @param dialect the dialect to expect, or null to detect it
     */
    public static ToonTable decode(String text, ToonDialect dialect, ToonOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        return ToonReader.read(text, dialect, options);
    }
}
