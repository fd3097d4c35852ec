package org.sochdb.adapter.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Table tests of {@link ValueCoercion}: accepted inputs with their canonical results, and error messages. */
class ValueCoercionTest {
    /** 2024-01-15 as days since 1970-01-01. */
    private static final int JAN_15 = 19737;
    /** 2024-01-15 10:30:00.123 as milliseconds since 1970-01-01T00:00. */
    private static final long JAN_15_1030_123 = 1_705_314_600_123L;
    /** 10:30 as milliseconds of the day. */
    private static final int T1030 = 37_800_000;

    static Stream<Arguments> conversions() {
        byte[] bytes = {1, 2, 3};
        return Stream.of(
                // BOOLEAN
                arguments(ValueType.BOOLEAN, true, true),
                arguments(ValueType.BOOLEAN, "true", true),
                arguments(ValueType.BOOLEAN, " FALSE ", false),
                arguments(ValueType.BOOLEAN, "1", true),
                arguments(ValueType.BOOLEAN, "0", false),
                arguments(ValueType.BOOLEAN, 1, true),
                arguments(ValueType.BOOLEAN, 0L, false),
                arguments(ValueType.BOOLEAN, new BigDecimal("1.0"), true),
                // integers
                arguments(ValueType.TINYINT, 5, (byte) 5),
                arguments(ValueType.TINYINT, "127", (byte) 127),
                arguments(ValueType.TINYINT, (short) -128, (byte) -128),
                arguments(ValueType.SMALLINT, 30000, (short) 30000),
                arguments(ValueType.SMALLINT, (byte) -3, (short) -3),
                arguments(ValueType.INTEGER, (short) 7, 7),
                arguments(ValueType.INTEGER, (byte) -3, -3),
                arguments(ValueType.INTEGER, 42L, 42),
                arguments(ValueType.INTEGER, "42", 42),
                arguments(ValueType.INTEGER, " -42 ", -42),
                arguments(ValueType.INTEGER, "4.0", 4),
                arguments(ValueType.INTEGER, "1e3", 1000),
                arguments(ValueType.INTEGER, new StringBuilder("8"), 8),
                arguments(ValueType.INTEGER, new BigDecimal("4.00"), 4),
                arguments(ValueType.INTEGER, new BigInteger("12"), 12),
                arguments(ValueType.INTEGER, 4.0d, 4),
                arguments(ValueType.INTEGER, -2.0f, -2),
                arguments(ValueType.INTEGER, true, 1),
                arguments(ValueType.INTEGER, new AtomicInteger(9), 9),
                arguments(ValueType.INTEGER, (long) Integer.MIN_VALUE, Integer.MIN_VALUE),
                arguments(ValueType.BIGINT, 5, 5L),
                arguments(ValueType.BIGINT, "9223372036854775807", Long.MAX_VALUE),
                arguments(ValueType.BIGINT, new BigInteger("-9223372036854775808"), Long.MIN_VALUE),
                arguments(ValueType.BIGINT, 1e18, 1_000_000_000_000_000_000L),
                // floating point
                arguments(ValueType.REAL, 1.5d, 1.5f),
                arguments(ValueType.REAL, 1, 1.0f),
                arguments(ValueType.REAL, "2.5", 2.5f),
                arguments(ValueType.REAL, "NaN", Float.NaN),
                arguments(ValueType.REAL, Double.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY),
                arguments(ValueType.REAL, new BigDecimal("0.1"), 0.1f),
                arguments(ValueType.DOUBLE, 1.5f, 1.5d),
                arguments(ValueType.DOUBLE, 7, 7.0d),
                arguments(ValueType.DOUBLE, Long.MAX_VALUE, 9.223372036854775807E18),
                arguments(ValueType.DOUBLE, " 1e10 ", 1e10),
                arguments(ValueType.DOUBLE, "-Infinity", Double.NEGATIVE_INFINITY),
                arguments(ValueType.DOUBLE, new BigDecimal("0.1"), 0.1d),
                // DECIMAL
                arguments(ValueType.DECIMAL, 5, new BigDecimal("5")),
                arguments(ValueType.DECIMAL, -5L, new BigDecimal("-5")),
                arguments(ValueType.DECIMAL, 0.1d, new BigDecimal("0.1")),
                arguments(ValueType.DECIMAL, 0.1f, new BigDecimal("0.1")),
                arguments(ValueType.DECIMAL, 1e20, new BigDecimal("1.0E+20")),
                arguments(ValueType.DECIMAL, new BigInteger("123456789012345678901234567890"),
                        new BigDecimal("123456789012345678901234567890")),
                arguments(ValueType.DECIMAL, "12.340", new BigDecimal("12.340")),
                arguments(ValueType.DECIMAL, " -1E-10 ", new BigDecimal("-1E-10")),
                // text
                arguments(ValueType.VARCHAR, "x", "x"),
                arguments(ValueType.VARCHAR, new StringBuilder("sb"), "sb"),
                arguments(ValueType.CHAR, 'c', "c"),
                arguments(ValueType.VARCHAR, new char[] {'h', 'i'}, "hi"),
                arguments(ValueType.VARCHAR, 42, "42"),
                arguments(ValueType.VARCHAR, new BigDecimal("1E+3"), "1000"),
                arguments(ValueType.VARCHAR, false, "false"),
                arguments(ValueType.VARCHAR, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                        "123e4567-e89b-12d3-a456-426614174000"),
                // bytes
                arguments(ValueType.VARBINARY, bytes, bytes),
                arguments(ValueType.VARBINARY, ByteBuffer.wrap(new byte[] {9, 1, 2, 3, 9}, 1, 3), bytes),
                arguments(ValueType.VARBINARY, ByteBuffer.allocate(0), new byte[0]),
                // DATE
                arguments(ValueType.DATE, JAN_15, JAN_15),
                arguments(ValueType.DATE, (long) JAN_15, JAN_15),
                arguments(ValueType.DATE, "2024-01-15", JAN_15),
                arguments(ValueType.DATE, " 1969-12-31 ", -1),
                arguments(ValueType.DATE, LocalDate.of(2024, 1, 15), JAN_15),
                arguments(ValueType.DATE, java.sql.Date.valueOf("2024-01-15"), JAN_15),
                arguments(ValueType.DATE, Timestamp.valueOf("2024-01-15 23:59:59"), JAN_15),
                arguments(ValueType.DATE, LocalDateTime.of(2024, 1, 15, 23, 0), JAN_15),
                arguments(ValueType.DATE, OffsetDateTime.of(2024, 1, 15, 23, 0, 0, 0, ZoneOffset.ofHours(-8)), JAN_15),
                arguments(ValueType.DATE, new java.util.Date(Timestamp.valueOf("2024-01-15 12:00:00").getTime()),
                        JAN_15),
                // TIME
                arguments(ValueType.TIME, 1000, 1000),
                arguments(ValueType.TIME, 1000L, 1000),
                arguments(ValueType.TIME, LocalTime.of(10, 30), T1030),
                arguments(ValueType.TIME, LocalTime.of(10, 30, 0, 123_456_789), T1030 + 123),
                arguments(ValueType.TIME, "10:30", T1030),
                arguments(ValueType.TIME, "10:30:00.123", T1030 + 123),
                arguments(ValueType.TIME, "23:59:59.999", 86_399_999),
                arguments(ValueType.TIME, Time.valueOf("10:30:00"), T1030),
                arguments(ValueType.TIME, new Time(Time.valueOf("10:30:00").getTime() + 123), T1030 + 123),
                arguments(ValueType.TIME, Timestamp.valueOf("2024-01-15 10:30:00.123"), T1030 + 123),
                arguments(ValueType.TIME, LocalDateTime.of(2024, 1, 15, 10, 30), T1030),
                // TIMESTAMP
                arguments(ValueType.TIMESTAMP, JAN_15_1030_123, JAN_15_1030_123),
                arguments(ValueType.TIMESTAMP, 5, 5L),
                arguments(ValueType.TIMESTAMP, "2024-01-15 10:30:00.123", JAN_15_1030_123),
                arguments(ValueType.TIMESTAMP, "2024-01-15T10:30:00.123456", JAN_15_1030_123),
                arguments(ValueType.TIMESTAMP, "2024-01-15 10:30", JAN_15_1030_123 - 123),
                arguments(ValueType.TIMESTAMP, "2024-01-15", JAN_15 * 86_400_000L),
                arguments(ValueType.TIMESTAMP, "2024-01-15T10:30:00Z", JAN_15_1030_123 - 123),
                arguments(ValueType.TIMESTAMP, "2024-01-15T12:30:00.123+02:00", JAN_15_1030_123),
                arguments(ValueType.TIMESTAMP, "1969-12-31 23:59:59.999", -1L),
                arguments(ValueType.TIMESTAMP, Timestamp.valueOf("2024-01-15 10:30:00.123456789"), JAN_15_1030_123),
                arguments(ValueType.TIMESTAMP, LocalDateTime.of(2024, 1, 15, 10, 30, 0, 123_000_000), JAN_15_1030_123),
                arguments(ValueType.TIMESTAMP, LocalDate.of(2024, 1, 15), JAN_15 * 86_400_000L),
                arguments(ValueType.TIMESTAMP, java.sql.Date.valueOf("2024-01-15"), JAN_15 * 86_400_000L),
                arguments(ValueType.TIMESTAMP, Instant.parse("2024-01-15T10:30:00.123Z"), JAN_15_1030_123),
                arguments(ValueType.TIMESTAMP, OffsetDateTime.parse("2024-01-15T05:30:00.123-05:00"), JAN_15_1030_123),
                arguments(ValueType.TIMESTAMP, ZonedDateTime.of(2024, 1, 15, 11, 30, 0, 123_000_000,
                        ZoneId.of("Europe/Paris")), JAN_15_1030_123),
                arguments(ValueType.TIMESTAMP, new java.util.Date(Timestamp.valueOf("2024-01-15 10:30:00.123").getTime()),
                        JAN_15_1030_123),
                // VECTOR
                arguments(ValueType.VECTOR, new double[] {0.5, 1.5}, new float[] {0.5f, 1.5f}),
                arguments(ValueType.VECTOR, List.of(1, 2.5, 3L), new float[] {1f, 2.5f, 3f}),
                arguments(ValueType.VECTOR, new ArrayList<>(List.of(0.25f)), new float[] {0.25f}),
                arguments(ValueType.VECTOR, new Float[] {1f, 2f}, new float[] {1f, 2f}),
                arguments(ValueType.VECTOR, "[0.1, 0.2]", new float[] {0.1f, 0.2f}),
                arguments(ValueType.VECTOR, "[0.1,0.2,-3e2]", new float[] {0.1f, 0.2f, -300f}),
                arguments(ValueType.VECTOR, " [ 1 ,2 ] ", new float[] {1f, 2f}),
                arguments(ValueType.VECTOR, "[]", new float[0]),
                arguments(ValueType.VECTOR, "[ ]", new float[0]));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("conversions")
    void converts(ValueType type, Object input, Object expected) {
        Object actual = ValueCoercion.coerce(type, input);
        assertEquals(type.javaClass(), actual.getClass());
        assertTrue(TestData.exactlyEqual(expected, actual),
                () -> type + " <- " + TestData.show(input) + ": expected " + TestData.show(expected) + " got "
                        + TestData.show(actual));
    }

    static Stream<Arguments> errors() {
        String longText = "x".repeat(100);
        return Stream.of(
                arguments(ValueType.INTEGER, 3_000_000_000L, "value 3000000000 out of range for INTEGER"),
                arguments(ValueType.INTEGER, "3000000000", "value '3000000000' out of range for INTEGER"),
                arguments(ValueType.INTEGER, new BigDecimal("3E+9"), "value 3000000000 out of range for INTEGER"),
                arguments(ValueType.INTEGER, 1.5d,
                        "cannot convert java.lang.Double 1.5 to INTEGER: it has a fractional part"),
                arguments(ValueType.INTEGER, "4.5", "cannot convert java.lang.String '4.5' to INTEGER: it has a fractional part"),
                arguments(ValueType.INTEGER, "abc", "cannot convert java.lang.String 'abc' to INTEGER"),
                arguments(ValueType.INTEGER, longText, "cannot convert java.lang.String '" + "x".repeat(57)
                        + "...' to INTEGER"),
                arguments(ValueType.INTEGER, Double.NaN, "value NaN out of range for INTEGER"),
                arguments(ValueType.INTEGER, new Object(), "cannot convert value of class java.lang.Object to INTEGER"),
                arguments(ValueType.INTEGER, LocalDate.of(2024, 1, 15),
                        "cannot convert value of class java.time.LocalDate to INTEGER"),
                arguments(ValueType.TINYINT, 128, "value 128 out of range for TINYINT"),
                arguments(ValueType.SMALLINT, -40000, "value -40000 out of range for SMALLINT"),
                arguments(ValueType.BIGINT, new BigInteger("9223372036854775808"),
                        "value 9223372036854775808 out of range for BIGINT"),
                arguments(ValueType.BIGINT, 1e19, "value 1.0E19 out of range for BIGINT"),
                arguments(ValueType.BOOLEAN, 2, "value 2 out of range for BOOLEAN"),
                arguments(ValueType.BOOLEAN, "yes", "cannot convert java.lang.String 'yes' to BOOLEAN"),
                arguments(ValueType.BOOLEAN, 'y', "cannot convert value of class java.lang.Character to BOOLEAN"),
                arguments(ValueType.REAL, 1e300, "value 1.0E300 out of range for REAL"),
                arguments(ValueType.REAL, "1,5", "cannot convert java.lang.String '1,5' to REAL"),
                arguments(ValueType.REAL, true, "cannot convert value of class java.lang.Boolean to REAL"),
                arguments(ValueType.DOUBLE, new BigDecimal("1E+400"), "value 1E+400 out of range for DOUBLE"),
                arguments(ValueType.DOUBLE, "x", "cannot convert java.lang.String 'x' to DOUBLE"),
                arguments(ValueType.DECIMAL, Double.NaN,
                        "cannot convert java.lang.Double NaN to DECIMAL: it is not a finite number"),
                arguments(ValueType.DECIMAL, "1,5", "cannot convert java.lang.String '1,5' to DECIMAL"),
                arguments(ValueType.DECIMAL, true, "cannot convert value of class java.lang.Boolean to DECIMAL"),
                arguments(ValueType.VARCHAR, new Object(), "cannot convert value of class java.lang.Object to VARCHAR"),
                arguments(ValueType.CHAR, new byte[1], "cannot convert value of class [B to CHAR"),
                arguments(ValueType.VARBINARY, "abc", "cannot convert value of class java.lang.String to VARBINARY"),
                arguments(ValueType.DATE, "2024-13-01", "cannot convert java.lang.String '2024-13-01' to DATE"),
                arguments(ValueType.DATE, "2024-01-15 10:00", "cannot convert java.lang.String '2024-01-15 10:00' to DATE"),
                arguments(ValueType.DATE, LocalDate.MAX, "value +999999999-12-31 out of range for DATE"),
                arguments(ValueType.DATE, 1L << 40, "value 1099511627776 out of range for DATE"),
                arguments(ValueType.DATE, Time.valueOf("10:00:00"), "cannot convert value of class java.sql.Time to DATE"),
                arguments(ValueType.DATE, true, "cannot convert value of class java.lang.Boolean to DATE"),
                arguments(ValueType.TIME, 86_400_000, "value 86400000 out of range for TIME"),
                arguments(ValueType.TIME, -1, "value -1 out of range for TIME"),
                arguments(ValueType.TIME, "25:00", "cannot convert java.lang.String '25:00' to TIME"),
                arguments(ValueType.TIME, LocalDate.of(2024, 1, 15),
                        "cannot convert value of class java.time.LocalDate to TIME"),
                arguments(ValueType.TIMESTAMP, "yesterday", "cannot convert java.lang.String 'yesterday' to TIMESTAMP"),
                arguments(ValueType.TIMESTAMP, Instant.MAX, "value +1000000000-12-31T23:59:59.999999999Z out of range for TIMESTAMP"),
                arguments(ValueType.TIMESTAMP, Time.valueOf("10:00:00"),
                        "cannot convert value of class java.sql.Time to TIMESTAMP"),
                arguments(ValueType.TIMESTAMP, 1.5d,
                        "cannot convert java.lang.Double 1.5 to TIMESTAMP: it has a fractional part"),
                arguments(ValueType.VECTOR, "0.1, 0.2", "cannot convert java.lang.String '0.1, 0.2' to VECTOR"),
                arguments(ValueType.VECTOR, "[0.1, x]", "cannot convert java.lang.String '[0.1, x]' to VECTOR"),
                arguments(ValueType.VECTOR, "[0.1,]", "cannot convert java.lang.String '[0.1,]' to VECTOR"),
                arguments(ValueType.VECTOR, new ArrayList<>(List.of(1, "a")),
                        "cannot convert java.util.ArrayList to VECTOR: element 1 is of class java.lang.String, not a Number"),
                arguments(ValueType.VECTOR, 5, "cannot convert value of class java.lang.Integer to VECTOR"));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("errors")
    void rejects(ValueType type, Object input, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueCoercion.coerce(type, input));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ValueType.class)
    void nullStaysNull(ValueType type) {
        assertNull(ValueCoercion.coerce(type, null));
    }

    @Test
    void canonicalValuesAreReturnedAsIs() {
        byte[] bytes = {1};
        float[] vector = {1f};
        BigDecimal decimal = new BigDecimal("1.50");
        String text = "t";
        assertSame(bytes, ValueCoercion.coerce(ValueType.VARBINARY, bytes));
        assertSame(vector, ValueCoercion.coerce(ValueType.VECTOR, vector));
        assertSame(decimal, ValueCoercion.coerce(ValueType.DECIMAL, decimal));
        assertSame(text, ValueCoercion.coerce(ValueType.VARCHAR, text));
    }

    @Test
    void byteBufferPositionIsKept() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {1, 2, 3});
        buffer.position(1);
        ValueCoercion.coerce(ValueType.VARBINARY, buffer);
        assertEquals(1, buffer.position());
    }

    @Test
    void coercedValuesEncode() {
        // what JDBC setObject relies on: coerce, then the codecs accept the result
        ValueType[] types = ValueType.values();
        Object[] inputs = {"true", 1, 2, 3L, 4, 5, 6, 7, 'c', "v", ByteBuffer.wrap(new byte[] {0}), "2024-01-15",
            "10:30", "2024-01-15 10:30:00", "[1, 2]"};
        Object[] row = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            row[i] = ValueCoercion.coerce(types[i], inputs[i]);
        }
        Object[] back = RowCodec.decode(RowCodec.encode(types, row), types);
        for (int i = 0; i < types.length; i++) {
            assertTrue(TestData.exactlyEqual(row[i], back[i]), types[i].toString());
            if (types[i].isKeyType()) {
                KeyCodec.encodeKey(new byte[0], new ValueType[] {types[i]}, new Object[] {row[i]});
            }
        }
    }
}
