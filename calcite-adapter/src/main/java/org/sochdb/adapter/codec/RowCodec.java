package org.sochdb.adapter.codec;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Compact binary encoding of a whole row's values, for the stored value of a row (order is irrelevant here;
 * see {@link KeyCodec} for keys). The types are not stored: the reader supplies them from the schema.
 *
 * <h2>Format</h2>
 * <ol>
 *   <li>the column count {@code n}, unsigned varint (LEB128);</li>
 *   <li>a null bitmap of {@code ceil(n / 8)} bytes, bit {@code i % 8} of byte {@code i / 8} set when column
 *       {@code i} is NULL;</li>
 *   <li>the non-null values in column order:
 *     <ul>
 *       <li>BOOLEAN: 1 byte (0 or 1); TINYINT: 1 byte;</li>
 *       <li>SMALLINT, INTEGER, DATE, TIME: zig-zag varint; BIGINT, TIMESTAMP: zig-zag varlong;</li>
 *       <li>REAL, DOUBLE: raw IEEE bits, 4 or 8 bytes big-endian (-0.0 and NaN payloads kept);</li>
 *       <li>DECIMAL: zig-zag varint scale, varint length, unscaled value as big-endian two's complement
 *           (the scale is kept: 1.50 stays 1.50);</li>
 *       <li>CHAR, VARCHAR: varint byte length, then the string in {@link TextBytes} form (UTF-8, with a
 *           supplementary character as two 3-byte sequences);</li>
 *       <li>VARBINARY: varint length, bytes;</li>
 *       <li>VECTOR: varint element count, then each float's raw IEEE bits, 4 bytes big-endian.</li>
 *     </ul></li>
 * </ol>
 *
 * <p>Schema evolution: a row written with fewer columns than the reader's types (ALTER TABLE ADD COLUMN
 * appends) decodes its missing trailing columns as null; a row written with more columns (trailing columns
 * dropped) decodes the leading ones and ignores the rest. Reordering or retyping columns needs a rewrite.
 */
public final class RowCodec {
    private RowCodec() {
    }

    /** Encodes {@code values} (one per type, each null or of the type's canonical class). */
    public static byte[] encode(ValueType[] types, Object[] values) {
        ByteSink out = new ByteSink(16 + 8 * types.length);
        encode(out, types, values);
        return out.toByteArray();
    }

    /**
     * Appends the encoding of {@code values} to {@code out} (reuse one sink across rows with
     * {@link ByteSink#reset()}).
     *
     * @throws IllegalArgumentException if the counts differ or a value is not of its type's canonical class
     */
    public static void encode(ByteSink out, ValueType[] types, Object[] values) {
        int n = types.length;
        if (values.length != n) {
            throw new IllegalArgumentException("RowCodec: " + n + " types but " + values.length + " values");
        }
        writeVarInt(out, n);
        for (int base = 0; base < n; base += 8) {
            int bits = 0;
            for (int j = 0, limit = Math.min(8, n - base); j < limit; j++) {
                if (values[base + j] == null) {
                    bits |= 1 << j;
                }
            }
            out.write(bits);
        }
        int column = 0;
        try {
            for (; column < n; column++) {
                Object v = values[column];
                if (v != null) {
                    writeValue(out, types[column], v);
                }
            }
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("RowCodec: column " + column + " is " + types[column] + " ("
                    + types[column].javaClass().getSimpleName() + ") but got " + values[column].getClass().getName(),
                    e);
        }
    }

    private static void writeValue(ByteSink out, ValueType type, Object v) {
        switch (type) {
            case BOOLEAN -> out.write((Boolean) v ? 1 : 0);
            case TINYINT -> out.write((Byte) v);
            case SMALLINT -> writeVarInt(out, zigZag((Short) v));
            case INTEGER, DATE, TIME -> writeVarInt(out, zigZag((Integer) v));
            case BIGINT, TIMESTAMP -> writeVarLong(out, zigZag((Long) v));
            case REAL -> out.writeInt(Float.floatToRawIntBits((Float) v));
            case DOUBLE -> out.writeLong(Double.doubleToRawLongBits((Double) v));
            case DECIMAL -> {
                BigDecimal d = (BigDecimal) v;
                byte[] unscaled = d.unscaledValue().toByteArray();
                writeVarInt(out, zigZag(d.scale()));
                writeVarInt(out, unscaled.length);
                out.write(unscaled);
            }
            case CHAR, VARCHAR -> {
                String s = (String) v;
                int length = TextBytes.encodedLength(s);
                writeVarInt(out, length);
                int at = out.advance(length);
                TextBytes.encode(s, out.array(), at);
            }
            case VARBINARY -> {
                byte[] bytes = (byte[]) v;
                writeVarInt(out, bytes.length);
                out.write(bytes);
            }
            case VECTOR -> {
                float[] vector = (float[]) v;
                writeVarInt(out, vector.length);
                int at = out.advance(4 * vector.length);
                byte[] a = out.array();
                for (float f : vector) {
                    int bits = Float.floatToRawIntBits(f);
                    a[at] = (byte) (bits >>> 24);
                    a[at + 1] = (byte) (bits >>> 16);
                    a[at + 2] = (byte) (bits >>> 8);
                    a[at + 3] = (byte) bits;
                    at += 4;
                }
            }
            default -> throw new AssertionError(type);
        }
    }

