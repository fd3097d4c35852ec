package org.sochdb.adapter.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Round trips and schema-evolution cases of {@link RowCodec}. */
@ExtendWith(TestData.SeedReporter.class)
class RowCodecTest {
    private static final ValueType[] ALL = ValueType.values();

    private static ValueType[] randomTypes(Random r, int n) {
        ValueType[] types = new ValueType[n];
        for (int i = 0; i < n; i++) {
            types[i] = ALL[r.nextInt(ALL.length)];
        }
        return types;
    }

    private static Object[] randomRow(Random r, ValueType[] types) {
        Object[] row = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (r.nextInt(6) != 0) {
                row[i] = r.nextInt(4) == 0 ? pick(r, TestData.edges(types[i])) : TestData.randomValue(types[i], r);
            }
        }
        return row;
    }

    private static Object pick(Random r, java.util.List<Object> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static void assertRowEquals(ValueType[] types, Object[] expected, Object[] actual, byte[] data) {
        assertEquals(types.length, actual.length);
        for (int i = 0; i < types.length; i++) {
            Object e = expected[i];
            Object a = actual[i];
            int column = i;
            assertTrue(TestData.exactlyEqual(e, a), () -> "column " + column + " " + types[column] + ": wrote "
                    + TestData.show(e) + ", read " + TestData.show(a) + " from " + TestData.hex(data) + " "
                    + TestData.seedInfo());
            if (a != null) {
                assertEquals(types[i].javaClass(), a.getClass());
            }
        }
    }

    @Test
    void randomRowsRoundTrip() {
        Random r = TestData.random("row round trip");
        ByteSink sink = new ByteSink(1);
        for (int n = 0; n < 3000; n++) {
            ValueType[] types = randomTypes(r, r.nextInt(25));
            Object[] row = randomRow(r, types);
            byte[] data = RowCodec.encode(types, row);
            assertRowEquals(types, row, RowCodec.decode(data, types), data);

            sink.reset();
            RowCodec.encode(sink, types, row);
            assertArrayEquals(data, sink.toByteArray(), "reused sink gives the same bytes");
        }
    }

    @Test
    void everyTypeWithEdgeValues() {
        for (ValueType type : ALL) {
            for (Object v : TestData.edges(type)) {
                ValueType[] types = {type, ValueType.INTEGER, type};
                Object[] row = {v, null, v};
                byte[] data = RowCodec.encode(types, row);
                assertRowEquals(types, row, RowCodec.decode(data, types), data);
            }
        }
    }

    @Test
    void keepsDecimalScaleAndFloatBits() {
        ValueType[] types = {ValueType.DECIMAL, ValueType.DECIMAL, ValueType.REAL, ValueType.DOUBLE, ValueType.VECTOR};
        Object[] row = {new BigDecimal("1.50"), new BigDecimal("-0.000"), -0.0f, Double.longBitsToDouble(0x7ff8000000000abcL),
            new float[] {-0.0f, Float.intBitsToFloat(0x7fc01234)}};
        Object[] back = RowCodec.decode(RowCodec.encode(types, row), types);
        assertEquals(new BigDecimal("1.50"), back[0]);
        assertEquals(3, ((BigDecimal) back[1]).scale());
        assertRowEquals(types, row, back, new byte[0]);
    }

    @Test
    void rowsWrittenWithFewerColumnsDecodeMissingOnesAsNull() {
        Random r = TestData.random("fewer columns");
        for (int n = 0; n < 1000; n++) {
            ValueType[] types = randomTypes(r, 1 + r.nextInt(20));
            int written = r.nextInt(types.length + 1);
            ValueType[] oldTypes = Arrays.copyOf(types, written);
            Object[] oldRow = randomRow(r, oldTypes);
            byte[] data = RowCodec.encode(oldTypes, oldRow);
            Object[] decoded = RowCodec.decode(data, types);
            assertRowEquals(oldTypes, oldRow, Arrays.copyOf(decoded, written), data);
            for (int i = written; i < types.length; i++) {
                assertNull(decoded[i], "added column " + i + " " + TestData.seedInfo());
            }
        }
    }

    @Test
    void rowsWrittenWithMoreColumnsDecodeTheLeadingOnes() {
        Random r = TestData.random("more columns");
        for (int n = 0; n < 1000; n++) {
            ValueType[] types = randomTypes(r, r.nextInt(20));
            Object[] row = randomRow(r, types);
            int kept = r.nextInt(types.length + 1);
            byte[] data = RowCodec.encode(types, row);
            ValueType[] keptTypes = Arrays.copyOf(types, kept);
            assertRowEquals(keptTypes, Arrays.copyOf(row, kept), RowCodec.decode(data, keptTypes), data);
        }
    }

    @Test
    void encodingIsCompact() {
        ValueType[] types = {ValueType.INTEGER, ValueType.VARCHAR, ValueType.BIGINT, ValueType.BOOLEAN};
        byte[] data = RowCodec.encode(types, new Object[] {1, "ab", null, true});
        // count, bitmap, zig-zag 1 -> 2, length 2, 'a', 'b', true
        assertArrayEquals(new byte[] {4, 0b0100, 2, 2, 'a', 'b', 1}, data);
        assertArrayEquals(new byte[] {0}, RowCodec.encode(new ValueType[0], new Object[0]));
        assertEquals(0, RowCodec.decode(new byte[] {0}, new ValueType[0]).length);
        byte[] small = RowCodec.encode(new ValueType[] {ValueType.BIGINT}, new Object[] {-64L});
        assertEquals(3, small.length, "small longs take one byte");
    }

    @Test
    void wrongClassAndCountAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RowCodec.encode(new ValueType[] {ValueType.VARCHAR, ValueType.INTEGER}, new Object[] {"x", 5L}));
        assertEquals("RowCodec: column 1 is INTEGER (Integer) but got java.lang.Long", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RowCodec.encode(new ValueType[] {ValueType.INTEGER}, new Object[0]));
        assertEquals("RowCodec: 1 types but 0 values", e.getMessage());
    }

    @Test
    void truncatedRowsAreRejected() {
        ValueType[] types = {ValueType.INTEGER, ValueType.VARCHAR, ValueType.DECIMAL, ValueType.VECTOR, ValueType.DOUBLE};
        byte[] data = RowCodec.encode(types, new Object[] {300, "hello", new BigDecimal("12.345"),
            new float[] {1f, 2f}, 2.5});
        for (int cut = 0; cut < data.length; cut++) {
            byte[] truncated = Arrays.copyOf(data, cut);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RowCodec.decode(truncated, types), "cut at " + cut);
            assertTrue(e.getMessage().startsWith("RowCodec:"), e.getMessage());
        }
    }
}
