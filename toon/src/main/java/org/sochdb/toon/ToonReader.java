package org.sochdb.toon;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Decodes TOON text (either dialect) into a {@link ToonTable}. */
final class ToonReader {
    private final String[] lines;
    private final boolean strict;
    private final int indent;

    private ToonReader(String text, ToonOptions options) {
        this.lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.endsWith("\r")) {
                lines[i] = l.substring(0, l.length() - 1);
            }
        }
        this.strict = options.strict();
        this.indent = options.indent();
    }

    /** @param dialect the dialect to read, or null to detect it */
    static ToonTable read(String text, ToonDialect dialect, ToonOptions options) {
        return new ToonReader(text, options).read(dialect);
    }

    private ToonTable read(ToonDialect forced) {
        int first = -1;
        for (int i = 0; i < lines.length && first < 0; i++) {
            if (!isBlank(lines[i]) && (forced == ToonDialect.COMPACT || !isComment(lines[i]))) {
                first = i;
            }
        }
        if (first < 0) {
            throw new ToonFormatException("no TOON table found: the text is empty", 1, 1);
        }
        String line = lines[first];
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            throw new ToonFormatException("unexpected indentation before the table header", first + 1, 1);
        }
        ToonDialect dialect = forced != null ? forced : detect(line, first + 1);
        return dialect == ToonDialect.COMPACT ? readCompact(first) : readSpec(first);
    }

    /** COMPACT if the header line carries rows after its colon, SPEC otherwise. */
    private ToonDialect detect(String line, int lineNo) {
        if (line.strip().equals("[]") || emptyArrayKey(line, lineNo) != null) {
            return ToonDialect.SPEC;
        }
        ToonHeader h = ToonHeader.parse(line, lineNo, strict);
        return isBlank(line.substring(h.contentStart)) ? ToonDialect.SPEC : ToonDialect.COMPACT;
    }

    // ---------------------------------------------------------------- compact dialect

    private ToonTable readCompact(int first) {
        for (int i = 0; i < lines.length; i++) {
            if (i != first && !isBlank(lines[i])) {
                throw new ToonFormatException(
                        "the compact dialect is a single line; unexpected content", i + 1, firstNonSpace(lines[i]) + 1);
            }
        }
        String line = lines[first];
        int lineNo = first + 1;
        ToonHeader h = ToonHeader.parse(line, lineNo, strict);
        boolean empty = isBlank(line.substring(h.contentStart));
        if (h.fields == null) {
            if (h.count == 0 && empty) {
                return new ToonTable(h.name, List.of(), List.of(), ToonDialect.COMPACT, h.delimiter);
            }
            throw unsupportedArray(h, lineNo);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!empty) {
            for (int[] seg : ToonTokens.split(line, h.contentStart, line.length(), ';', lineNo)) {
                rows.add(row(h, line, lineNo, seg[0], seg[1], rows.size() + 1));
            }
        }
        checkCount(h, rows.size(), lineNo);
        return new ToonTable(h.name, topLevelNames(h.fields), rows, ToonDialect.COMPACT, h.delimiter);
    }

    // ---------------------------------------------------------------- spec dialect

    private ToonTable readSpec(int first) {
        String line = lines[first];
        int lineNo = first + 1;
        if (line.strip().equals("[]")) {
            expectNothingAfter(first + 1, null);
            return new ToonTable(null, List.of(), List.of(), ToonDialect.SPEC, ToonDelimiter.COMMA);
        }
        String key = emptyArrayKey(line, lineNo);
        if (key != null) {
            expectNothingAfter(first + 1, key);
            return new ToonTable(key, List.of(), List.of(), ToonDialect.SPEC, ToonDelimiter.COMMA);
        }
        ToonHeader h = ToonHeader.parse(line, lineNo, strict);
        boolean inline = !isBlank(line.substring(h.contentStart));
        if (h.fields == null) {
            if (h.count == 0 && !inline) {
                expectNothingAfter(first + 1, h.name);
                return new ToonTable(h.name, List.of(), List.of(), ToonDialect.SPEC, h.delimiter);
            }
            throw unsupportedArray(h, lineNo);
        }
        if (inline) {
            throw new ToonFormatException("unexpected content after the table header's ':'",
                    lineNo, ToonTokens.column(line, h.contentStart, line.length()));
        }
        char delimiter = h.delimiter.character();
        List<Map<String, Object>> rows = new ArrayList<>();
        int pendingBlank = -1;
        for (int i = first + 1; i < lines.length; i++) {
            String l = lines[i];
            int ln = i + 1;
            if (isComment(l)) {
                continue;
            }
            if (isBlank(l)) {
                if (!rows.isEmpty() && pendingBlank < 0) {
                    pendingBlank = ln;
                }
                continue;
            }
            int spaces = firstNonSpace(l);
            if (l.charAt(spaces) == '\t') {
                throw new ToonFormatException("tab character used for indentation", ln, spaces + 1);
            }
            if (strict && spaces % indent != 0) {
                throw new ToonFormatException("indentation of " + spaces
                        + " spaces is not a multiple of the indent size " + indent, ln, 1);
            }
            int depth = spaces / indent;
            if (depth == 0) {
                throw afterTable(ln, spaces, h.name);
            }
            if (depth > 1) {
                throw new ToonFormatException("line is indented deeper than the table's rows", ln, spaces + 1);
            }
            if (pendingBlank > 0) {
                if (strict) {
                    throw new ToonFormatException("blank line inside the table's rows", pendingBlank, 1);
                }
                pendingBlank = -1;
            }
            int colon = ToonTokens.firstUnquoted(l, spaces, l.length(), ':');
            if (colon >= 0) {
                int delim = ToonTokens.firstUnquoted(l, spaces, l.length(), delimiter);
                if (delim < 0 || colon < delim) {
                    throw new ToonFormatException("expected a table row but found a key-value line "
                            + "(an unquoted ':' before any delimiter)", ln, colon + 1);
                }
            }
            rows.add(row(h, l, ln, spaces, l.length(), rows.size() + 1));
        }
        checkCount(h, rows.size(), lineNo);
        return new ToonTable(h.name, topLevelNames(h.fields), rows, ToonDialect.SPEC, h.delimiter);
    }

    /** The key of a {@code key: []} line (TOON spec &sect;9.1 empty array), or null if the line is not one. */
    private static String emptyArrayKey(String line, int lineNo) {
        String key;
        int rest;
        if (line.startsWith("\"")) {
            int close = ToonStrings.closingQuote(line, 0);
            if (close < 0) {
                return null;
            }
            key = ToonStrings.unescape(line, 0, close, lineNo, 1);
            rest = close + 1;
        } else {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            key = line.substring(0, colon).strip();
            if (key.isEmpty() || key.indexOf('[') >= 0 || key.indexOf('"') >= 0) {
                return null;
            }
            rest = colon;
        }
        String tail = line.substring(rest);
        return tail.startsWith(":") && tail.substring(1).strip().equals("[]") ? key : null;
    }

    /** Strict-mode errors for anything but blank and comment lines after a finished table. */
    private void expectNothingAfter(int from, String name) {
        for (int i = from; i < lines.length; i++) {
            if (!isBlank(lines[i]) && !isComment(lines[i])) {
                throw afterTable(i + 1, firstNonSpace(lines[i]), name);
            }
        }
    }

    private static ToonFormatException afterTable(int lineNo, int index, String name) {
        if (name == null) {
            return new ToonFormatException("trailing content after the root table", lineNo, index + 1);
        }
        return new ToonFormatException("unsupported: a document holds exactly one table, but another "
                + "top-level line follows table '" + name + "'", lineNo, index + 1);
    }

    private static ToonFormatException unsupportedArray(ToonHeader h, int lineNo) {
        return new ToonFormatException("unsupported: only tables (name[N]{fields}:) are supported, "
                + "not inline or list arrays", lineNo, h.countColumn);
    }

    // ---------------------------------------------------------------- rows

    private Map<String, Object> row(ToonHeader h, String line, int lineNo, int start, int end, int rowNumber) {
        List<int[]> cells = ToonTokens.split(line, start, end, h.delimiter.character(), lineNo);
        int width = ToonField.leafCount(h.fields);
        if (cells.size() != width && strict) {
            throw new ToonFormatException("row " + rowNumber + " has " + plural(cells.size(), "value")
                    + " but the header declares " + plural(width, "field"),
                    lineNo, ToonTokens.column(line, start, end));
        }
        List<Object> values = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            values.add(i < cells.size() ? ToonTokens.value(line, cells.get(i)[0], cells.get(i)[1], lineNo) : null);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        fill(row, h.fields, values.iterator());
        return row;
    }

    /** Assigns cells to leaf fields depth-first; nested groups become nested maps; repeated names: last wins. */
    private static void fill(Map<String, Object> target, List<ToonField> fields, Iterator<Object> cells) {
        for (ToonField f : fields) {
            if (f.isLeaf()) {
                target.put(f.name, cells.next());
            } else {
                Map<String, Object> nested = new LinkedHashMap<>();
                fill(nested, f.children, cells);
                target.put(f.name, nested);
            }
        }
    }

    private void checkCount(ToonHeader h, int found, int lineNo) {
        if (strict && found != h.count) {
            throw new ToonFormatException("header declares " + plural(h.count, "row") + " but "
                    + found + (found == 1 ? " was" : " were") + " found", lineNo, h.countColumn);
        }
    }

    private static List<String> topLevelNames(List<ToonField> fields) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (ToonField f : fields) {
            names.add(f.name);
        }
        return new ArrayList<>(names);
    }

    // ---------------------------------------------------------------- line classes

    private static boolean isBlank(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A comment line: only spaces, then '#' (TOON spec &sect;5.1). */
    private static boolean isComment(String l) {
        int i = firstNonSpace(l);
        return i < l.length() && l.charAt(i) == '#';
    }

    private static int firstNonSpace(String l) {
        int i = 0;
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
