package org.sochdb.toon;

import java.util.List;

/** Writes one table in the COMPACT or SPEC dialect. */
final class ToonWriter {
    private ToonWriter() {
    }

    /**
     * @param name   table name, or null for the keyless root form
     * @param fields column names, in output order
     * @param rows   values positioned as {@code fields}
     */
    static String write(String name, List<String> fields, List<Object[]> rows, ToonOptions options) {
        ToonDelimiter delimiter = options.delimiter();
        boolean spec = options.dialect() == ToonDialect.SPEC;
        if (fields.isEmpty()) {
            if (!rows.isEmpty()) {
                throw new IllegalArgumentException("a table with rows needs at least one field");
            }
            if (spec) { // TOON spec §9.1: empty arrays are written `key: []` / `[]`
                return name == null ? "[]" : ToonStrings.encodeKey(name) + ": []";
            }
            return ToonHeader.format(name, 0, delimiter, null);
        }
        List<ToonField> plan = ToonColumns.plan(fields, rows);
        StringBuilder b = new StringBuilder(64 + rows.size() * 16 * fields.size());
        b.append(ToonHeader.format(name, rows.size(), delimiter, plan));
        String indent = " ".repeat(options.indent());
        for (int r = 0; r < rows.size(); r++) {
            if (spec) {
                b.append('\n').append(indent);
            } else if (r > 0) {
                b.append(';');
            }
            List<Object> cells = ToonColumns.cells(rows.get(r), plan);
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    b.append(delimiter.character());
                }
                try {
                    b.append(ToonValues.format(cells.get(c), delimiter.character(), options.dialect()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("row " + (r + 1) + ", field '"
                            + ToonColumns.leafPaths(plan).get(c) + "': " + e.getMessage(), e);
                }
            }
        }
        return b.toString();
    }
}
