package org.sochdb.adapter.codec;

import java.math.BigDecimal;

/**
 * The SQL column types SochDB stores, each tied to the Java class Apache Calcite's generated code uses
 * for its values ({@link #javaClass()}); SQL NULL is always {@code null}.
 *
 * <p>Date and time types use Calcite's internal representation: DATE is days since 1970-01-01, TIME is
 * milliseconds of the day, TIMESTAMP is milliseconds since 1970-01-01T00:00 (wall clock, no time zone).
 *
 * <p>The codecs never store a {@code ValueType} or its ordinal; the schema supplies the types when
 * decoding, so constants may be reordered or added.
 */
public enum ValueType {
    BOOLEAN(Boolean.class),
    TINYINT(Byte.class),
    SMALLINT(Short.class),
    INTEGER(Integer.class),
    BIGINT(Long.class),
    REAL(Float.class),
    /** DOUBLE and SQL FLOAT. */
    DOUBLE(Double.class),
    DECIMAL(BigDecimal.class),
    CHAR(String.class),
    VARCHAR(String.class),
    VARBINARY(byte[].class),
    /** Days since 1970-01-01. */
    DATE(Integer.class),
    /** Milliseconds of the day, 0 to 86,399,999. */
    TIME(Integer.class),
    /** Milliseconds since 1970-01-01T00:00. */
    TIMESTAMP(Long.class),
    /** A float vector; stored in rows only, never in keys. */
    VECTOR(float[].class);

    private final Class<?> javaClass;

    ValueType(Class<?> javaClass) {
        this.javaClass = javaClass;
    }

    /** The canonical Java class of non-null values of this type. */
    public Class<?> javaClass() {
        return javaClass;
    }

    /** Whether {@link KeyCodec} can encode this type (every type except {@link #VECTOR}). */
    public boolean isKeyType() {
        return this != VECTOR;
    }
}
