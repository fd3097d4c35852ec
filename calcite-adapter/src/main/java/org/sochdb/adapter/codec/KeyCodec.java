package org.sochdb.adapter.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Order-preserving, self-delimiting binary encoding of SQL values and tuples, used for row keys
 * (table prefix + primary-key values) and secondary-index entries (index prefix + index values + primary key).
 * For two tuples of the same types, {@link Arrays#compareUnsigned(byte[], byte[])} of their encodings agrees
 * with SQL order, column by column, and the encodings are equal exactly when the values are SQL-equal.
 *
 * <h2>Format (ascending)</h2>
 * Each value starts with a marker byte: {@code 0x00} for NULL (nothing follows; NULL sorts before every
 * value), {@code 0x01} for a value, followed by:
 * <ul>
 *   <li>BOOLEAN: {@code 0x00} false, {@code 0x01} true.</li>
 *   <li>TINYINT, SMALLINT, INTEGER, BIGINT, DATE, TIME, TIMESTAMP: two's complement with the sign bit
 *       flipped, big-endian, fixed width (1, 2, 4, 8, 4, 4, 8 bytes).</li>
 *   <li>REAL, DOUBLE: IEEE bits (4, 8 bytes) with the sign bit flipped for positives and all bits flipped for
 *       negatives, after normalizing -0.0 to 0.0 and every NaN to the canonical NaN, which sorts after
 *       +Infinity.</li>
 *   <li>DECIMAL: a class byte {@code 0x01} negative, {@code 0x02} zero (nothing follows), {@code 0x03}
 *       positive. For a nonzero value written as {@code ±0.d1d2...dn × 10^E} with {@code d1 != 0} and
 *       {@code dn != 0} (trailing zeros stripped, so 1.50, 1.5 and 15E-1 encode alike): E as a 4-byte
 *       sign-flipped big-endian int, then the digits in pairs, one byte {@code 1 + 10*a + b} (1..100) per pair
 *       {@code ab} (an odd count is padded with a 0 digit), then a {@code 0x00} terminator. For negatives the
 *       exponent, pair and terminator bytes are all inverted (bitwise NOT), so larger magnitudes sort first.
 *       Values whose E does not fit an int are rejected.</li>
 *   <li>CHAR, VARCHAR: the string's bytes in {@link TextBytes} form (UTF-8 per UTF-16 code unit, so byte order
 *       is {@link String#compareTo} order), each {@code 0x00} byte escaped as {@code 0x00 0xFF}, terminated by
 *       {@code 0x00 0x00}; so a prefix sorts first and "a" &lt; "a\0" &lt; "ab".</li>
 *   <li>VARBINARY: the bytes escaped and terminated the same way (unsigned byte order, prefixes first).</li>
 *   <li>VECTOR: not a key type; encoding or decoding one throws IllegalArgumentException.</li>
 * </ul>
 * A descending column has every byte of its encoding, marker included, inverted; since every value encoding
 * is prefix-free, this exactly reverses its order (NULL then sorts after every value).
 *
 * <p>Decoding returns the canonical classes of {@link ValueType#javaClass()}. It is exact except that
 * -0.0 decodes as 0.0, every NaN as the canonical NaN, and a DECIMAL in its stripped form (1.50 decodes
 * as 1.5; use {@code setScale} for a column scale). Malformed or truncated input throws
 * IllegalArgumentException.
 */
public final class KeyCodec {
    /** Marker byte of a NULL in an ascending column ({@code 0xFF} in a descending one). */
    public static final int NULL_MARKER = 0x00;
    /** Marker byte of a non-null value in an ascending column ({@code 0xFE} in a descending one). */
    public static final int VALUE_MARKER = 0x01;

    private static final int DECIMAL_NEGATIVE = 0x01;
    private static final int DECIMAL_ZERO = 0x02;
    private static final int DECIMAL_POSITIVE = 0x03;

    /** 0x00 0xFF in an escaped field is a 0x00 content byte; 0x00 0x00 ends the field. */
    private static final int ESCAPED_ZERO = 0xFF;

    private KeyCodec() {
    }

    // ---------------------------------------------------------------- encoding

    /**
     * Appends the encoding of one value to {@code out}.
     *
     * @param type the column type; must be a key type (not VECTOR)
     * @param value null or an instance of {@code type.javaClass()} (see {@link ValueCoercion})
     * @param descending whether the column sorts descending (every byte inverted)
     * @throws IllegalArgumentException for VECTOR, a value of the wrong class, or a DECIMAL out of range;
     *     nothing is written then
     */
    public static void encode(ByteSink out, ValueType type, Object value, boolean descending) {
        requireKeyType(type);
        int m = descending ? 0xFF : 0;
        if (value == null) {
            out.write(NULL_MARKER ^ m);
            return;
        }
        if (!type.javaClass().isInstance(value)) {
            throw new IllegalArgumentException("KeyCodec: " + type + " expects " + type.javaClass().getSimpleName()
                    + " but got " + value.getClass().getName());
        }
        int wordMask = descending ? -1 : 0;
        switch (type) {
            case BOOLEAN -> {
                out.write(VALUE_MARKER ^ m);
                out.write((((Boolean) value) ? 1 : 0) ^ m);
            }
            case TINYINT -> {
                out.write(VALUE_MARKER ^ m);
                out.write(((Byte) value ^ 0x80) ^ m);
            }
            case SMALLINT -> {
                out.write(VALUE_MARKER ^ m);
                out.writeShort(((Short) value ^ 0x8000) ^ wordMask);
            }
            case INTEGER, DATE, TIME -> {
                out.write(VALUE_MARKER ^ m);
                out.writeInt(((Integer) value ^ Integer.MIN_VALUE) ^ wordMask);
            }
            case BIGINT, TIMESTAMP -> {
                out.write(VALUE_MARKER ^ m);
                out.writeLong(((Long) value ^ Long.MIN_VALUE) ^ wordMask);
            }
            case REAL -> {
                out.write(VALUE_MARKER ^ m);
                out.writeInt(floatToKeyBits((Float) value) ^ wordMask);
            }
            case DOUBLE -> {
                out.write(VALUE_MARKER ^ m);
                out.writeLong(doubleToKeyBits((Double) value) ^ wordMask);
            }
            case DECIMAL -> writeDecimal(out, (BigDecimal) value, m);
            case CHAR, VARCHAR -> {
                out.write(VALUE_MARKER ^ m);
                writeText(out, (String) value, m);
            }
            case VARBINARY -> {
                out.write(VALUE_MARKER ^ m);
                writeBinary(out, (byte[]) value, m);
            }
            default -> throw new AssertionError(type);
        }
    }

    /**
     * Appends the ascending encoding of a VARCHAR, CHAR or VARBINARY value without its terminator:
     * the bytes every encoding of a value that starts with {@code value} begins with (at this position),
     * and only those: [these bytes, their prefix end) is the range of values with that prefix.
     *
     * @throws IllegalArgumentException for another type or a null value
     */
    public static void encodePrefix(ByteSink out, ValueType type, Object value) {
        if (value == null || !type.javaClass().isInstance(value)) {
            throw new IllegalArgumentException("KeyCodec: a prefix of " + type + " must be a non-null "
                    + type.javaClass().getSimpleName());
        }
        byte[] raw;
        switch (type) {
            case CHAR, VARCHAR -> {
                String s = (String) value;
                raw = new byte[TextBytes.encodedLength(s)];
                TextBytes.encode(s, raw, 0);
            }
            case VARBINARY -> raw = (byte[]) value;
            default -> throw new IllegalArgumentException("KeyCodec: " + type + " has no prefix encoding");
        }
        out.write(VALUE_MARKER);
        writeEscaped(out, raw, 0);
        out.truncate(out.size() - 2); // drop the 0x00 0x00 terminator
    }

    /** {@code prefix} followed by the ascending encodings of {@code values}. */
    public static byte[] encodeKey(byte[] prefix, ValueType[] types, Object[] values) {
        return encodeKey(prefix, types, values, null);
    }

    /**
     * {@code prefix} followed by the encodings of {@code values}; {@code descending} (null = all ascending)
     * gives each column's direction.
     */
    public static byte[] encodeKey(byte[] prefix, ValueType[] types, Object[] values, boolean[] descending) {
        if (types.length != values.length || (descending != null && descending.length != types.length)) {
            throw new IllegalArgumentException("KeyCodec: " + types.length + " types but " + values.length
                    + " values" + (descending == null ? "" : " and " + descending.length + " directions"));
        }
        ByteSink out = new ByteSink(prefix.length + 16 * types.length);
        out.write(prefix);
        for (int i = 0; i < types.length; i++) {
            encode(out, types[i], values[i], descending != null && descending[i]);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- decoding

    /** Decodes ascending values of {@code types} starting at {@code offset}. */
    public static Object[] decodeKey(byte[] key, int offset, ValueType[] types) {
        return decodeKey(key, offset, types, null);
    }

    /**
     * Decodes values of {@code types} starting at {@code offset}; {@code descending} (null = all ascending)
     * gives each column's direction. Bytes after the last value are ignored.
     */
    public static Object[] decodeKey(byte[] key, int offset, ValueType[] types, boolean[] descending) {
        if (descending != null && descending.length != types.length) {
            throw new IllegalArgumentException("KeyCodec: " + types.length + " types but " + descending.length
                    + " directions");
        }
        Object[] values = new Object[types.length];
        int at = offset;
        for (int i = 0; i < types.length; i++) {
            at = decodeInto(key, at, types[i], descending != null && descending[i], values, i);
        }
        return values;
    }

    /** Decodes the single value of {@code type} starting at {@code offset}. */
    public static Object decode(byte[] key, int offset, ValueType type, boolean descending) {
        Object[] value = new Object[1];
        decodeInto(key, offset, type, descending, value, 0);
        return value[0];
    }

    /** The offset just past the ascending value of {@code type} that starts at {@code offset}. */
    public static int skip(byte[] key, int offset, ValueType type) {
        return skip(key, offset, type, false);
    }

    /** The offset just past the value of {@code type} that starts at {@code offset}. */
    public static int skip(byte[] key, int offset, ValueType type, boolean descending) {
        requireKeyType(type);
        int m = descending ? 0xFF : 0;
        try {
            int at = offset + 1;
            if (readMarker(key, offset, m)) {
                return offset + 1;
            }
            int end = switch (type) {
                case BOOLEAN, TINYINT -> at + 1;
                case SMALLINT -> at + 2;
                case INTEGER, DATE, TIME, REAL -> at + 4;
                case BIGINT, TIMESTAMP, DOUBLE -> at + 8;
                case DECIMAL -> skipDecimal(key, at, m);
                case CHAR, VARCHAR, VARBINARY -> escapedEnd(key, at, m) + 2;
                default -> throw new AssertionError(type);
            };
            if (end > key.length) {
                throw truncated(type, offset);
            }
            return end;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw truncated(type, offset);
        }
    }

    /** Decodes one value into {@code values[index]}; returns the offset just past it. */
    private static int decodeInto(byte[] key, int offset, ValueType type, boolean descending,
                                  Object[] values, int index) {
        requireKeyType(type);
        int m = descending ? 0xFF : 0;
        int wordMask = descending ? -1 : 0;
        try {
            if (readMarker(key, offset, m)) {
                values[index] = null;
                return offset + 1;
            }
            int at = offset + 1;
            switch (type) {
                case BOOLEAN -> {
                    int b = (key[at] ^ m) & 0xFF;
                    if (b > 1) {
                        throw corrupt(type, offset, "boolean byte " + b);
                    }
                    values[index] = b == 1;
                    return at + 1;
                }
                case TINYINT -> {
                    values[index] = (byte) ((key[at] ^ m) ^ 0x80);
                    return at + 1;
                }
                case SMALLINT -> {
                    values[index] = (short) ((readShort(key, at) ^ wordMask) ^ 0x8000);
                    return at + 2;
                }
                case INTEGER, DATE, TIME -> {
                    values[index] = readInt(key, at) ^ wordMask ^ Integer.MIN_VALUE;
                    return at + 4;
                }
                case BIGINT, TIMESTAMP -> {
                    values[index] = readLong(key, at) ^ (long) wordMask ^ Long.MIN_VALUE;
                    return at + 8;
                }
                case REAL -> {
                    values[index] = keyBitsToFloat(readInt(key, at) ^ wordMask);
                    return at + 4;
                }
                case DOUBLE -> {
                    values[index] = keyBitsToDouble(readLong(key, at) ^ (long) wordMask);
                    return at + 8;
                }
                case DECIMAL -> {
                    return readDecimal(key, at, m, values, index);
                }
                case CHAR, VARCHAR -> {
                    int end = escapedEnd(key, at, m);
                    if (m == 0 && !containsZero(key, at, end)) {
                        values[index] = TextBytes.decode(key, at, end - at);
                    } else {
                        byte[] raw = unescape(key, at, end, m);
                        values[index] = TextBytes.decode(raw, 0, raw.length);
                    }
                    return end + 2;
                }
                case VARBINARY -> {
                    int end = escapedEnd(key, at, m);
                    values[index] = unescape(key, at, end, m);
                    return end + 2;
                }
                default -> throw new AssertionError(type);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw truncated(type, offset);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("KeyCodec:")) {
                throw e;
            }
            throw corrupt(type, offset, e.getMessage());
        }
    }

    /** True for a NULL marker, false for a value marker; throws for anything else. */
    private static boolean readMarker(byte[] key, int offset, int m) {
        int marker = (key[offset] ^ m) & 0xFF;
        if (marker == NULL_MARKER) {
            return true;
        }
        if (marker != VALUE_MARKER) {
            throw new IllegalArgumentException("KeyCodec: malformed key: marker byte " + marker + " at offset "
                    + offset);
        }
        return false;
    }

    // ---------------------------------------------------------------- floating point

    private static int floatToKeyBits(float f) {
        int bits = Float.floatToIntBits(f == 0.0f ? 0.0f : f); // -0.0 -> 0.0, any NaN -> canonical NaN
        return bits ^ ((bits >> 31) | Integer.MIN_VALUE);
    }

    private static float keyBitsToFloat(int k) {
        return Float.intBitsToFloat(k ^ ((~k >> 31) | Integer.MIN_VALUE));
    }

    private static long doubleToKeyBits(double d) {
        long bits = Double.doubleToLongBits(d == 0.0d ? 0.0d : d);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    private static double keyBitsToDouble(long k) {
        return Double.longBitsToDouble(k ^ ((~k >> 63) | Long.MIN_VALUE));
    }

    // ---------------------------------------------------------------- decimal

    private static void writeDecimal(ByteSink out, BigDecimal value, int m) {
        int signum = value.signum();
        if (signum == 0) {
            out.write(VALUE_MARKER ^ m);
            out.write(DECIMAL_ZERO ^ m);
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        long exponent = (long) digits.length() - stripped.scale();
        if (exponent != (int) exponent) {
            throw new IllegalArgumentException("KeyCodec: DECIMAL value with precision " + digits.length()
                    + " and scale " + stripped.scale() + " is outside the key encoding's exponent range");
        }
        int bm = (signum < 0 ? 0xFF : 0) ^ m; // mask of the magnitude bytes
        out.write(VALUE_MARKER ^ m);
        out.write((signum < 0 ? DECIMAL_NEGATIVE : DECIMAL_POSITIVE) ^ m);
        out.writeInt(((int) exponent ^ Integer.MIN_VALUE) ^ (bm == 0 ? 0 : -1));
        int n = digits.length();
        int at = out.advance((n + 1) / 2 + 1);
        byte[] a = out.array();
        for (int i = 0; i < n; i += 2) {
            int high = digits.charAt(i) - '0';
            int low = i + 1 < n ? digits.charAt(i + 1) - '0' : 0;
            a[at++] = (byte) ((1 + high * 10 + low) ^ bm);
        }
        a[at] = (byte) bm;
    }

    private static int readDecimal(byte[] key, int at, int m, Object[] values, int index) {
        int cls = (key[at] ^ m) & 0xFF;
        if (cls == DECIMAL_ZERO) {
            values[index] = BigDecimal.ZERO;
            return at + 1;
        }
        if (cls != DECIMAL_NEGATIVE && cls != DECIMAL_POSITIVE) {
            throw new IllegalArgumentException("decimal class byte " + cls);
        }
        boolean negative = cls == DECIMAL_NEGATIVE;
        int bm = (negative ? 0xFF : 0) ^ m;
        int exponent = readInt(key, at + 1) ^ (bm == 0 ? 0 : -1) ^ Integer.MIN_VALUE;
        int start = at + 5;
        int end = start;
        while (((key[end] ^ bm) & 0xFF) != 0) {
            end++;
        }
        int pairs = end - start;
        if (pairs == 0) {
            throw new IllegalArgumentException("decimal without digits");
        }
        char[] digits = new char[2 * pairs];
        for (int i = 0; i < pairs; i++) {
            int pair = ((key[start + i] ^ bm) & 0xFF) - 1;
            if (pair > 99) {
                throw new IllegalArgumentException("decimal digit pair byte " + (pair + 1));
            }
            digits[2 * i] = (char) ('0' + pair / 10);
            digits[2 * i + 1] = (char) ('0' + pair % 10);
        }
        int n = digits[2 * pairs - 1] == '0' ? 2 * pairs - 1 : 2 * pairs; // a trailing 0 is padding
        if (digits[0] == '0' || digits[n - 1] == '0') {
            throw new IllegalArgumentException("decimal digits not normalized");
        }
        long scale = (long) n - exponent;
        if (scale != (int) scale) {
            throw new IllegalArgumentException("decimal scale " + scale + " out of range");
        }
        BigDecimal result;
        if (n <= 18) {
            long unscaled = 0;
            for (int i = 0; i < n; i++) {
                unscaled = unscaled * 10 + (digits[i] - '0');
            }
            result = BigDecimal.valueOf(negative ? -unscaled : unscaled, (int) scale);
        } else {
            BigInteger unscaled = new BigInteger(new String(digits, 0, n));
            result = new BigDecimal(negative ? unscaled.negate() : unscaled, (int) scale);
        }
        values[index] = result;
        return end + 1;
    }

    private static int skipDecimal(byte[] key, int at, int m) {
        int cls = (key[at] ^ m) & 0xFF;
        if (cls == DECIMAL_ZERO) {
            return at + 1;
        }
        if (cls != DECIMAL_NEGATIVE && cls != DECIMAL_POSITIVE) {
            throw new IllegalArgumentException("KeyCodec: malformed DECIMAL: class byte " + cls + " at offset "
                    + at);
        }
        int bm = (cls == DECIMAL_NEGATIVE ? 0xFF : 0) ^ m;
        int end = at + 5;
        while (((key[end] ^ bm) & 0xFF) != 0) {
            end++;
        }
        return end + 1;
    }

    // ---------------------------------------------------------------- escaped text and bytes

    private static void writeText(ByteSink out, String s, int m) {
        int n = s.length();
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == 0) {
                zeros++;
            }
        }
        if (zeros == 0 && m == 0) {
            int at = out.advance(TextBytes.encodedLength(s) + 2);
            byte[] a = out.array();
            at = TextBytes.encode(s, a, at);
            a[at] = 0;
            a[at + 1] = 0;
            return;
        }
        byte[] raw = new byte[TextBytes.encodedLength(s)];
        TextBytes.encode(s, raw, 0);
        writeEscaped(out, raw, m);
    }

    private static void writeBinary(ByteSink out, byte[] bytes, int m) {
        writeEscaped(out, bytes, m);
    }

    private static void writeEscaped(ByteSink out, byte[] raw, int m) {
        int zeros = 0;
        for (byte b : raw) {
            if (b == 0) {
                zeros++;
            }
        }
        int at = out.advance(raw.length + zeros + 2);
        byte[] a = out.array();
        for (byte b : raw) {
            if (b == 0) {
                a[at++] = (byte) m;
                a[at++] = (byte) (ESCAPED_ZERO ^ m);
            } else {
                a[at++] = (byte) (b ^ m);
            }
        }
        a[at] = (byte) m;
        a[at + 1] = (byte) m;
    }

    /** The offset of the 0x00 0x00 terminator of the escaped field that starts at {@code at}. */
    private static int escapedEnd(byte[] key, int at, int m) {
        int i = at;
        while (true) {
            if (((key[i] ^ m) & 0xFF) != 0) {
                i++;
                continue;
            }
            int next = (key[i + 1] ^ m) & 0xFF;
            if (next == 0) {
                return i;
            }
            if (next != ESCAPED_ZERO) {
                throw new IllegalArgumentException("KeyCodec: malformed key: byte " + next
                        + " after 0x00 at offset " + (i + 1));
            }
            i += 2;
        }
    }

    private static boolean containsZero(byte[] key, int from, int to) {
        for (int i = from; i < to; i++) {
            if (key[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The content bytes of the escaped field between {@code from} and its terminator at {@code end}. */
    private static byte[] unescape(byte[] key, int from, int end, int m) {
        int n = 0;
        for (int i = from; i < end; i++, n++) {
            if (((key[i] ^ m) & 0xFF) == 0) {
                i++;
            }
        }
        byte[] raw = new byte[n];
        int j = 0;
        for (int i = from; i < end; i++) {
            int b = (key[i] ^ m) & 0xFF;
            if (b == 0) {
                i++;
            }
            raw[j++] = (byte) b;
        }
        return raw;
    }

    // ---------------------------------------------------------------- helpers

    private static int readShort(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static long readLong(byte[] b, int at) {
        return ((long) readInt(b, at) << 32) | (readInt(b, at + 4) & 0xFFFFFFFFL);
    }

    private static void requireKeyType(ValueType type) {
        if (!type.isKeyType()) {
            throw new IllegalArgumentException("KeyCodec: " + type
                    + " is not a key type; it cannot be part of a primary key or an index");
        }
    }

    private static IllegalArgumentException truncated(ValueType type, int offset) {
        return new IllegalArgumentException("KeyCodec: truncated key: " + type + " value at offset " + offset
                + " runs past the end");
    }

    private static IllegalArgumentException corrupt(ValueType type, int offset, String detail) {
        return new IllegalArgumentException("KeyCodec: malformed " + type + " value at offset " + offset + ": "
                + detail);
    }
}
