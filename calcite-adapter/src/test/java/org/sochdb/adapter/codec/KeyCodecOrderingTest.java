package org.sochdb.adapter.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests: for random values (edge values and NULLs included) of every key type, alone and in 2- and
 * 3-column tuples with ascending and descending columns, unsigned byte order of the encodings agrees with SQL
 * order (equal encodings exactly for SQL-equal values), and decoding gives the values back.
 */
@ExtendWith(TestData.SeedReporter.class)
class KeyCodecOrderingTest {
    private static final int COUNT = 2000;
    private static final byte[] PREFIX = {0x42, 0x00, (byte) 0xFF};

    static Stream<ValueType> keyTypes() {
        return Arrays.stream(ValueType.values()).filter(ValueType::isKeyType);
    }

    @ParameterizedTest
    @MethodSource("keyTypes")
    void singleColumnAscending(ValueType type) {
        checkSingle(type, false);
    }

    @ParameterizedTest
    @MethodSource("keyTypes")
    void singleColumnDescending(ValueType type) {
        checkSingle(type, true);
    }

    private static void checkSingle(ValueType type, boolean descending) {
        Random r = TestData.random("single " + type + " " + descending);
        List<Object> values = TestData.values(type, r, COUNT);
        List<Object[]> tuples = new ArrayList<>();
        for (Object v : values) {
            tuples.add(new Object[] {v});
        }
        checkTuples(new ValueType[] {type}, new boolean[] {descending}, tuples, r);
    }

    static Stream<Arguments> tupleTypes() {
        List<Arguments> list = new ArrayList<>();
        ValueType[][] fixed = {
            {ValueType.INTEGER, ValueType.VARCHAR},
            {ValueType.VARCHAR, ValueType.INTEGER},
            {ValueType.VARCHAR, ValueType.VARCHAR},
            {ValueType.VARBINARY, ValueType.BIGINT},
            {ValueType.DECIMAL, ValueType.DOUBLE},
            {ValueType.BOOLEAN, ValueType.REAL},
            {ValueType.VARCHAR, ValueType.VARBINARY, ValueType.INTEGER},
            {ValueType.DECIMAL, ValueType.VARCHAR, ValueType.DECIMAL},
            {ValueType.BOOLEAN, ValueType.DECIMAL, ValueType.VARBINARY},
            {ValueType.DATE, ValueType.TIMESTAMP, ValueType.TIME},
            {ValueType.REAL, ValueType.CHAR, ValueType.SMALLINT},
            {ValueType.TINYINT, ValueType.VARCHAR, ValueType.DOUBLE},
        };
        for (ValueType[] types : fixed) {
            for (int directions = 0; directions < 1 << types.length; directions++) {
                list.add(Arguments.of(types, directions));
            }
        }
        // random combinations, fixed by the seed
        Random r = TestData.random("tuple types");
        ValueType[] keyTypes = keyTypes().toArray(ValueType[]::new);
        for (int i = 0; i < 20; i++) {
            ValueType[] types = new ValueType[2 + r.nextInt(2)];
            for (int j = 0; j < types.length; j++) {
                types[j] = keyTypes[r.nextInt(keyTypes.length)];
            }
            list.add(Arguments.of(types, r.nextInt(1 << types.length)));
        }
        return list.stream();
    }

