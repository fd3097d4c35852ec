package org.sochdb.adapter.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sochdb.storage.engine.Bytes;
import org.junit.jupiter.api.extension.ExtendWith;

/** Exact bytes, documented examples, key layout helpers and error handling of {@link KeyCodec}. */
@ExtendWith(TestData.SeedReporter.class)
class KeyCodecTest {

    private static byte[] key(ValueType type, Object value) {
        return KeyCodec.encodeKey(new byte[0], new ValueType[] {type}, new Object[] {value});
    }

    private static byte[] keyDesc(ValueType type, Object value) {
        return KeyCodec.encodeKey(new byte[0], new ValueType[] {type}, new Object[] {value}, new boolean[] {true});
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Asserts that the values' encodings are strictly increasing. */
    private static void assertIncreasing(ValueType type, Object... values) {
        for (int i = 0; i + 1 < values.length; i++) {
            byte[] a = key(type, values[i]);
            byte[] b = key(type, values[i + 1]);
            int i0 = i;
            assertTrue(Arrays.compareUnsigned(a, b) < 0, () -> TestData.show(values[i0]) + " " + TestData.hex(a)
                    + " should sort before " + TestData.show(values[i0 + 1]) + " " + TestData.hex(b));
            byte[] da = keyDesc(type, values[i]);
            byte[] db = keyDesc(type, values[i + 1]);
            assertTrue(Arrays.compareUnsigned(da, db) > 0, "descending reverses " + TestData.show(values[i]));
        }
    }

    @Test
    void exactBytesOfFixedWidthValues() {
        assertArrayEquals(bytes(0x00), key(ValueType.INTEGER, null));
        assertArrayEquals(bytes(0xFF), keyDesc(ValueType.INTEGER, null));
        assertArrayEquals(bytes(0x01, 0x80, 0, 0, 1), key(ValueType.INTEGER, 1));
        assertArrayEquals(bytes(0x01, 0x7F, 0xFF, 0xFF, 0xFF), key(ValueType.INTEGER, -1));
        assertArrayEquals(bytes(0xFE, 0x7F, 0xFF, 0xFF, 0xFE), keyDesc(ValueType.INTEGER, 1));
        assertArrayEquals(bytes(0x01, 0x00), key(ValueType.TINYINT, Byte.MIN_VALUE));
        assertArrayEquals(bytes(0x01, 0xFF, 0xFF), key(ValueType.SMALLINT, Short.MAX_VALUE));
        assertArrayEquals(bytes(0x01, 0x80, 0, 0, 0, 0, 0, 0, 0), key(ValueType.BIGINT, 0L));
        assertArrayEquals(bytes(0x01, 0x00), key(ValueType.BOOLEAN, false));
        assertArrayEquals(bytes(0x01, 0x01), key(ValueType.BOOLEAN, true));
        assertArrayEquals(bytes(0x01, 0xBF, 0x80, 0, 0), key(ValueType.REAL, 1.0f));
        assertArrayEquals(bytes(0x01, 0x40, 0x7F, 0xFF, 0xFF), key(ValueType.REAL, -1.0f));
        assertArrayEquals(bytes(0x01, 0xFF, 0xC0, 0, 0), key(ValueType.REAL, Float.NaN));
        assertArrayEquals(bytes(0x01, 0x80, 0x00, 0x4D, 0x19), key(ValueType.DATE, 19737)); // 2024-01-15
    }

    @Test
    void floatingPointNormalization() {
        assertArrayEquals(key(ValueType.DOUBLE, 0.0), key(ValueType.DOUBLE, -0.0));
        assertArrayEquals(key(ValueType.REAL, 0.0f), key(ValueType.REAL, -0.0f));
        assertArrayEquals(key(ValueType.DOUBLE, Double.NaN),
                key(ValueType.DOUBLE, Double.longBitsToDouble(0xfff8000000000123L)));
        assertIncreasing(ValueType.DOUBLE, Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1.0, -Double.MIN_VALUE,
                0.0, Double.MIN_VALUE, 1.0, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN);
        assertEquals(0.0, KeyCodec.decode(key(ValueType.DOUBLE, -0.0), 0, ValueType.DOUBLE, false));
        assertEquals(Double.doubleToRawLongBits(0.0),
                Double.doubleToRawLongBits((Double) KeyCodec.decode(key(ValueType.DOUBLE, -0.0), 0,
                        ValueType.DOUBLE, false)));
    }

    @Test
    void stringsAreUtf8EscapedAndTerminated() {
        assertArrayEquals(bytes(0x01, 'a', 0x00, 0x00), key(ValueType.VARCHAR, "a"));
        assertArrayEquals(bytes(0x01, 'a', 0x00, 0xFF, 0x00, 0x00), key(ValueType.VARCHAR, "a\0"));
        assertArrayEquals(bytes(0x01, 0x00, 0x00), key(ValueType.VARCHAR, ""));
        assertArrayEquals(bytes(0xFE, 0xFF, 0xFF), keyDesc(ValueType.VARCHAR, ""));
        String bmp = "h\u00e9llo \u20ac \u4e2d";
        byte[] utf8 = bmp.getBytes(StandardCharsets.UTF_8);
        byte[] expected = new byte[utf8.length + 3];
        expected[0] = 1;
        System.arraycopy(utf8, 0, expected, 1, utf8.length);
        assertArrayEquals(expected, key(ValueType.VARCHAR, bmp), "BMP text is plain UTF-8");
        assertIncreasing(ValueType.VARCHAR, null, "", "\0", "\0\0", "\0a", "a", "a\0", "a\0\0", "a\0b", "ab", "b");
    }

    @Test
    void stringOrderIsJavaStringOrderEvenBeyondTheBmp() {
        String emoji = "\ud83d\ude00"; // U+1F600: code point above U+FFFD, UTF-16 units below it
        assertTrue(emoji.compareTo("\ufffd") < 0);
        assertIncreasing(ValueType.VARCHAR, "\ud7ff", emoji, "\ue000", "\ufffd", "\uffff");
        assertArrayEquals(bytes(0x01, 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80, 0x00, 0x00), key(ValueType.VARCHAR, emoji));
        for (String s : new String[] {emoji, "\ud800", "\udfff", "x\udc00y", "\0\ud83d"}) {
            assertEquals(s, KeyCodec.decode(key(ValueType.VARCHAR, s), 0, ValueType.VARCHAR, false));
            assertEquals(s, KeyCodec.decode(keyDesc(ValueType.VARCHAR, s), 0, ValueType.VARCHAR, true));
        }
    }

    @Test
    void varbinaryIsEscapedLikeText() {
        assertArrayEquals(bytes(0x01, 0x00, 0xFF, 0xFF, 0x00, 0x00), key(ValueType.VARBINARY, bytes(0x00, 0xFF)));
        assertIncreasing(ValueType.VARBINARY, null, bytes(), bytes(0), bytes(0, 0), bytes(0, 0xFF), bytes(1),
                bytes(0xFF), bytes(0xFF, 0), bytes(0xFF, 0xFF));
    }

    // ---------------------------------------------------------------- DECIMAL

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void decimalExactBytes() {
        // 1.5 = +0.15 x 10^1: class 03, exponent 1, pair "15" -> 1 + 15, terminator
        assertArrayEquals(bytes(0x01, 0x03, 0x80, 0, 0, 0x01, 0x10, 0x00), key(ValueType.DECIMAL, d("1.5")));
        // 0 has no exponent or digits
        assertArrayEquals(bytes(0x01, 0x02), key(ValueType.DECIMAL, d("0")));
        // 100 = +0.1 x 10^3: pair "10" (padded) -> 11
        assertArrayEquals(bytes(0x01, 0x03, 0x80, 0, 0, 0x03, 0x0B, 0x00), key(ValueType.DECIMAL, d("100")));
        // -1.5: class 01, exponent and digits inverted, terminator FF
        assertArrayEquals(bytes(0x01, 0x01, 0x7F, 0xFF, 0xFF, 0xFE, 0xEF, 0xFF), key(ValueType.DECIMAL, d("-1.5")));
        // 1E-10 = +0.1 x 10^-9
        assertArrayEquals(bytes(0x01, 0x03, 0x7F, 0xFF, 0xFF, 0xF7, 0x0B, 0x00), key(ValueType.DECIMAL, d("1E-10")));
    }

    @Test
    void decimalEqualValuesEncodeAlike() {
        String[][] groups = {
            {"0", "0.00", "0E+5", "-0.0", "0E-30"},
            {"1", "1.0", "1.000", "0.1E+1"},
            {"1.5", "1.50", "15E-1"},
            {"100", "1E+2", "100.00"},
            {"-1.5", "-1.500"},
            {"1E+20", "100000000000000000000"},
        };
        for (String[] group : groups) {
            byte[] first = key(ValueType.DECIMAL, d(group[0]));
            for (String s : group) {
                assertArrayEquals(first, key(ValueType.DECIMAL, d(s)), s + " encodes like " + group[0]);
                BigDecimal back = (BigDecimal) KeyCodec.decode(first, 0, ValueType.DECIMAL, false);
                assertEquals(0, back.compareTo(d(s)));
            }
        }
        assertEquals(BigDecimal.ZERO, KeyCodec.decode(key(ValueType.DECIMAL, d("0.00")), 0, ValueType.DECIMAL, false));
        assertEquals(d("1.5"), KeyCodec.decode(key(ValueType.DECIMAL, d("1.50")), 0, ValueType.DECIMAL, false));
        assertEquals(d("1E+2"), KeyCodec.decode(key(ValueType.DECIMAL, d("100")), 0, ValueType.DECIMAL, false));
    }

    @Test
    void decimalOrder() {
        String forty = "1234567890123456789012345678901234567890";
        assertIncreasing(ValueType.DECIMAL, null,
                d("-1E+40"), d("-9999999999999999999999999999999999999999"), d("-" + forty), d("-1E+20"),
                d("-100.5"), d("-100"), d("-99.99"), d("-10"), d("-9.99"), d("-1.5"), d("-1.05"), d("-1"),
                d("-0.5"), d("-0.1"), d("-0.099"), d("-0.09"), d("-1E-10"), d("-1E-1000"),
                d("0"),
                d("1E-1000"), d("1E-10"), d("0.09"), d("0.099"), d("0.1"), d("0.5"), d("1"), d("1.05"), d("1.5"),
                d("9.99"), d("10"), d("99.99"), d("100"), d("100.5"), d("1E+20"),
                d(forty), d(forty + ".5"), d(forty.substring(0, 39) + "1"), d("9999999999999999999999999999999999999999"),
                d("1E+40"), d("1E+1000"));
    }

    @Test
    void decimalRoundTripOfFortyDigitValues() {
        Random r = TestData.random("decimal 40 digits");
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder(r.nextBoolean() ? "-" : "");
            b.append(1 + r.nextInt(9));
            for (int j = 0; j < 39; j++) {
                b.append(r.nextInt(10));
            }
            BigDecimal v = d(b.toString()).scaleByPowerOfTen(r.nextInt(81) - 40);
            BigDecimal back = (BigDecimal) KeyCodec.decode(key(ValueType.DECIMAL, v), 0, ValueType.DECIMAL, false);
            assertEquals(0, v.compareTo(back), () -> v + " " + TestData.seedInfo());
            BigDecimal backDesc = (BigDecimal) KeyCodec.decode(keyDesc(ValueType.DECIMAL, v), 0, ValueType.DECIMAL,
                    true);
            assertEquals(0, v.compareTo(backDesc), () -> v + " " + TestData.seedInfo());
        }
    }

