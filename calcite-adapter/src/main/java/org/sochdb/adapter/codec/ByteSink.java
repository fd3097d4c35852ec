package org.sochdb.adapter.codec;

import java.util.Arrays;

/**
 * A small growable byte buffer that the encoders write into; {@link #reset()} makes it reusable
 * without reallocating. Multi-byte numbers are written big-endian. Not thread-safe.
 */
public final class ByteSink {
    private byte[] buf;
    private int size;

    /** A sink with a 64-byte initial capacity. */
    public ByteSink() {
        this(64);
    }

    /** A sink with the given initial capacity (grows as needed). */
    public ByteSink(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("negative capacity " + initialCapacity);
        }
        buf = new byte[Math.max(initialCapacity, 8)];
    }

    /** Appends the low 8 bits of {@code b} (so a {@code byte} argument is written as is). */
    public void write(int b) {
        if (size == buf.length) {
            grow(1);
        }
        buf[size++] = (byte) b;
    }

    /** Appends all of {@code bytes}. */
    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    /** Appends {@code length} bytes of {@code bytes} starting at {@code offset}. */
    public void write(byte[] bytes, int offset, int length) {
        int at = advance(length);
        System.arraycopy(bytes, offset, buf, at, length);
    }

    /** Appends the low 16 bits of {@code v}, big-endian. */
    public void writeShort(int v) {
        int at = advance(2);
        buf[at] = (byte) (v >>> 8);
        buf[at + 1] = (byte) v;
    }

    /** Appends {@code v} as 4 bytes, big-endian. */
    public void writeInt(int v) {
        int at = advance(4);
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    /** Appends {@code v} as 8 bytes, big-endian. */
    public void writeLong(long v) {
        int at = advance(8);
        for (int i = 7; i >= 0; i--) {
            buf[at + i] = (byte) v;
            v >>>= 8;
        }
    }

    /** The number of bytes written since creation or the last {@link #reset()}. */
    public int size() {
        return size;
    }

    /** A copy of the bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /** Drops everything after the first {@code newSize} bytes. */
    void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IllegalArgumentException("cannot truncate " + size + " bytes to " + newSize);
        }
        size = newSize;
    }

    /** Forgets the content, keeping the allocated capacity. */
    public void reset() {
        size = 0;
    }

    /**
     * Reserves {@code n} bytes at the end and returns their offset in {@link #array()}; the caller must
     * fill them before the next write (the reserved bytes hold stale content until then).
     */
    int advance(int n) {
        if (n > buf.length - size) {
            grow(n);
        }
        int at = size;
        size += n;
        return at;
    }

    /** The backing array; valid until the next write that grows it. */
    byte[] array() {
        return buf;
    }

    private void grow(int extra) {
        long needed = (long) size + extra;
        if (needed > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("ByteSink cannot hold " + needed + " bytes");
        }
        int capacity = (int) Math.max(needed, Math.min((long) buf.length * 2, Integer.MAX_VALUE - 8));
        buf = Arrays.copyOf(buf, capacity);
    }
}
