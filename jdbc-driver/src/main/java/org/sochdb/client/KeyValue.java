package org.sochdb.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One entry of a key-value scan: a key and its value, both bytes (compared by content). Keys
 * written through the path API or as text are UTF-8, which {@link #keyString()} reads back.
 */
public final class KeyValue {
  private final byte[] key;
  private final byte[] value;

  /** Creates an entry; the arrays are kept as given. */
  public KeyValue(byte[] key, byte[] value) {
    this.key = key;
    this.value = value;
  }

  public byte[] key() {
    return key;
  }

  public byte[] value() {
    return value;
  }

  /** The key read as UTF-8. */
  public String keyString() {
    return new String(key, StandardCharsets.UTF_8);
  }

  /** The value read as UTF-8 (null for a NULL value). */
  public String valueString() {
    return value == null ? null : new String(value, StandardCharsets.UTF_8);
  }

  /**
   * The smallest key greater than every key starting with {@code prefix}: the prefix with its last
   * byte below 0xFF incremented and what follows dropped; null when there is none (an empty
   * prefix, or all 0xFF), meaning a scan unbounded above.
   */
  public static byte[] prefixEnd(byte[] prefix) {
    return org.sochdb.storage.engine.Bytes.prefixEnd(prefix);
  }


  @Override
  public boolean equals(Object o) {
    return o instanceof KeyValue kv && Arrays.equals(key, kv.key) && Arrays.equals(value, kv.value);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
  }

  /** {@code key: value} as UTF-8 when both are printable text, else in hex. */
  @Override
  public String toString() {
    return show(key) + ": " + (value == null ? "NULL" : show(value));
  }

  private static String show(byte[] b) {
    String s = new String(b, StandardCharsets.UTF_8);
    boolean printable = Arrays.equals(s.getBytes(StandardCharsets.UTF_8), b)
        && s.chars().noneMatch(c -> Character.isISOControl(c));
    return printable ? s : "X'" + HexFormat.of().withUpperCase().formatHex(b) + "'";
  }
}
