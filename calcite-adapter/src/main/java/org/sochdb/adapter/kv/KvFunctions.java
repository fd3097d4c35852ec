package org.sochdb.adapter.kv;

import java.nio.charset.StandardCharsets;
import org.apache.calcite.avatica.util.ByteString;

/**
 * SQL functions between text and the bytes of kv keys and values, named as in Trino:
 * {@code to_utf8(text)} gives the UTF-8 bytes of a string (CAST(text AS VARBINARY) would use
 * ISO-8859-1, Calcite's default character set), {@code from_utf8(bytes)} reads bytes as UTF-8,
 * with U+FFFD for malformed sequences. Both return NULL for NULL.
 *
 * <p>{@code from_utf8(key) LIKE 'prefix%'} on a kv table is planned as a key range: see
 * {@code KeyRangeFinder}.
 */
public final class KvFunctions {
  private KvFunctions() {}

  /** {@code to_utf8(text)}: the UTF-8 bytes of {@code text}. */
  public static ByteString toUtf8(String text) {
    return text == null ? null : new ByteString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code from_utf8(bytes)}: {@code bytes} decoded as UTF-8. */
  public static String fromUtf8(ByteString bytes) {
    return bytes == null ? null : decode(bytes.getBytes());
  }

  /** UTF-8 decoding that replaces malformed input with U+FFFD, as {@code new String(b, UTF_8)}. */
  public static String decode(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
