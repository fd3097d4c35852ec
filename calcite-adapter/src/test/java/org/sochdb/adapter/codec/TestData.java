package org.sochdb.adapter.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Random and edge values for the codec tests, SQL comparators, and the seed. The seed comes from the system
 * property {@code sochdb.seed} (random if absent); every failure prints it via {@link SeedReporter}.
 * Reproduce with {@code mvn test -Dsochdb.seed=N}.
 */
final class TestData {
    static final long SEED = initialSeed();

    private TestData() {
    }

    private static long initialSeed() {
        String property = System.getProperty("sochdb.seed");
        return property == null || property.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(property.trim());
    }

    /** Text to append to assertion messages. */
    static String seedInfo() {
        return "sochdb.seed=" + SEED + " (rerun: mvn test -Dsochdb.seed=" + SEED + ")";
    }

    /** A generator for one test, independent of test order. */
    static Random random(String testName) {
        return new Random(SEED * 31 + testName.hashCode());
    }

    /** Prints the seed when a test fails. */
    static final class SeedReporter implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.err.println("FAILED " + context.getDisplayName() + " with " + seedInfo());
        }
    }

    // ---------------------------------------------------------------- values

    /** {@code count} values of {@code type}: all edge values, then random ones, about 5% null. */
    static List<Object> values(ValueType type, Random r, int count) {
        List<Object> values = new ArrayList<>(edges(type));
        values.add(null);
        values.add(null);
        while (values.size() < count) {
            values.add(r.nextInt(20) == 0 ? null : randomValue(type, r));
        }
        return values;
    }

    static List<Object> edges(ValueType type) {
        return switch (type) {
            case BOOLEAN -> List.of(false, true);
            case TINYINT -> List.of(Byte.MIN_VALUE, (byte) -1, (byte) 0, (byte) 1, Byte.MAX_VALUE);
            case SMALLINT -> List.of(Short.MIN_VALUE, (short) -1, (short) 0, (short) 1, (short) 255, (short) 256,
                    Short.MAX_VALUE);
            case INTEGER, DATE -> List.of(Integer.MIN_VALUE, -1, 0, 1, 255, 256, 65536, Integer.MAX_VALUE);
            case TIME -> List.of(0, 1, 999, 1000, 86_399_999);
            case BIGINT, TIMESTAMP -> List.of(Long.MIN_VALUE, -1L, 0L, 1L, (long) Integer.MAX_VALUE + 1,
                    Long.MAX_VALUE);
            case REAL -> List.of(Float.NEGATIVE_INFINITY, -Float.MAX_VALUE, -1.0f, -Float.MIN_NORMAL,
                    -Float.MIN_VALUE, -0.0f, 0.0f, Float.MIN_VALUE, Float.MIN_NORMAL, 1.0f, Float.MAX_VALUE,
                    Float.POSITIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0x7fc00001),
                    Float.intBitsToFloat(0xffc00000), Float.intBitsToFloat(0x7f800001));
            case DOUBLE -> List.of(Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1.0, -Double.MIN_NORMAL,
                    -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, Double.MAX_VALUE,
                    Double.POSITIVE_INFINITY, Double.NaN, Double.longBitsToDouble(0x7ff8000000000001L),
                    Double.longBitsToDouble(0xfff8000000000000L), Double.longBitsToDouble(0x7ff0000000000001L));
            case DECIMAL -> decimalEdges();
            case CHAR, VARCHAR -> List.of("", "\0", "\0\0", "\0a", "a", "a\0", "a\0\0", "a\0b", "ab", "b", "\u007f",
                    "\u0080", "\u00ff", "\u07ff", "\u0800", "\ud7ff", "\ud800", "\udbff\udfff", "\udfff", "\ue000",
                    "\ufffd", "\uffff", "\ud83d\ude00", "\ud83d\ude00\0", "a\ud83d\ude00", "a\uffff",
                    "x".repeat(1000), "x".repeat(999) + "\0");
            case VARBINARY -> List.of(new byte[0], new byte[] {0}, new byte[] {0, 0}, new byte[] {0, -1},
                    new byte[] {0, 1}, new byte[] {1}, new byte[] {1, 0}, new byte[] {127}, new byte[] {-128},
                    new byte[] {-2}, new byte[] {-1}, new byte[] {-1, 0}, new byte[] {-1, -1}, new byte[300]);
            case VECTOR -> List.of(new float[0], new float[] {0.1f, 0.2f}, new float[] {Float.NaN, -0.0f});
        };
    }

    private static List<Object> decimalEdges() {
        String[] texts = {"0", "0.00", "0E+5", "-0.0", "1", "1.0", "1.50", "1.5", "10", "1E+1", "99.99", "100",
            "1E+2", "-1", "-1.5", "-100", "-99.99", "-0.001", "0.001", "1E-10", "-1E-10", "1E+20", "-1E+20",
            "0.1", "0.09", "0.099", "0.0999", "9.9999999", "1E+1000", "1E-1000", "-1E+1000", "-1E-1000",
            "1234567890123456789012345678901234567890", "1234567890123456789012345678901234567891",
            "-1234567890123456789012345678901234567890", "9999999999999999999999999999999999999999",
            "1E+40", "0.1234567890123456789012345678901234567890", "123456789012345678901.2345678901234567890",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "999999999999999999",
            "1000000000000000000", "0.000000000000000000000000000000000000001"};
        List<Object> list = new ArrayList<>();
        for (String t : texts) {
            list.add(new BigDecimal(t));
        }
        return list;
    }

    static Object randomValue(ValueType type, Random r) {
        return switch (type) {
            case BOOLEAN -> r.nextBoolean();
            case TINYINT -> (byte) r.nextInt();
            case SMALLINT -> r.nextBoolean() ? (short) r.nextInt() : (short) (r.nextInt(200) - 100);
            case INTEGER -> r.nextBoolean() ? r.nextInt() : r.nextInt(200) - 100;
            case DATE -> r.nextBoolean() ? r.nextInt() : r.nextInt(40_000) - 10_000;
            case TIME -> r.nextInt(86_400_000);
            case BIGINT, TIMESTAMP -> switch (r.nextInt(3)) {
                case 0 -> r.nextLong();
                case 1 -> (long) r.nextInt();
                default -> (long) (r.nextInt(200) - 100);
            };
            case REAL -> switch (r.nextInt(3)) {
                case 0 -> Float.intBitsToFloat(r.nextInt());
                case 1 -> (float) r.nextGaussian() * 1000;
                default -> (float) (r.nextInt(20) - 10) / 4;
            };
            case DOUBLE -> switch (r.nextInt(3)) {
                case 0 -> Double.longBitsToDouble(r.nextLong());
                case 1 -> r.nextGaussian() * 1e6;
                default -> (double) (r.nextInt(20) - 10) / 4;
            };
            case DECIMAL -> randomDecimal(r);
            case CHAR, VARCHAR -> randomString(r);
            case VARBINARY -> randomBytes(r);
            case VECTOR -> randomVector(r);
        };
    }

    private static BigDecimal randomDecimal(Random r) {
        switch (r.nextInt(3)) {
            case 0: { // up to ~42 digits, wide scale
                BigInteger unscaled = new BigInteger(r.nextInt(141), r);
                return new BigDecimal(r.nextBoolean() ? unscaled : unscaled.negate(), r.nextInt(61) - 30);
            }
            case 1: // small values with varied scale: many SQL-equal pairs such as 1.5 and 1.50
                return BigDecimal.valueOf(r.nextInt(2001) - 1000, r.nextInt(4)).setScale(r.nextInt(5),
                        java.math.RoundingMode.HALF_UP);
            default: // long digit strings sharing prefixes
                StringBuilder b = new StringBuilder(r.nextBoolean() ? "-" : "");
                b.append(1 + r.nextInt(9));
                int n = r.nextInt(45);
                for (int i = 0; i < n; i++) {
                    b.append(r.nextInt(4) == 0 ? 0 : r.nextInt(10));
                }
                return new BigDecimal(b.toString()).scaleByPowerOfTen(-r.nextInt(50));
        }
    }

    private static final String SMALL_ALPHABET = "\0ab\u00e9\uffff";

    static String randomString(Random r) {
        int length = r.nextInt(10) == 0 ? r.nextInt(300) : r.nextInt(8);
        StringBuilder b = new StringBuilder(length + 2);
        int style = r.nextInt(3);
        for (int i = 0; i < length; i++) {
            switch (style == 2 ? r.nextInt(5) : style) {
                case 0 -> b.append(SMALL_ALPHABET.charAt(r.nextInt(SMALL_ALPHABET.length())));
                case 1 -> b.append((char) ('a' + r.nextInt(3)));
                case 2 -> b.appendCodePoint(0x1F300 + r.nextInt(0x800)); // emoji: surrogate pairs
                case 3 -> b.append((char) r.nextInt(0x10000)); // any code unit, lone surrogates included
                default -> b.append((char) (0x7F + r.nextInt(0x800))); // 1-, 2- and 3-byte boundaries
            }
        }
        return b.toString();
    }

    private static final byte[] SPECIAL_BYTES = {0, 1, 0x7F, (byte) 0x80, (byte) 0xFE, (byte) 0xFF};

    static byte[] randomBytes(Random r) {
        byte[] bytes = new byte[r.nextInt(10) == 0 ? r.nextInt(100) : r.nextInt(6)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = r.nextBoolean() ? SPECIAL_BYTES[r.nextInt(SPECIAL_BYTES.length)] : (byte) r.nextInt();
        }
        return bytes;
    }

    static float[] randomVector(Random r) {
        float[] v = new float[r.nextInt(20)];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextInt(10) == 0 ? Float.intBitsToFloat(r.nextInt()) : (float) r.nextGaussian();
        }
        return v;
    }

    // ---------------------------------------------------------------- SQL order and equality

    /** SQL order of non-null values of {@code type}: -0.0 equals 0.0, NaN equals NaN and sorts last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<Object> sqlOrder(ValueType type) {
        return switch (type) {
            case REAL -> (a, b) -> {
                float x = (Float) a;
                float y = (Float) b;
                return x == y ? 0 : Float.compare(x, y);
            };
            case DOUBLE -> (a, b) -> {
                double x = (Double) a;
                double y = (Double) b;
                return x == y ? 0 : Double.compare(x, y);
            };
            case VARBINARY -> (a, b) -> Arrays.compareUnsigned((byte[]) a, (byte[]) b);
            case VECTOR -> throw new IllegalArgumentException("VECTOR has no order");
            default -> (a, b) -> ((Comparable) a).compareTo(b); // BigDecimal: compareTo ignores scale
        };
    }

    /** SQL order with NULL first. */
    static Comparator<Object> sqlOrderNullsFirst(ValueType type) {
        return Comparator.nullsFirst(sqlOrder(type));
    }

    /** Exact equality for row round trips: raw float bits, BigDecimal scale, array content. */
    static boolean exactlyEqual(Object a, Object b) {
        if (a instanceof Float && b instanceof Float) {
            return Float.floatToRawIntBits((Float) a) == Float.floatToRawIntBits((Float) b);
        }
        if (a instanceof Double && b instanceof Double) {
            return Double.doubleToRawLongBits((Double) a) == Double.doubleToRawLongBits((Double) b);
        }
        if (a instanceof byte[] && b instanceof byte[]) {
            return Arrays.equals((byte[]) a, (byte[]) b);
        }
        if (a instanceof float[] && b instanceof float[]) {
            float[] x = (float[]) a;
            float[] y = (float[]) b;
            if (x.length != y.length) {
                return false;
            }
            for (int i = 0; i < x.length; i++) {
                if (Float.floatToRawIntBits(x[i]) != Float.floatToRawIntBits(y[i])) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    static String show(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof byte[]) {
            return "bytes" + Arrays.toString((byte[]) v);
        }
        if (v instanceof float[]) {
            return "vector" + Arrays.toString((float[]) v);
        }
        if (v instanceof String) {
            StringBuilder b = new StringBuilder("\"");
            String s = (String) v;
            for (int i = 0; i < Math.min(s.length(), 40); i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x7F) {
                    b.append(c);
                } else {
                    b.append(String.format("\\u%04x", (int) c));
                }
            }
            return b.append(s.length() > 40 ? "...(" + s.length() + " chars)\"" : "\"").toString();
        }
        if (v instanceof Float) {
            return v + "f(0x" + Integer.toHexString(Float.floatToRawIntBits((Float) v)) + ")";
        }
        if (v instanceof Double) {
            return v + "d(0x" + Long.toHexString(Double.doubleToRawLongBits((Double) v)) + ")";
        }
        return v + " (" + v.getClass().getSimpleName() + ")";
    }

    static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 64); i++) {
            b.append(String.format("%02x", bytes[i] & 0xFF));
        }
        return bytes.length > 64 ? b + "...(" + bytes.length + " bytes)" : b.toString();
    }
}
