package org.sochdb.adapter.codec;

import java.nio.charset.StandardCharsets;

/**
 * The byte form of strings in both codecs: every UTF-16 code unit of the Java string is written as its
 * 1-, 2- or 3-byte UTF-8 sequence, so a supplementary character (a surrogate pair) takes two 3-byte
 * sequences (the CESU-8 form) instead of one 4-byte sequence. For text without supplementary characters
 * this is exactly UTF-8.
 *
 * <p>Why not plain UTF-8: plain UTF-8 byte order is code point order, but Java's {@link String#compareTo}
 * (which Calcite uses to sort, compare and merge-join strings) is UTF-16 code unit order; the two differ
 * when a supplementary character meets one in U+E000..U+FFFF. This form's unsigned byte order equals
 * {@code String.compareTo} order, and it round-trips every Java string, including unpaired surrogates.
 *
 * <p>{@code \u0000} is written as a single 0x00 byte here; {@link KeyCodec} escapes it.
 */
final class TextBytes {
    private TextBytes() {
    }

    /** The number of bytes {@link #encode} writes for {@code s}. */
    static int encodedLength(String s) {
        int n = s.length();
        int length = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                length += c >= 0x800 ? 2 : 1;
            }
        }
        return length;
    }

    /** Writes {@code s} into {@code dst} at {@code at}; returns the offset after the last byte. */
    static int encode(String s, byte[] dst, int at) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                dst[at++] = (byte) c;
            } else if (c < 0x800) {
                dst[at++] = (byte) (0xC0 | (c >> 6));
                dst[at++] = (byte) (0x80 | (c & 0x3F));
            } else {
                dst[at++] = (byte) (0xE0 | (c >> 12));
                dst[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                dst[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return at;
    }

    /** Decodes {@code length} bytes at {@code offset}; throws IllegalArgumentException if malformed. */
    static String decode(byte[] src, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end && src[i] >= 0) {
            i++;
        }
        if (i == end) {
            return new String(src, offset, length, StandardCharsets.ISO_8859_1); // all ASCII
        }
        char[] chars = new char[length];
        int n = 0;
        for (int j = offset; j < i; j++) {
            chars[n++] = (char) src[j];
        }
        while (i < end) {
            int b = src[i] & 0xFF;
            if (b < 0x80) {
                chars[n++] = (char) b;
                i++;
            } else if ((b & 0xE0) == 0xC0 && i + 1 < end && isContinuation(src[i + 1])) {
                chars[n++] = (char) (((b & 0x1F) << 6) | (src[i + 1] & 0x3F));
                i += 2;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < end && isContinuation(src[i + 1])
                    && isContinuation(src[i + 2])) {
                chars[n++] = (char) (((b & 0x0F) << 12) | ((src[i + 1] & 0x3F) << 6) | (src[i + 2] & 0x3F));
                i += 3;
            } else {
                throw new IllegalArgumentException("malformed text bytes at offset " + i);
            }
        }
        return new String(chars, 0, n);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