    @Test
    void decimalExponentBeyondIntIsRejected() {
        BigDecimal huge = BigDecimal.ONE.scaleByPowerOfTen(Integer.MAX_VALUE); // 1E+2147483647: exponent 2^31
        ByteSink out = new ByteSink();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyCodec.encode(out, ValueType.DECIMAL, huge, false));
        assertTrue(e.getMessage().contains("exponent range"), e.getMessage());
        assertEquals(0, out.size(), "nothing written");
        BigDecimal large = BigDecimal.ONE.scaleByPowerOfTen(Integer.MAX_VALUE - 1);
        assertEquals(large, KeyCodec.decode(key(ValueType.DECIMAL, large), 0, ValueType.DECIMAL, false));
        BigDecimal tiny = BigDecimal.ONE.scaleByPowerOfTen(Integer.MIN_VALUE + 1);
        assertEquals(tiny, KeyCodec.decode(key(ValueType.DECIMAL, tiny), 0, ValueType.DECIMAL, false));
    }

    // ---------------------------------------------------------------- layout helpers

    /** The storage's prefix bound, which every key range the SQL layer scans relies on. */
    @Test
    void prefixUpperBound() {
        assertArrayEquals(bytes(1, 3), Bytes.prefixEnd(bytes(1, 2)));
        assertArrayEquals(bytes(2), Bytes.prefixEnd(bytes(1, 0xFF)));
        assertArrayEquals(bytes(1, 0x80), Bytes.prefixEnd(bytes(1, 0x7F, 0xFF, 0xFF)));
        assertArrayEquals(bytes(0, 1), Bytes.prefixEnd(bytes(0, 0)));
        assertNull(Bytes.prefixEnd(bytes(0xFF, 0xFF)));
        assertNull(Bytes.prefixEnd(bytes()));

        Random r = TestData.random("prefixUpperBound");
        for (int i = 0; i < 2000; i++) {
            byte[] prefix = TestData.randomBytes(r);
            byte[] bound = Bytes.prefixEnd(prefix);
            byte[] extension = Arrays.copyOf(prefix, prefix.length + r.nextInt(4));
            for (int j = prefix.length; j < extension.length; j++) {
                extension[j] = r.nextBoolean() ? (byte) 0xFF : (byte) r.nextInt();
            }
            if (bound == null) {
                for (byte b : prefix) {
                    assertEquals((byte) 0xFF, b);
                }
                continue;
            }
            assertTrue(Arrays.compareUnsigned(extension, bound) < 0, "every key with the prefix is below the bound");
            assertTrue(Arrays.compareUnsigned(prefix, bound) < 0);
            byte[] other = TestData.randomBytes(r);
            boolean hasPrefix = other.length >= prefix.length
                    && Arrays.equals(other, 0, prefix.length, prefix, 0, prefix.length);
            if (!hasPrefix && Arrays.compareUnsigned(other, prefix) > 0) {
                assertTrue(Arrays.compareUnsigned(other, bound) >= 0, "keys after the prefix range are not below");
            }
        }
    }

    @Test
    void indexEntryLayoutFindsThePrimaryKeyWithSkip() {
        byte[] indexPrefix = bytes(0x10, 0x02);
        ValueType[] indexTypes = {ValueType.VARCHAR, ValueType.DECIMAL};
        boolean[] indexDesc = {false, true};
        ValueType[] pkTypes = {ValueType.BIGINT, ValueType.VARBINARY};
        Object[] indexValues = {"caf\u00e9\0x", new BigDecimal("-12.50")};
        Object[] pk = {42L, bytes(0, 0xFF, 7)};

        ByteSink out = new ByteSink(4);
        out.write(indexPrefix);
        for (int i = 0; i < indexTypes.length; i++) {
            KeyCodec.encode(out, indexTypes[i], indexValues[i], indexDesc[i]);
        }
        for (int i = 0; i < pkTypes.length; i++) {
            KeyCodec.encode(out, pkTypes[i], pk[i], false);
        }
        byte[] entry = out.toByteArray();

        int at = indexPrefix.length;
        for (int i = 0; i < indexTypes.length; i++) {
            at = KeyCodec.skip(entry, at, indexTypes[i], indexDesc[i]);
        }
        Object[] decodedPk = KeyCodec.decodeKey(entry, at, pkTypes);
        assertEquals(42L, decodedPk[0]);
        assertArrayEquals((byte[]) pk[1], (byte[]) decodedPk[1]);
        Object[] decodedIndex = KeyCodec.decodeKey(entry, indexPrefix.length, indexTypes, indexDesc);
        assertEquals("caf\u00e9\0x", decodedIndex[0]);
        assertEquals(new BigDecimal("-12.5"), decodedIndex[1]);
        assertArrayEquals(KeyCodec.encodeKey(new byte[0], pkTypes, pk), Arrays.copyOfRange(entry, at, entry.length));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void vectorIsNotAKeyType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> key(ValueType.VECTOR, new float[] {1f}));
        assertEquals("KeyCodec: VECTOR is not a key type; it cannot be part of a primary key or an index",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> key(ValueType.VECTOR, null));
        assertThrows(IllegalArgumentException.class, () -> KeyCodec.skip(bytes(0), 0, ValueType.VECTOR));
        assertThrows(IllegalArgumentException.class,
                () -> KeyCodec.decodeKey(bytes(0), 0, new ValueType[] {ValueType.VECTOR}));
    }

    @Test
    void wrongClassIsRejectedBeforeWriting() {
        ByteSink out = new ByteSink();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyCodec.encode(out, ValueType.INTEGER, 5L, false));
        assertEquals("KeyCodec: INTEGER expects Integer but got java.lang.Long", e.getMessage());
        assertEquals(0, out.size());
        assertThrows(IllegalArgumentException.class,
                () -> KeyCodec.encodeKey(bytes(), new ValueType[] {ValueType.INTEGER}, new Object[] {1, 2}));
    }

    @Test
    void malformedKeysAreRejected() {
        byte[] good = key(ValueType.VARCHAR, "abc");
        byte[] truncated = Arrays.copyOf(good, good.length - 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyCodec.decode(truncated, 0, ValueType.VARCHAR, false));
        assertTrue(e.getMessage().startsWith("KeyCodec: truncated key"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyCodec.skip(truncated, 0, ValueType.VARCHAR));
        assertThrows(IllegalArgumentException.class, () -> KeyCodec.skip(bytes(1, 0x80), 0, ValueType.INTEGER));
        assertThrows(IllegalArgumentException.class,
                () -> KeyCodec.decode(bytes(1, 0x80), 0, ValueType.INTEGER, false));
        e = assertThrows(IllegalArgumentException.class, () -> KeyCodec.decode(bytes(7), 0, ValueType.INTEGER, false));
        assertTrue(e.getMessage().contains("marker byte 7"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> KeyCodec.decode(bytes(1, 'a', 0, 5, 0, 0), 0, ValueType.VARCHAR, false));
        assertThrows(IllegalArgumentException.class,
                () -> KeyCodec.decode(bytes(1, 0xC3, 0, 0), 0, ValueType.VARCHAR, false)); // cut UTF-8
        assertThrows(IllegalArgumentException.class,
                () -> KeyCodec.decode(bytes(1, 0x03, 0x80, 0, 0, 1, 0x70, 0), 0, ValueType.DECIMAL, false));
        assertThrows(IllegalArgumentException.class, () -> KeyCodec.decode(bytes(1, 2), 0, ValueType.BOOLEAN, false));
    }
}
