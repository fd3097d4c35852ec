package org.sochdb.adapter.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link ByteSink} writes, growth and reuse. */
class ByteSinkTest {
    @Test
    void writesBigEndianAndGrows() {
        ByteSink sink = new ByteSink(0);
        sink.write((byte) 0xAB);
        sink.write(0x1CD); // low 8 bits
        sink.writeShort(0x1234);
        sink.writeInt(0x01020304);
        sink.writeLong(0x05060708090A0B0CL);
        sink.write(new byte[] {9, 8, 7}, 1, 2);
        assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xCD, 0x12, 0x34, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 8, 7},
                sink.toByteArray());
        assertEquals(18, sink.size());
        byte[] big = new byte[10_000];
        big[9_999] = 1;
        sink.write(big);
        assertEquals(10_018, sink.size());
        assertEquals(1, sink.toByteArray()[10_017]);
    }

    @Test
    void resetKeepsCapacityAndForgetsContent() {
        ByteSink sink = new ByteSink();
        sink.writeLong(-1L);
        sink.reset();
        assertEquals(0, sink.size());
        sink.write(new byte[] {1, 2});
        assertArrayEquals(new byte[] {1, 2}, sink.toByteArray());
    }
}
