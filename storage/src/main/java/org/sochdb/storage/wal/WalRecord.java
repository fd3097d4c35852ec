package org.sochdb.storage.wal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.sochdb.storage.engine.KvEntry;

/**
 * One committed transaction in the write-ahead log.
 *
 * <p>Layout, big-endian: {@code int length} (of what follows the CRC), {@code int crc32c}
 * (of what follows it), {@code long lsn}, {@code int count}, then per write {@code int keyLen},
 * key, {@code int valueLen} (-1 = delete), value. A record whose length or CRC does not check
 * out ends the log: it is the torn tail of a write interrupted by a crash.
 */
public record WalRecord(long lsn, List<KvEntry> writes) {
  static final int HEADER = 8;

  /** Serializes this record, header included. */
  public ByteBuffer encode() {
    int body = 8 + 4;
    for (KvEntry kv : writes) {
      body += 8 + kv.key().length + (kv.value() == null ? 0 : kv.value().length);
    }
    ByteBuffer buf = ByteBuffer.allocate(HEADER + body);
    buf.position(HEADER);
    buf.putLong(lsn).putInt(writes.size());
    for (KvEntry kv : writes) {
      buf.putInt(kv.key().length).put(kv.key());
      if (kv.value() == null) {
        buf.putInt(-1);
      } else {
        buf.putInt(kv.value().length).put(kv.value());
      }
    }
    CRC32C crc = new CRC32C();
    crc.update(buf.array(), HEADER, body);
    buf.putInt(0, body).putInt(4, (int) crc.getValue());
    buf.position(0);
    return buf;
  }

  /**
   * Decodes the body of a record whose CRC has been checked.
   *
   * @throws IllegalArgumentException when the body is inconsistent
   */
  static WalRecord decodeBody(ByteBuffer body) {
    long lsn = body.getLong();
    int count = body.getInt();
    if (count < 0) {
      throw new IllegalArgumentException("negative write count");
    }
    List<KvEntry> writes = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      byte[] key = new byte[body.getInt()];
      body.get(key);
      int vlen = body.getInt();
      byte[] value = null;
      if (vlen >= 0) {
        value = new byte[vlen];
        body.get(value);
      }
      writes.add(new KvEntry(key, value));
    }
    return new WalRecord(lsn, writes);
  }

  static boolean crcMatches(ByteBuffer body, int expected) {
    CRC32C crc = new CRC32C();
    crc.update(body.duplicate());
    return (int) crc.getValue() == expected;
  }
}
