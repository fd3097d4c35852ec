package org.sochdb.toon;

import java.util.regex.Pattern;

/** String-level TOON rules: when to quote, escaping, key encoding and unescaping quoted tokens. */
final class ToonStrings {
    /** Strings of this shape could be read as numbers (TOON spec &sect;7.2), so they are quoted. */
    private static final Pattern NUMERIC_LIKE =
            Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
    /** Keys and field names matching this may stay unquoted (TOON spec &sect;7.3). */
    private static final Pattern UNQUOTED_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ToonStrings() {
    }

    /**
     * Whether a string value must be quoted.
     *
     * @param delimiter the active delimiter of the table
     * @param dialect   COMPACT additionally quotes {@code ;}; SPEC additionally quotes a leading
     *                  {@code -} or {@code #}
     */
    static boolean needsQuotes(String s, char delimiter, ToonDialect dialect) {
        if (s.isEmpty()) {
            return true;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (first == ' ' || first == '\t' || last == ' ' || last == '\t') {
            return true;
        }
        if (s.equals("true") || s.equals("false") || s.equals("null")) {
            return true;
        }
        if (dialect == ToonDialect.SPEC && (first == '-' || first == '#')) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == delimiter) {
                return true;
            }
            switch (c) {
                case ':': case '"': case '\\': case '[': case ']': case '{': case '}':
                    return true;
                case ';':
                    if (dialect == ToonDialect.COMPACT) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return NUMERIC_LIKE.matcher(s).matches();
    }

    /** {@code s} in double quotes with the TOON escapes {@code \\ \" \n \r \t} and {@code \}{@code u00XX} for other controls. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': b.append("\\\\"); break;
                case '"': b.append("\\\""); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    /** A table name or field name: bare if it matches {@code ^[A-Za-z_][A-Za-z0-9_.]*$}, quoted otherwise. */
    static String encodeKey(String key) {
        return UNQUOTED_KEY.matcher(key).matches() ? key : quote(key);
    }

    /**
     * Index of the quote closing the quoted literal that opens at {@code start}
     * ({@code s.charAt(start) == '"'}), skipping backslash escapes; -1 if unterminated.
     */
    static int closingQuote(String s, int start) {
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Unescapes the quoted literal {@code s[start..end]} (both quotes included).
     * Accepts exactly the escapes {@code \\ \" \n \r \t \}{@code uXXXX}; a {@code \}{@code u}
     * escape of a surrogate code unit is rejected (TOON spec &sect;7.1).
     *
     * @param column 1-based column of {@code s.charAt(0)} in its line
     */
    static String unescape(String s, int start, int end, int line, int column) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start + 1; i < end; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i + 1 >= end) {
                throw new ToonFormatException("unterminated string", line, column + start);
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\\': b.append('\\'); break;
                case '"': b.append('"'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                case 't': b.append('\t'); break;
                case 'u': {
                    int code = 0;
                    for (int k = 1; k <= 4; k++) {
                        int digit = i + k < end ? Character.digit(s.charAt(i + k), 16) : -1;
                        if (digit < 0) {
                            throw new ToonFormatException(
                                    "\\u escape needs four hex digits", line, column + i - 1);
                        }
                        code = code * 16 + digit;
                    }
                    if (code >= 0xD800 && code <= 0xDFFF) {
                        throw new ToonFormatException(String.format(
                                "\\u%04X escapes a surrogate code unit", code), line, column + i - 1);
                    }
                    b.append((char) code);
                    i += 4;
                    break;
                }
                default:
                    throw new ToonFormatException("invalid escape \\" + e, line, column + i - 1);
            }
        }
        return b.toString();
    }
}
