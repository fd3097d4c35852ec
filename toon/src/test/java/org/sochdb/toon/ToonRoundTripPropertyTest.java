package org.sochdb.toon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Randomized round trip: {@code decode(encode(table))} gives back the table, value by value and
 * type by type (after the documented normalizations), for both dialects, all delimiters and
 * several indent sizes. Seeded from the system property {@code sochdb.seed} (random if absent);
 * a failure reports the seed and the encoded text. Reproduce with {@code mvn test -Dsochdb.seed=N}.
 */
class ToonRoundTripPropertyTest {
    private static final int TABLES_PER_COMBINATION = 400;
    private static final BigDecimal PLAIN_MIN = new BigDecimal("1e-6");
    private static final BigDecimal PLAIN_MAX = new BigDecimal("1e21");
    private static final String[] TRICKY = {
        "", " ", " x", "x ", "true", "false", "null", "123", "-1.5", "05", "+1", "1e5", "-", "#", "#x", "-x",
        "[]", "{}", "a:b", "NaN", "Infinity", "\"", "\\", ";", ",", "|", "\t", "a\nb", "\r\n", "\u00a0x\u00a0",
        "x]", "[0.1,0.2]", "é中👋", "1.", ".5", "0", "-0", "a b", "users[2]{a,b}:", "- item",
    };
    private static final String CHARS = "abcXYZ_019 ,;:\"\\[]{}|#-+.eE\t\n\r\u0001\u001f\u00a0é中";

    @Test
    void roundTripsRandomTables() {
        String property = System.getProperty("sochdb.seed");
        long seed = property == null || property.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(property.trim());
        Random rnd = new Random(seed);
        for (ToonDialect dialect : ToonDialect.values()) {
            for (ToonDelimiter delimiter : ToonDelimiter.values()) {
                for (int i = 0; i < TABLES_PER_COMBINATION; i++) {
                    ToonOptions options = ToonOptions.DEFAULT.withDialect(dialect).withDelimiter(delimiter)
                            .withIndent(1 + rnd.nextInt(4));
                    Table table = randomTable(rnd);
                    String text = null;
                    try {
                        text = Toon.encode(table.name, table.rows, table.fields, options);
                        check(table, text, options);
                    } catch (Throwable t) {
                        String message = "round trip failed; sochdb.seed=" + seed + " (rerun: mvn test -Dsochdb.seed="
                                + seed + "), " + options + ", table #" + i + " " + table + "\nencoded:\n" + text;
                        System.err.println(message);
                        throw new AssertionError(message, t);
                    }
                }
            }
        }
    }

    private static void check(Table table, String text, ToonOptions options) {
        if (options.dialect() == ToonDialect.COMPACT) {
            assertFalse(text.contains("\n"), "seed output is one line");
        } else {
            String[] lines = text.split("\n", -1);
            assertEquals(table.rows.size() + 1, lines.length, "one line per row after the header");
            for (String line : lines) {
                assertFalse(line.endsWith(" "), "no trailing spaces");
            }
        }
        ToonOptions decodeOptions = ToonOptions.DEFAULT.withIndent(options.indent());
        ToonTable decoded = Toon.decode(text, decodeOptions);
        assertEquals(decoded, Toon.decode(text, options.dialect(), decodeOptions), "forced dialect decodes the same");
        if (!table.rows.isEmpty()) {
            assertEquals(options.dialect(), decoded.dialect(), "detected dialect");
        }
        assertEquals(options.delimiter(), decoded.delimiter(), "delimiter");
        assertEquals(table.name, decoded.name(), "name");
        assertEquals(table.fields, decoded.fields(), "fields");
        assertEquals(table.rows.size(), decoded.rowCount(), "row count");
        for (int r = 0; r < table.rows.size(); r++) {
            Map<String, Object> actual = decoded.rows().get(r);
            assertEquals(table.fields, new ArrayList<>(actual.keySet()), "row " + r + " key order");
            for (String f : table.fields) {
                Object original = table.rows.get(r).get(f);
                Object value = actual.get(f);
                assertTypedEquals(expected(original), value, "row " + r + " field '" + f + "' from " + describe(original));
                if (original instanceof Double && Double.isFinite((Double) original)) {
                    double d = (Double) original;
                    assertTrue(d == ((Number) value).doubleValue(), "double value " + d + " (-0.0 decodes as 0)");
                }
            }
        }
        // decoding is a fixpoint: encoding the decoded table and decoding again changes nothing
        String again = Toon.encode(decoded.name(), decoded.rows(), decoded.fields(), options);
        assertEquals(decoded, Toon.decode(again, decodeOptions), "re-encoded:\n" + again);
    }

    private static void assertTypedEquals(Object expected, Object actual, String what) {
        if (expected instanceof Map) {
            assertTrue(actual instanceof Map, what + ": expected a map but was " + describe(actual));
            Map<?, ?> e = (Map<?, ?>) expected;
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(new ArrayList<>(e.keySet()), new ArrayList<>(a.keySet()), what + " keys");
            for (Object k : e.keySet()) {
                assertTypedEquals(e.get(k), a.get(k), what + "." + k);
            }
            return;
        }
        assertTrue(Objects.equals(expected, actual),
                what + ": expected " + describe(expected) + " but was " + describe(actual));
    }

    private static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        String text = v instanceof byte[] ? java.util.Arrays.toString((byte[]) v)
                : v instanceof float[] ? java.util.Arrays.toString((float[]) v) : String.valueOf(v);
        return v.getClass().getSimpleName() + " " + text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    // ------------------------------------------------------------------ documented value normalization

