package org.sochdb.toon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A decoded TOON table: an optional name, the ordered field names and the rows.
 *
 * <p>Each row is a {@link java.util.LinkedHashMap} whose iteration order is the header's field
 * order. Values are {@code null}, {@link Boolean}, {@link Long}, {@link java.math.BigInteger},
 * {@link java.math.BigDecimal} or {@link String} (see {@link Toon} for the exact mapping); a
 * nested field group ({@code customer{name,country}}, TOON spec &sect;9.3) yields a nested
 * {@code LinkedHashMap<String,Object>}. The row list is unmodifiable; the row maps are the
 * table's own instances (changing them changes this table).
 *
 * <p>{@link #equals(Object)} compares name, fields and rows (not the dialect or delimiter
 * the text happened to use).
 */
public final class ToonTable {
    private final String name;
    private final List<String> fields;
    private final List<Map<String, Object>> rows;
    private final ToonDialect dialect;
    private final ToonDelimiter delimiter;

    ToonTable(String name, List<String> fields, List<Map<String, Object>> rows,
              ToonDialect dialect, ToonDelimiter delimiter) {
        this.name = name;
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
    }

    /** The table name (the header key), or {@code null} for the keyless root form {@code [N]{...}:}. */
    public String name() {
        return name;
    }

    /** Top-level field names in header order (duplicates collapsed, first position kept). */
    public List<String> fields() {
        return fields;
    }

    /** The rows, in document order; each is a {@link java.util.LinkedHashMap} iterating in {@link #fields()} order. */
    public List<Map<String, Object>> rows() {
        return rows;
    }

    /** The rows as fresh arrays, values positioned as in {@link #fields()}. */
    public List<Object[]> rowArrays() {
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(fields.get(i));
            }
            out.add(values);
        }
        return out;
    }

    /** Number of rows. */
    public int rowCount() {
        return rows.size();
    }

    /** The dialect the text was written in (an empty table with no row text reports {@link ToonDialect#SPEC}). */
    public ToonDialect dialect() {
        return dialect;
    }

    /** The delimiter declared by the header. */
    public ToonDelimiter delimiter() {
        return delimiter;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ToonTable)) {
            return false;
        }
        ToonTable that = (ToonTable) o;
        return Objects.equals(name, that.name) && fields.equals(that.fields) && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, fields, rows);
    }

    @Override
    public String toString() {
        return "ToonTable[name=" + name + ", fields=" + fields + ", rows=" + rows + "]";
    }
}
