package org.sochdb.toon;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Turns one Java value into its TOON token (host-type normalization, TOON spec &sect;3). */
final class ToonValues {
    private ToonValues() {
    }

    /**
     * The token for {@code value}, quoted and escaped as needed.
     *
     * @throws IllegalArgumentException for a type with no TOON mapping (maps are handled by
     *                                  the writer as nested field groups, never here)
     */
    static String format(Object value, char delimiter, ToonDialect dialect) {
        if (value instanceof Optional) {
            value = ((Optional<?>) value).orElse(null);
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (isIntegral(value)) {
            return value.toString();
        }
        if (value instanceof Double) {
            double d = (Double) value;
            return Double.isFinite(d) ? ToonNumbers.format(new BigDecimal(Double.toString(d))) : "null";
        }
        if (value instanceof Float) {
            float f = (Float) value;
            return Float.isFinite(f) ? ToonNumbers.format(new BigDecimal(Float.toString(f))) : "null";
        }
        if (value instanceof BigDecimal) {
            return ToonNumbers.format((BigDecimal) value);
        }
        if (value instanceof Number) {
            return formatOtherNumber((Number) value);
        }
        if (value instanceof byte[]) {
            return ToonStrings.quote(Base64.getEncoder().encodeToString((byte[]) value));
        }
        if (value instanceof float[]) {
            return ToonStrings.quote(vector((float[]) value));
        }
        if (value instanceof double[]) {
            return ToonStrings.quote(vector((double[]) value));
        }
        String text = text(value);
        if (text == null) {
            throw new IllegalArgumentException("no TOON mapping for values of type " + value.getClass().getName());
        }
        return ToonStrings.needsQuotes(text, delimiter, dialect) ? ToonStrings.quote(text) : text;
    }

    /** Whether {@link #format} accepts the value (anything but maps, collections and unknown types). */
    static boolean isSupported(Object value) {
        return value == null || value instanceof Optional || value instanceof Boolean
                || value instanceof Number || value instanceof byte[] || value instanceof float[]
                || value instanceof double[] || text(value) != null;
    }

    private static boolean isIntegral(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof AtomicInteger || v instanceof AtomicLong;
    }

    private static String formatOtherNumber(Number n) {
        try {
            return ToonNumbers.format(new BigDecimal(n.toString()));
        } catch (NumberFormatException e) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? ToonNumbers.format(new BigDecimal(Double.toString(d))) : "null";
        }
    }

    /** String form of the text-like types, or null if the type has none. */
    private static String text(Object v) {
        if (v instanceof CharSequence || v instanceof Character || v instanceof UUID) {
            return v.toString();
        }
        if (v instanceof Enum) {
            return ((Enum<?>) v).name();
        }
        if (v instanceof java.sql.Timestamp) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(((java.sql.Timestamp) v).toLocalDateTime());
        }
        if (v instanceof java.sql.Date) {
            return ((java.sql.Date) v).toLocalDate().toString();
        }
        if (v instanceof java.sql.Time) {
            java.sql.Time t = (java.sql.Time) v;
            int millis = (int) Math.floorMod(t.getTime(), 1000L);
            return DateTimeFormatter.ISO_LOCAL_TIME.format(t.toLocalTime().withNano(millis * 1_000_000));
        }
        if (v instanceof java.util.Date) {
            return ((java.util.Date) v).toInstant().toString();
        }
        if (v instanceof LocalDateTime) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) v);
        }
        if (v instanceof LocalTime) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) v);
        }
        if (v instanceof OffsetDateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) v);
        }
        if (v instanceof ZonedDateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(((ZonedDateTime) v).toOffsetDateTime());
        }
        if (v instanceof OffsetTime) {
            return DateTimeFormatter.ISO_OFFSET_TIME.format((OffsetTime) v);
        }
        if (v instanceof Instant || v instanceof TemporalAccessor) {
            return v.toString();
        }
        return null;
    }

    private static String vector(float[] values) {
        StringBuilder b = new StringBuilder(values.length * 8 + 2).append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            float f = values[i];
            b.append(Float.isFinite(f) ? ToonNumbers.format(new BigDecimal(Float.toString(f))) : "null");
        }
        return b.append(']').toString();
    }

    private static String vector(double[] values) {
        StringBuilder b = new StringBuilder(values.length * 10 + 2).append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            double d = values[i];
            b.append(Double.isFinite(d) ? ToonNumbers.format(new BigDecimal(Double.toString(d))) : "null");
        }
        return b.append(']').toString();
    }
}