    static Object expected(Object v) {
        if (v == null || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (v instanceof Double) {
            double d = (Double) v;
            return Double.isFinite(d) ? number(new BigDecimal(Double.toString(d))) : null;
        }
        if (v instanceof Float) {
            float f = (Float) v;
            return Float.isFinite(f) ? number(new BigDecimal(Float.toString(f))) : null;
        }
        if (v instanceof BigDecimal) {
            return number((BigDecimal) v);
        }
        if (v instanceof LocalDate) {
            return v.toString();
        }
        if (v instanceof Timestamp) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(((Timestamp) v).toLocalDateTime());
        }
        if (v instanceof byte[]) {
            return Base64.getEncoder().encodeToString((byte[]) v);
        }
        if (v instanceof float[]) {
            float[] a = (float[]) v;
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) {
                b.append(i > 0 ? "," : "").append(ToonNumbers.format(new BigDecimal(Float.toString(a[i]))));
            }
            return b.append(']').toString();
        }
        if (v instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> m.put((String) k, expected(x)));
            return m;
        }
        throw new IllegalStateException("no expectation for " + v.getClass());
    }

    /** Long when the canonical text is an integer fitting a long, BigInteger for longer integers, else BigDecimal. */
    private static Object number(BigDecimal x) {
        if (x.signum() == 0) {
            return 0L;
        }
        BigDecimal c = x.stripTrailingZeros();
        boolean plain = c.abs().compareTo(PLAIN_MIN) >= 0 && c.abs().compareTo(PLAIN_MAX) < 0;
        if (c.scale() <= 0 && plain) {
            BigInteger b = c.toBigIntegerExact();
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (c.scale() <= 0 && c.precision() - c.scale() <= 19 && c.toBigIntegerExact().bitLength() < 64) {
            return c.longValueExact();
        }
        return c;
    }

    // ------------------------------------------------------------------ generators

    static final class Table {
        final String name;
        final List<String> fields;
        final List<Map<String, Object>> rows;

        Table(String name, List<String> fields, List<Map<String, Object>> rows) {
            this.name = name;
            this.fields = fields;
            this.rows = rows;
        }

        @Override
        public String toString() {
            return "name=" + (name == null ? null : describe(name)) + " fields=" + fields + " rows=" + rows.size();
        }
    }

    private static Table randomTable(Random r) {
        String name = r.nextInt(8) == 0 ? null : r.nextBoolean() ? "t" + r.nextInt(100) : randomString(r);
        Set<String> names = new LinkedHashSet<>();
        int width = 1 + r.nextInt(5);
        while (names.size() < width) {
            names.add(r.nextInt(3) == 0 ? randomString(r) : "f" + names.size());
        }
        List<String> fields = new ArrayList<>(names);
        int nested = r.nextInt(6) == 0 ? r.nextInt(width) : -1;
        List<String> subKeys = List.of("x", r.nextBoolean() ? "y z" : "y");
        int height = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(6);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < fields.size(); c++) {
                if (c == nested) {
                    Map<String, Object> sub = new LinkedHashMap<>();
                    for (String k : subKeys) {
                        sub.put(k, randomValue(r));
                    }
                    row.put(fields.get(c), sub);
                } else {
                    row.put(fields.get(c), randomValue(r));
                }
            }
            rows.add(row);
        }
        return new Table(name, fields, rows);
    }

    private static Object randomValue(Random r) {
        switch (r.nextInt(16)) {
            case 0: return null;
            case 1: return r.nextBoolean();
            case 2: return r.nextInt(3) == 0 ? r.nextInt(1000) : r.nextInt();
            case 3: {
                long[] special = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L};
                return r.nextBoolean() ? special[r.nextInt(special.length)] : r.nextLong();
            }
            case 4: return new BigInteger(1 + r.nextInt(200), r).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
            case 5: return randomDouble(r);
            case 6: {
                float[] special = {0.1f, -0.0f, 1e-7f, 3.4e38f, Float.MIN_VALUE, Float.NaN, 16777217f};
                return r.nextBoolean() ? special[r.nextInt(special.length)] : Float.intBitsToFloat(r.nextInt());
            }
            case 7: return new BigDecimal(new BigInteger(1 + r.nextInt(120), r), r.nextInt(60) - 30);
            case 8: return LocalDate.ofEpochDay(r.nextInt(100_000) - 20_000);
            case 9: {
                Timestamp ts = new Timestamp(r.nextLong() % 4_000_000_000_000L);
                ts.setNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
                return ts;
            }
            case 10: {
                byte[] b = new byte[r.nextInt(7)];
                r.nextBytes(b);
                return b;
            }
            case 11: {
                float[] v = new float[r.nextInt(5)];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) r.nextGaussian();
                }
                return v;
            }
            default: return randomString(r);
        }
    }

    private static double randomDouble(Random r) {
        double[] special = {0.0, -0.0, 1.0, -1.5, 0.1, 1e-6, 1e-7, 1e20, 1e21, 1e300, Double.MIN_VALUE,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 123456789.125, 9007199254740993.0};
        switch (r.nextInt(3)) {
            case 0: return special[r.nextInt(special.length)];
            case 1: return (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30) - 10);
            default: return Double.longBitsToDouble(r.nextLong());
        }
    }

    private static String randomString(Random r) {
        if (r.nextInt(3) == 0) {
            return TRICKY[r.nextInt(TRICKY.length)];
        }
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(10);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(20) == 0) {
                b.append("👋");
            } else {
                b.append(CHARS.charAt(r.nextInt(CHARS.length())));
            }
        }
        return b.toString();
    }
}