    /** {@code directions} bit i set = column i descending. */
    @ParameterizedTest(name = "{0} directions={1}")
    @MethodSource("tupleTypes")
    void tuples(ValueType[] types, int directions) {
        boolean[] descending = new boolean[types.length];
        for (int i = 0; i < types.length; i++) {
            descending[i] = (directions & (1 << i)) != 0;
        }
        Random r = TestData.random("tuple " + Arrays.toString(types) + " " + directions);
        // small pools per column so that earlier columns tie often and later columns decide
        List<List<Object>> pools = new ArrayList<>();
        for (ValueType type : types) {
            List<Object> all = TestData.values(type, r, 300);
            List<Object> pool = new ArrayList<>();
            int size = 3 + r.nextInt(8);
            for (int i = 0; i < size; i++) {
                pool.add(all.get(r.nextInt(all.size())));
            }
            pools.add(pool);
        }
        List<Object[]> tuples = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            Object[] tuple = new Object[types.length];
            for (int j = 0; j < types.length; j++) {
                List<Object> pool = pools.get(j);
                tuple[j] = pool.get(r.nextInt(pool.size()));
            }
            tuples.add(tuple);
        }
        checkTuples(types, descending, tuples, r);
    }

    /** Encodes, sorts, and checks order agreement, round trip and skip for a list of tuples. */
    private static void checkTuples(ValueType[] types, boolean[] descending, List<Object[]> tuples, Random r) {
        Comparator<Object[]> order = tupleOrder(types, descending);
        List<Object[]> sorted = new ArrayList<>(tuples);
        sorted.sort(order);
        byte[][] keys = new byte[sorted.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = KeyCodec.encodeKey(PREFIX, types, sorted.get(i), descending);
            checkRoundTrip(types, descending, sorted.get(i), keys[i]);
        }
        // adjacent pairs of the SQL-sorted list suffice: both orders are total, so agreement on neighbours
        // (including ties) implies agreement on every pair; random pairs are checked as well
        for (int i = 0; i + 1 < keys.length; i++) {
            checkPair(types, descending, sorted.get(i), sorted.get(i + 1), keys[i], keys[i + 1], order);
        }
        for (int n = 0; n < 5000; n++) {
            int i = r.nextInt(keys.length);
            int j = r.nextInt(keys.length);
            checkPair(types, descending, sorted.get(i), sorted.get(j), keys[i], keys[j], order);
        }
    }

    private static void checkPair(ValueType[] types, boolean[] descending, Object[] a, Object[] b, byte[] ka,
                                  byte[] kb, Comparator<Object[]> order) {
        int expected = Integer.signum(order.compare(a, b));
        int actual = Integer.signum(Arrays.compareUnsigned(ka, kb));
        if (expected != actual) {
            fail("order mismatch for " + Arrays.toString(types) + " descending=" + Arrays.toString(descending)
                    + ": SQL says " + expected + ", bytes say " + actual + "\n  a=" + show(a) + "\n    " + TestData.hex(ka)
                    + "\n  b=" + show(b) + "\n    " + TestData.hex(kb) + "\n" + TestData.seedInfo());
        }
    }

    private static void checkRoundTrip(ValueType[] types, boolean[] descending, Object[] tuple, byte[] key) {
        assertTrue(Arrays.equals(PREFIX, 0, PREFIX.length, key, 0, PREFIX.length), "prefix kept");
        Object[] decoded = KeyCodec.decodeKey(key, PREFIX.length, types, descending);
        int at = PREFIX.length;
        for (int i = 0; i < types.length; i++) {
            Object original = tuple[i];
            Object back = decoded[i];
            String context = "round trip of " + types[i] + " " + TestData.show(original) + " gave "
                    + TestData.show(back) + " (key " + TestData.hex(key) + ") " + TestData.seedInfo();
            if (original == null) {
                assertEquals(null, back, context);
            } else {
                assertEquals(types[i].javaClass(), back.getClass(), context);
                assertEquals(0, TestData.sqlOrder(types[i]).compare(original, back), context);
                if (!(original instanceof Float || original instanceof Double || original instanceof BigDecimal)) {
                    assertTrue(TestData.exactlyEqual(original, back), context);
                }
                if (original instanceof BigDecimal) {
                    assertEquals(((BigDecimal) original).stripTrailingZeros(), back, context);
                }
            }
            Object single = KeyCodec.decode(key, at, types[i], descending[i]);
            assertTrue(TestData.exactlyEqual(back, single), context);
            at = KeyCodec.skip(key, at, types[i], descending[i]);
        }
        assertEquals(key.length, at, () -> "skip chain ends at the end of " + TestData.hex(key));
    }

    private static Comparator<Object[]> tupleOrder(ValueType[] types, boolean[] descending) {
        List<Comparator<Object>> columns = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            Comparator<Object> c = TestData.sqlOrderNullsFirst(types[i]);
            columns.add(descending[i] ? c.reversed() : c);
        }
        return (a, b) -> {
            for (int i = 0; i < columns.size(); i++) {
                int c = columns.get(i).compare(a[i], b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static String show(Object[] tuple) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < tuple.length; i++) {
            b.append(i == 0 ? "" : ", ").append(TestData.show(tuple[i]));
        }
        return b.append(')').toString();
    }
}
