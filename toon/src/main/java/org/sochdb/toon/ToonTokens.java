package org.sochdb.toon;

import java.util.ArrayList;
import java.util.List;

/** Decoder-side tokenizing: quote-aware splitting and typing of primitive tokens (TOON spec &sect;4, B.3, B.4). */
final class ToonTokens {
    private ToonTokens() {
    }

    /**
     * Splits {@code s[from, to)} on {@code separator} outside double quotes. Inside quotes a
     * backslash escapes the next character. Returns {@code [start, end)} index pairs; an empty
     * range yields one empty segment.
     */
    static List<int[]> split(String s, int from, int to, char separator, int line) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        int openQuote = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (openQuote >= 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    openQuote = -1;
                }
            } else if (c == '"') {
                openQuote = i;
            } else if (c == separator) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (openQuote >= 0) {
            throw new ToonFormatException("unterminated string", line, openQuote + 1);
        }
        out.add(new int[] {start, to});
        return out;
    }

    /** Index of the first {@code c} in {@code s[from, to)} outside double quotes, or -1. */
    static int firstUnquoted(String s, int from, int to, char c) {
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The value of the token {@code s[start, end)} after trimming U+0020 on both sides: a quoted
     * token is unescaped to a String; {@code true}/{@code false}/{@code null} are literals;
     * a numeric token is a number ({@link ToonNumbers#parse}); anything else, including the
     * empty token, is a String as written.
     */
    static Object value(String s, int start, int end, int line) {
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (start < end && s.charAt(start) == '"') {
            int close = ToonStrings.closingQuote(s, start);
            if (close < 0 || close >= end) {
                throw new ToonFormatException("unterminated string", line, start + 1);
            }
            if (close != end - 1) {
                throw new ToonFormatException("unexpected characters after the closing quote", line, close + 2);
            }
            return ToonStrings.unescape(s, start, close, line, 1);
        }
        String token = s.substring(start, end);
        switch (token) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "null": return null;
            default:
                Object number = ToonNumbers.parse(token);
                return number != null ? number : token;
        }
    }

    /** 1-based column of the first non-space character of {@code s[start, end)} (or of {@code start}). */
    static int column(String s, int start, int end) {
        int i = start;
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        return (i < end ? i : start) + 1;
    }
}
