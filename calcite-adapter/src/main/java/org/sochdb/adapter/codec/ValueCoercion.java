package org.sochdb.adapter.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Converts the Java values a JDBC client may bind ({@code setObject} with "any reasonable Java type") to the
 * canonical class of a column's {@link ValueType}, or rejects them with an IllegalArgumentException naming the
 * type and the value's class.
 *
 * <p>Accepted inputs (null always stays null; a value already of the canonical class is returned as is):
 * <ul>
 *   <li>TINYINT, SMALLINT, INTEGER, BIGINT: any integral Number, BigDecimal/Float/Double with an integral value,
 *       Boolean (1/0), or a numeric String ("42", " 42 ", "4.0"); out of range values are rejected
 *       ("value 3000000000 out of range for INTEGER"), as are fractional ones.</li>
 *   <li>REAL, DOUBLE: any Number (REAL rejects finite values beyond the float range), or a String that
 *       {@link Float#parseFloat}/{@link Double#parseDouble} accept ("1.5", "NaN", "-Infinity").</li>
 *   <li>DECIMAL: any Number (Float and Double by their shortest decimal form: 0.1f gives 0.1; NaN and
 *       infinities rejected) or a String that {@link BigDecimal#BigDecimal(String)} accepts.</li>
 *   <li>BOOLEAN: Boolean, a Number equal to 0 or 1, or the Strings "true"/"false" (any case) and "1"/"0".</li>
 *   <li>CHAR, VARCHAR: any CharSequence, Character, char[], UUID, Boolean, or Number (BigDecimal in plain
 *       notation).</li>
 *   <li>VARBINARY: byte[] (as is) or the remaining bytes of a ByteBuffer (copied; its position is kept).</li>
 *   <li>DATE: days as an integral Number in int range, LocalDate, LocalDateTime/OffsetDateTime/ZonedDateTime
 *       (their date), java.sql.Date, java.sql.Timestamp, java.util.Date (their date in the JVM time zone, the
 *       JDBC convention), or a String "2024-01-15".</li>
 *   <li>TIME: milliseconds of the day as an integral Number in 0..86,399,999, LocalTime, LocalDateTime (its
 *       time), java.sql.Time, java.sql.Timestamp (local time in the JVM time zone), or a String "10:15",
 *       "10:15:30" or "10:15:30.123" (digits past milliseconds are truncated).</li>
 *   <li>TIMESTAMP: milliseconds as an integral Number, LocalDateTime, LocalDate (midnight), java.sql.Timestamp,
 *       java.sql.Date and java.util.Date (wall clock in the JVM time zone, as Calcite reads them), Instant,
 *       OffsetDateTime, ZonedDateTime (the UTC wall clock of the instant), or a String "2024-01-15 10:15:30.123",
 *       "2024-01-15T10:15:30", "2024-01-15" or with an offset "2024-01-15T10:15:30Z", "...+02:00" (converted to
 *       UTC). Sub-millisecond digits are truncated.</li>
 *   <li>VECTOR: float[] (as is), double[], a Collection or Object[] of Numbers, or the text "[0.1, 0.2]"
 *       (spaces optional, "[]" is empty).</li>
 * </ul>
 */
public final class ValueCoercion {
    private static final int MILLIS_PER_DAY = 86_400_000;

    private ValueCoercion() {
    }

    /**
     * {@code v} converted to {@code type.javaClass()}.
     *
     * @throws IllegalArgumentException if {@code v} cannot be converted (unsupported class, unparseable text,
     *     out of range, or a fractional value for an integer type)
     */
    public static Object coerce(ValueType type, Object v) {
        if (v == null) {
            return null;
        }
        if (v.getClass() == type.javaClass() && type != ValueType.TIME) {
            return v;
        }
        return switch (type) {
            case BOOLEAN -> toBoolean(v);
            case TINYINT -> (byte) integral(type, v, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case SMALLINT -> (short) integral(type, v, Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER -> (int) integral(type, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> integral(type, v, Long.MIN_VALUE, Long.MAX_VALUE);
            case REAL -> toFloat(v);
            case DOUBLE -> toDouble(v);
            case DECIMAL -> toDecimal(v);
            case CHAR, VARCHAR -> toText(type, v);
            case VARBINARY -> toBinary(v);
            case DATE -> toDate(v);
            case TIME -> toTime(v);
            case TIMESTAMP -> toTimestamp(v);
            case VECTOR -> toVector(v);
        };
    }

    // ---------------------------------------------------------------- numbers

    /** An integral value in [min, max] from a Number, Boolean or numeric text. */
    private static long integral(ValueType type, Object v, long min, long max) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof AtomicInteger || v instanceof AtomicLong) {
            return inRange(type, v, ((Number) v).longValue(), min, max);
        }
        if (v instanceof Boolean) {
            return inRange(type, v, (Boolean) v ? 1 : 0, min, max);
        }
        BigDecimal decimal;
        if (v instanceof BigInteger) {
            decimal = new BigDecimal((BigInteger) v);
        } else if (v instanceof BigDecimal) {
            decimal = (BigDecimal) v;
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw outOfRange(type, v);
            }
            decimal = new BigDecimal(d);
        } else if (v instanceof CharSequence) {
            String s = v.toString().trim();
            try {
                return inRange(type, s, Long.parseLong(s), min, max);
            } catch (NumberFormatException notLong) {
                try {
                    decimal = new BigDecimal(s);
                } catch (NumberFormatException e) {
                    throw cannotParse(type, v);
                }
            }
        } else {
            throw unsupported(type, v);
        }
        BigInteger exact;
        try {
            exact = decimal.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("cannot convert " + v.getClass().getName() + " " + describe(v)
                    + " to " + type + ": it has a fractional part");
        }
        if (exact.bitLength() > 63) {
            throw outOfRange(type, v);
        }
        return inRange(type, v, exact.longValue(), min, max);
    }

    private static long inRange(ValueType type, Object original, long value, long min, long max) {
        if (value < min || value > max) {
            throw outOfRange(type, original);
        }
        return value;
    }

    private static Boolean toBoolean(Object v) {
        if (v instanceof CharSequence) {
            String s = v.toString().trim();
            if (s.equalsIgnoreCase("true") || s.equals("1")) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase("false") || s.equals("0")) {
                return Boolean.FALSE;
            }
            throw cannotParse(ValueType.BOOLEAN, v);
        }
        if (v instanceof Number) {
            return integral(ValueType.BOOLEAN, v, 0, 1) == 1;
        }
        throw unsupported(ValueType.BOOLEAN, v);
    }

    private static Float toFloat(Object v) {
        if (v instanceof CharSequence) {
            try {
                return Float.parseFloat(v.toString().trim());
            } catch (NumberFormatException e) {
                throw cannotParse(ValueType.REAL, v);
            }
        }
        if (v instanceof Number) {
            float f = ((Number) v).floatValue();
            if (Float.isInfinite(f) && !isInfiniteOrNaN(v)) {
                throw outOfRange(ValueType.REAL, v);
            }
            return f;
        }
        throw unsupported(ValueType.REAL, v);
    }

    private static Double toDouble(Object v) {
        if (v instanceof CharSequence) {
            try {
                return Double.parseDouble(v.toString().trim());
            } catch (NumberFormatException e) {
                throw cannotParse(ValueType.DOUBLE, v);
            }
        }
        if (v instanceof Number) {
            double d = ((Number) v).doubleValue();
            if (Double.isInfinite(d) && !isInfiniteOrNaN(v)) {
                throw outOfRange(ValueType.DOUBLE, v); // a BigDecimal/BigInteger beyond the double range
            }
            return d;
        }
        throw unsupported(ValueType.DOUBLE, v);
    }

    /** Whether {@code v} is a Float or Double infinity or NaN (a legitimate non-finite input). */
    private static boolean isInfiniteOrNaN(Object v) {
        return (v instanceof Double || v instanceof Float) && !Double.isFinite(((Number) v).doubleValue());
    }

    private static BigDecimal toDecimal(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof AtomicInteger || v instanceof AtomicLong) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger) {
            return new BigDecimal((BigInteger) v);
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("cannot convert " + v.getClass().getName() + " " + v
                        + " to DECIMAL: it is not a finite number");
            }
            return v instanceof Float ? new BigDecimal(v.toString()) : BigDecimal.valueOf(d);
        }
        if (v instanceof CharSequence || v instanceof Number) {
            try {
                return new BigDecimal(v.toString().trim());
            } catch (NumberFormatException e) {
                throw cannotParse(ValueType.DECIMAL, v);
            }
        }
        throw unsupported(ValueType.DECIMAL, v);
    }

    // ---------------------------------------------------------------- text and bytes

    private static String toText(ValueType type, Object v) {
        if (v instanceof CharSequence || v instanceof Character || v instanceof UUID || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof char[]) {
            return new String((char[]) v);
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).toPlainString();
        }
        if (v instanceof Number) {
            return v.toString();
        }
        throw unsupported(type, v);
    }

    private static byte[] toBinary(Object v) {
        if (v instanceof ByteBuffer) {
            ByteBuffer buffer = ((ByteBuffer) v).duplicate();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
        throw unsupported(ValueType.VARBINARY, v);
    }

    // ---------------------------------------------------------------- date and time

    private static Integer toDate(Object v) {
        LocalDate date;
        if (v instanceof LocalDate) {
            date = (LocalDate) v;
        } else if (v instanceof java.sql.Date) {
            date = ((java.sql.Date) v).toLocalDate();
        } else if (v instanceof java.sql.Timestamp) {
            date = ((java.sql.Timestamp) v).toLocalDateTime().toLocalDate();
        } else if (v instanceof java.sql.Time) {
            throw unsupported(ValueType.DATE, v);
        } else if (v instanceof java.util.Date) {
            date = LocalDate.ofInstant(((java.util.Date) v).toInstant(), ZoneId.systemDefault());
        } else if (v instanceof LocalDateTime) {
            date = ((LocalDateTime) v).toLocalDate();
        } else if (v instanceof OffsetDateTime) {
            date = ((OffsetDateTime) v).toLocalDate();
        } else if (v instanceof ZonedDateTime) {
            date = ((ZonedDateTime) v).toLocalDate();
        } else if (v instanceof CharSequence) {
            try {
                date = LocalDate.parse(v.toString().trim());
            } catch (DateTimeException e) {
                throw cannotParse(ValueType.DATE, v);
            }
        } else if (v instanceof Number) {
            return (int) integral(ValueType.DATE, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else {
            throw unsupported(ValueType.DATE, v);
        }
        long day = date.toEpochDay();
        if (day != (int) day) {
            throw outOfRange(ValueType.DATE, v);
        }
        return (int) day;
    }

    private static Integer toTime(Object v) {
        LocalTime time;
        if (v instanceof LocalTime) {
            time = (LocalTime) v;
        } else if (v instanceof java.sql.Time) {
            java.sql.Time t = (java.sql.Time) v;
            // toLocalTime() drops the milliseconds; zone offsets are whole seconds, so they carry over as is
            return t.toLocalTime().toSecondOfDay() * 1000 + (int) Math.floorMod(t.getTime(), 1000L);
        } else if (v instanceof java.sql.Timestamp) {
            time = ((java.sql.Timestamp) v).toLocalDateTime().toLocalTime();
        } else if (v instanceof LocalDateTime) {
            time = ((LocalDateTime) v).toLocalTime();
        } else if (v instanceof CharSequence) {
            try {
                time = LocalTime.parse(v.toString().trim());
            } catch (DateTimeException e) {
                throw cannotParse(ValueType.TIME, v);
            }
        } else if (v instanceof Number) {
            return (int) integral(ValueType.TIME, v, 0, MILLIS_PER_DAY - 1);
        } else {
            throw unsupported(ValueType.TIME, v);
        }
        return (int) (time.toNanoOfDay() / 1_000_000);
    }

    private static Long toTimestamp(Object v) {
        try {
            if (v instanceof LocalDateTime) {
                return utcMillis((LocalDateTime) v);
            }
            if (v instanceof java.sql.Timestamp) {
                return utcMillis(((java.sql.Timestamp) v).toLocalDateTime());
            }
            if (v instanceof java.sql.Date) {
                return utcMillis(((java.sql.Date) v).toLocalDate().atStartOfDay());
            }
            if (v instanceof java.sql.Time) {
                throw unsupported(ValueType.TIMESTAMP, v);
            }
            if (v instanceof java.util.Date) {
                return utcMillis(LocalDateTime.ofInstant(((java.util.Date) v).toInstant(), ZoneId.systemDefault()));
            }
            if (v instanceof LocalDate) {
                return utcMillis(((LocalDate) v).atStartOfDay());
            }
            if (v instanceof Instant) {
                return ((Instant) v).toEpochMilli();
            }
            if (v instanceof OffsetDateTime) {
                return ((OffsetDateTime) v).toInstant().toEpochMilli();
            }
            if (v instanceof ZonedDateTime) {
                return ((ZonedDateTime) v).toInstant().toEpochMilli();
            }
            if (v instanceof CharSequence) {
                return parseTimestamp(v);
            }
            if (v instanceof Number) {
                return integral(ValueType.TIMESTAMP, v, Long.MIN_VALUE, Long.MAX_VALUE);
            }
        } catch (ArithmeticException e) {
            throw outOfRange(ValueType.TIMESTAMP, v);
        }
        throw unsupported(ValueType.TIMESTAMP, v);
    }

    private static long parseTimestamp(Object v) {
        String s = v.toString().trim();
        try {
            if (s.length() == 10) {
                return utcMillis(LocalDate.parse(s).atStartOfDay());
            }
            if (s.length() > 10 && s.charAt(10) == ' ') {
                s = s.substring(0, 10) + 'T' + s.substring(11);
            }
            try {
                return utcMillis(LocalDateTime.parse(s));
            } catch (DateTimeException notLocal) {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            }
        } catch (DateTimeException e) {
            throw cannotParse(ValueType.TIMESTAMP, v);
        }
    }

    /** Milliseconds since 1970-01-01T00:00 of a wall-clock date-time (Calcite's TIMESTAMP form). */
    private static long utcMillis(LocalDateTime t) {
        return Math.addExact(Math.multiplyExact(t.toEpochSecond(ZoneOffset.UTC), 1000L), t.getNano() / 1_000_000);
    }

    // ---------------------------------------------------------------- vectors

    private static float[] toVector(Object v) {
        if (v instanceof double[]) {
            double[] d = (double[]) v;
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) d[i];
            }
            return f;
        }
        if (v instanceof Collection) {
            return numbers(v, ((Collection<?>) v).toArray());
        }
        if (v instanceof Object[]) {
            return numbers(v, (Object[]) v);
        }
        if (v instanceof CharSequence) {
            return parseVector(v);
        }
        throw unsupported(ValueType.VECTOR, v);
    }

    private static float[] numbers(Object original, Object[] elements) {
        float[] f = new float[elements.length];
        for (int i = 0; i < elements.length; i++) {
            if (!(elements[i] instanceof Number)) {
                throw new IllegalArgumentException("cannot convert " + original.getClass().getName()
                        + " to VECTOR: element " + i + " is "
                        + (elements[i] == null ? "null" : "of class " + elements[i].getClass().getName())
                        + ", not a Number");
            }
            f[i] = ((Number) elements[i]).floatValue();
        }
        return f;
    }

    private static float[] parseVector(Object v) {
        String s = v.toString().trim();
        if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            throw cannotParse(ValueType.VECTOR, v);
        }
        String body = s.substring(1, s.length() - 1).trim();
        if (body.isEmpty()) {
            return new float[0];
        }
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == ',') {
                count++;
            }
        }
        float[] f = new float[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int comma = body.indexOf(',', start);
            int end = comma < 0 ? body.length() : comma;
            try {
                f[i] = Float.parseFloat(body.substring(start, end).trim());
            } catch (NumberFormatException e) {
                throw cannotParse(ValueType.VECTOR, v);
            }
            start = end + 1;
        }
        return f;
    }

    // ---------------------------------------------------------------- errors

    private static IllegalArgumentException unsupported(ValueType type, Object v) {
        return new IllegalArgumentException("cannot convert value of class " + v.getClass().getName() + " to "
                + type);
    }

    private static IllegalArgumentException cannotParse(ValueType type, Object v) {
        return new IllegalArgumentException("cannot convert " + v.getClass().getName() + " " + describe(v)
                + " to " + type);
    }

    private static IllegalArgumentException outOfRange(ValueType type, Object v) {
        return new IllegalArgumentException("value " + describe(v) + " out of range for " + type);
    }

    /** The value for a message: text quoted, long text shortened. */
    private static String describe(Object v) {
        String s = v instanceof BigDecimal && Math.abs(((BigDecimal) v).scale()) < 50
                ? ((BigDecimal) v).toPlainString() : String.valueOf(v);
        if (s.length() > 60) {
            s = s.substring(0, 57) + "...";
        }
        return v instanceof CharSequence ? "'" + s + "'" : s;
    }
}
