package org.sochdb.toon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sochdb.toon.Rows.row;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Value mapping: canonical numbers, decoded types, dates, byte[] and vectors. */
class ToonValuesTest {

    private static String enc(Object value) {
        return Toon.encode("t", List.of(row("v", value)), List.of("v")).substring("t[1]{v}:".length());
    }

    private static Object dec(String token) {
        return Toon.decode("t[1]{v}:" + token).rows().get(0).get("v");
    }

    @Test
    void canonicalNumbers() {
        assertEquals("9223372036854775807", enc(Long.MAX_VALUE));
        assertEquals("-9223372036854775808", enc(Long.MIN_VALUE));
        assertEquals("1267650600228229401496703205376", enc(BigInteger.TWO.pow(100)));
        assertEquals("1.5", enc(1.5d));
        assertEquals("0", enc(-0.0d));
        assertEquals("0", enc(-0.0f));
        assertEquals("1", enc(1.0d));
        assertEquals("0.1", enc(0.1f));
        assertEquals("0.3333333333333333", enc(1.0 / 3));
        assertEquals("0.000001", enc(1e-6));
        assertEquals("1e-7", enc(1e-7));
        assertEquals("100000000000000000000", enc(1e20));
        assertEquals("1e+21", enc(1e21));
        assertEquals("1.5e+300", enc(1.5e300));
        assertEquals("-4.9e-324", enc(-Double.MIN_VALUE));
        assertEquals("123456789.125", enc(123456789.125));
        assertEquals("2.5", enc(new BigDecimal("2.500")));
        assertEquals("1000", enc(new BigDecimal("1E+3")));
        assertEquals("0", enc(new BigDecimal("-0.000")));
        assertEquals("0.1234567890123456789012345", enc(new BigDecimal("0.1234567890123456789012345")));
        assertEquals("1.23e-10", enc(new BigDecimal("1.23E-10")));
        assertEquals("null", enc(Double.NaN));
        assertEquals("null", enc(Double.POSITIVE_INFINITY));
        assertEquals("null", enc(Float.NEGATIVE_INFINITY));
        assertEquals("null", enc(Optional.empty()));
        assertEquals("7", enc(Optional.of(7)));
    }

    @Test
    void decodedNumberTypes() {
        assertEquals(1L, dec("1"));
        assertEquals(0L, dec("-0"));
        assertEquals(0L, dec("-0.0"));
        assertEquals(new BigDecimal("2.5"), dec("2.5"));
        assertEquals(new BigDecimal("1.5"), dec("1.50"));
        assertEquals(1000L, dec("1e3"));
        assertEquals(-1000L, dec("-1E+03"));
        assertEquals(2L, dec("2.0"));
        assertEquals(new BigInteger("99999999999999999999"), dec("99999999999999999999"));
        assertEquals(new BigDecimal("1E-10"), dec("1e-10"));
        assertEquals(new BigDecimal("1E+21"), dec("1e+21"));
        for (String s : new String[] {"05", "-05", "1.", ".5", "+1", "0x10", "1_000", "NaN", "-Infinity", "1e99999999999"}) {
            assertEquals(s, dec(s), s);
        }
        assertNull(dec("null"));
        assertEquals(Boolean.TRUE, dec("true"));
        // an empty unquoted cell is the empty string (the encoder itself always writes "")
        assertEquals(Rows.row("a", "", "b", "x"), Toon.decode("t[1]{a,b}:,x").rows().get(0));
    }

    @Test
    void temporalValuesAsIsoStrings() {
        assertEquals("2024-01-31", enc(LocalDate.of(2024, 1, 31)));
        assertEquals("2024-01-31", enc(java.sql.Date.valueOf("2024-01-31")));
        assertEquals("\"2024-01-31T13:45:00\"", enc(Timestamp.valueOf("2024-01-31 13:45:00")));
        assertEquals("\"2024-01-31T13:45:00.123456789\"", enc(Timestamp.valueOf("2024-01-31 13:45:00.123456789")));
        assertEquals("\"13:45:07\"", enc(Time.valueOf("13:45:07")));
        assertEquals("\"2024-01-31T13:45:00\"", enc(LocalDateTime.of(2024, 1, 31, 13, 45)));
        assertEquals("\"2024-01-31T13:45:00+01:00\"",
                enc(OffsetDateTime.of(2024, 1, 31, 13, 45, 0, 0, ZoneOffset.ofHours(1))));
        assertEquals("\"2024-01-31T13:45:00+01:00\"",
                enc(ZonedDateTime.of(2024, 1, 31, 13, 45, 0, 0, ZoneId.of("Europe/Berlin"))));
        assertEquals("\"2024-01-31T12:45:00Z\"", enc(Instant.parse("2024-01-31T12:45:00Z")));
        assertEquals("\"2024-01-31T12:45:00Z\"", enc(java.util.Date.from(Instant.parse("2024-01-31T12:45:00Z"))));
        assertEquals("2024-01-31T13:45:00", dec(enc(Timestamp.valueOf("2024-01-31 13:45:00"))));
    }

    @Test
    void bytesVectorsAndTextLikeValues() {
        assertEquals("\"AAEC/w==\"", enc(new byte[] {0, 1, 2, (byte) 0xFF}));
        assertEquals("\"\"", enc(new byte[0]));
        assertEquals("AAEC/w==", dec(enc(new byte[] {0, 1, 2, (byte) 0xFF})));
        assertEquals("\"[0.1,0.2,-3,null]\"", enc(new float[] {0.1f, 0.2f, -3f, Float.NaN}));
        assertEquals("\"[0.1,1e-7]\"", enc(new double[] {0.1, 1e-7}));
        assertEquals("[0.1,0.2]", dec(enc(new float[] {0.1f, 0.2f})));
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertEquals("123e4567-e89b-12d3-a456-426614174000", enc(id));
        assertEquals("SPEC", enc(ToonDialect.SPEC));
        assertEquals("x", enc('x'));
        assertEquals("\",\"", enc(','));
        assertEquals("sb", enc(new StringBuilder("sb")));
    }
}