    /**
     * Decodes a row into one value per type (canonical classes, null for NULL and for columns the row was
     * written without).
     *
     * @throws IllegalArgumentException if {@code data} is truncated or malformed
     */
    public static Object[] decode(byte[] data, ValueType[] types) {
        Object[] row = new Object[types.length];
        Reader in = new Reader(data);
        try {
            int stored = in.readVarInt();
            if (stored < 0) {
                throw new IllegalArgumentException("negative column count " + stored);
            }
            int bitmapAt = in.at;
            in.at += (stored + 7) >>> 3;
            int n = Math.min(stored, types.length);
            for (int i = 0; i < n; i++) {
                if ((data[bitmapAt + (i >>> 3)] & (1 << (i & 7))) == 0) {
                    row[i] = readValue(in, types[i]);
                }
            }
            if (in.at > data.length) {
                throw new ArrayIndexOutOfBoundsException();
            }
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("RowCodec: truncated or malformed row of " + data.length
                    + " bytes", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("RowCodec: malformed row: " + e.getMessage(), e);
        }
        return row;
    }

    private static Object readValue(Reader in, ValueType type) {
        byte[] a = in.data;
        return switch (type) {
            case BOOLEAN -> a[in.at++] != 0;
            case TINYINT -> a[in.at++];
            case SMALLINT -> (short) unZigZag(in.readVarInt());
            case INTEGER, DATE, TIME -> unZigZag(in.readVarInt());
            case BIGINT, TIMESTAMP -> unZigZag(in.readVarLong());
            case REAL -> Float.intBitsToFloat(in.readInt());
            case DOUBLE -> Double.longBitsToDouble(((long) in.readInt() << 32) | (in.readInt() & 0xFFFFFFFFL));
            case DECIMAL -> {
                int scale = unZigZag(in.readVarInt());
                int length = in.readLength();
                BigInteger unscaled = new BigInteger(a, in.at, length);
                in.at += length;
                yield new BigDecimal(unscaled, scale);
            }
            case CHAR, VARCHAR -> {
                int length = in.readLength();
                String s = TextBytes.decode(a, in.at, length);
                in.at += length;
                yield s;
            }
            case VARBINARY -> {
                int length = in.readLength();
                byte[] bytes = new byte[length];
                System.arraycopy(a, in.at, bytes, 0, length);
                in.at += length;
                yield bytes;
            }
            case VECTOR -> {
                int length = in.readVarInt();
                if (length < 0 || length > (a.length - in.at) / 4) {
                    throw new ArrayIndexOutOfBoundsException();
                }
                float[] vector = new float[length];
                for (int i = 0; i < length; i++) {
                    vector[i] = Float.intBitsToFloat(in.readInt());
                }
                yield vector;
            }
        };
    }

    // ---------------------------------------------------------------- varints

    private static int zigZag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static long zigZag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static int unZigZag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static long unZigZag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** Unsigned LEB128 of all 32 bits of {@code v}. */
    private static void writeVarInt(ByteSink out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    /** Unsigned LEB128 of all 64 bits of {@code v}. */
    private static void writeVarLong(ByteSink out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** A read position in a row; out-of-range reads surface as ArrayIndexOutOfBoundsException. */
    private static final class Reader {
        final byte[] data;
        int at;

        Reader(byte[] data) {
            this.data = data;
        }

        int readVarInt() {
            int result = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = data[at++];
                result |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return result;
                }
            }
            throw new IllegalArgumentException("varint longer than 5 bytes at offset " + at);
        }

        long readVarLong() {
            long result = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                int b = data[at++];
                result |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return result;
                }
            }
            throw new IllegalArgumentException("varint longer than 10 bytes at offset " + at);
        }

        /** A varint byte length that fits in the remaining data. */
        int readLength() {
            int length = readVarInt();
            if (length < 0 || length > data.length - at) {
                throw new ArrayIndexOutOfBoundsException();
            }
            return length;
        }

        int readInt() {
            int v = (data[at] << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8)
                    | (data[at + 3] & 0xFF);
            at += 4;
            return v;
        }
    }
}
