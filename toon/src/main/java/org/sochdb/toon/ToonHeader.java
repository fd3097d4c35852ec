package org.sochdb.toon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A table header {@code name[N<delim?>]{f1<delim>f2}:}: parsing and writing. */
final class ToonHeader {
    /** Table name, or null for the keyless root form. */
    final String name;
    final int count;
    final ToonDelimiter delimiter;
    /** Field list, or null when the header has no {@code {...}} segment. */
    final List<ToonField> fields;
    /** 1-based column of the first digit of N. */
    final int countColumn;
    /** Index just after the header's colon. */
    final int contentStart;

    private ToonHeader(String name, int count, ToonDelimiter delimiter, List<ToonField> fields,
                       int countColumn, int contentStart) {
        this.name = name;
        this.count = count;
        this.delimiter = delimiter;
        this.fields = fields;
        this.countColumn = countColumn;
        this.contentStart = contentStart;
    }

    /** The header text, ending with {@code ':'}. */
    static String format(String name, int count, ToonDelimiter delimiter, List<ToonField> fields) {
        StringBuilder b = new StringBuilder();
        if (name != null) {
            b.append(ToonStrings.encodeKey(name));
        }
        b.append('[').append(count).append(delimiter.headerSymbol()).append(']');
        if (fields != null) {
            appendGroup(b, fields, delimiter.character());
        }
        return b.append(':').toString();
    }

    private static void appendGroup(StringBuilder b, List<ToonField> fields, char delimiter) {
        b.append('{');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            ToonField f = fields.get(i);
            b.append(ToonStrings.encodeKey(f.name));
            if (!f.isLeaf()) {
                appendGroup(b, f.children, delimiter);
            }
        }
        b.append('}');
    }

    /**
     * Parses the header at the start of {@code s} (TOON spec &sect;6).
     *
     * @param strict whether duplicate field names and header delimiter mismatches are errors
     */
    static ToonHeader parse(String s, int line, boolean strict) {
        return new Parser(s, line, strict).header();
    }

    private static final class Parser {
        private final String s;
        private final int line;
        private final boolean strict;
        private int pos;
        private char delimiter = ',';

        Parser(String s, int line, boolean strict) {
            this.s = s;
            this.line = line;
            this.strict = strict;
        }

        ToonHeader header() {
            String name = name();
            int digitsStart = ++pos; // past '['
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            String digits = s.substring(digitsStart, pos);
            if (digits.isEmpty() || (digits.length() > 1 && digits.charAt(0) == '0')) {
                throw error("invalid array length: expected a non-negative integer without leading zeros", digitsStart);
            }
            int count;
            try {
                count = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw error("array length " + digits + " is too large", digitsStart);
            }
            if (peek() == ':') {
                throw error("keyed tabular objects ([N:]{...}, TOON spec \u00a79.5) are not supported", pos);
            }
            ToonDelimiter d = ToonDelimiter.COMMA;
            if (peek() == '\t') {
                d = ToonDelimiter.TAB;
                pos++;
            } else if (peek() == '|') {
                d = ToonDelimiter.PIPE;
                pos++;
            }
            delimiter = d.character();
            if (peek() != ']') {
                throw error("malformed bracket segment: expected ']'", pos);
            }
            pos++;
            List<ToonField> fields = null;
            if (peek() == '{') {
                fields = group();
            }
            if (peek() != ':') {
                throw error(pos >= s.length() ? "missing ':' at the end of the header"
                        : "unexpected '" + s.charAt(pos) + "' in the header; expected ':'", pos);
            }
            return new ToonHeader(name, count, d, fields, digitsStart + 1, pos + 1);
        }

        /** Reads the optional table name and leaves pos on the '['. */
        private String name() {
            if (peek() == '"') {
                int close = ToonStrings.closingQuote(s, 0);
                if (close < 0) {
                    throw error("unterminated string", 0);
                }
                String name = ToonStrings.unescape(s, 0, close, line, 1);
                pos = close + 1;
                if (peek() != '[') {
                    throw error("expected '[' after the table name", pos);
                }
                return name;
            }
            int bracket = s.indexOf('[');
            int colon = s.indexOf(':');
            if (bracket < 0 || (colon >= 0 && colon < bracket)) {
                throw error("expected a table header such as name[N]{field1,field2}:", 0);
            }
            pos = bracket;
            if (bracket == 0) {
                return null;
            }
            String name = s.substring(0, bracket);
            if (name.indexOf('"') >= 0 || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
                throw error("invalid table name '" + name + "'; quote it", 0);
            }
            return name;
        }

        /** Parses a brace group starting at pos ('{'); leaves pos after the matching '}'. */
        private List<ToonField> group() {
            int open = pos++;
            List<ToonField> fields = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            while (true) {
                skipSpaces();
                int start = pos;
                String name;
                if (peek() == '"') {
                    int close = ToonStrings.closingQuote(s, pos);
                    if (close < 0) {
                        throw error("unterminated string", pos);
                    }
                    name = ToonStrings.unescape(s, pos, close, line, 1);
                    pos = close + 1;
                } else {
                    while (pos < s.length() && "{}\"[]:".indexOf(s.charAt(pos)) < 0
                            && s.charAt(pos) != delimiter) {
                        char c = s.charAt(pos);
                        if (strict && (c == ',' || c == '|' || c == '\t')) {
                            throw error("header delimiter mismatch: the field list uses '" + printable(c)
                                    + "' but the bracket segment declares '" + printable(delimiter) + "'", pos);
                        }
                        pos++;
                    }
                    name = s.substring(start, pos).strip();
                    if (name.isEmpty()) {
                        if (pos >= s.length()) {
                            throw error("unterminated field list: missing '}'", open);
                        }
                        if (peek() == '}' && fields.isEmpty()) {
                            throw error("empty field list", open);
                        }
                        throw error("empty field name", start);
                    }
                    if (pos < s.length() && "\"[]:".indexOf(s.charAt(pos)) >= 0) {
                        throw error("unexpected '" + s.charAt(pos) + "' in field list; quote the field name", pos);
                    }
                }
                List<ToonField> children = null;
                if (peek() == '{') {
                    children = group();
                }
                skipSpaces();
                if (strict && !seen.add(name)) {
                    throw error("duplicate field name '" + name + "'", start);
                }
                fields.add(new ToonField(name, children));
                if (pos >= s.length()) {
                    throw error("unterminated field list: missing '}'", open);
                }
                char c = s.charAt(pos++);
                if (c == '}') {
                    return fields;
                }
                if (c != delimiter) {
                    throw error("unexpected '" + printable(c) + "' in field list", pos - 1);
                }
            }
        }

        private void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private ToonFormatException error(String detail, int index) {
            return new ToonFormatException(detail, line, index + 1);
        }
    }

    private static String printable(char c) {
        return c == '\t' ? "\\t" : String.valueOf(c);
    }
}
