package org.sochdb.client;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * The Python SDK's key-value API over one namespace's {@code kv} table: binary-safe keys and values
 * (any bytes, 0x00 and 0xFF included), keys in unsigned byte order. Implemented by
 * {@link SochDB} (the default namespace, each call its own transaction), {@link Namespace} and
 * {@link Transaction} (inside that transaction). Paths ({@code users/alice/email}) are keys
 * written as UTF-8 text.
 */
public interface KeyValueStore {
  /** The fetch size of {@link #scan} and {@link #scanPrefix}: rows the driver reads per batch. */
  int DEFAULT_FETCH_SIZE = 1000;

  /** Stores {@code value} under {@code key}, replacing what was there. */
  void put(byte[] key, byte[] value) throws SQLException;

  /** The value under {@code key}, or null. */
  byte[] get(byte[] key) throws SQLException;

  /** Removes {@code key}; whether it was there. */
  boolean delete(byte[] key) throws SQLException;

  /**
   * The entries with {@code start <= key < end}, in key order, streamed; a null (or empty)
   * {@code start} starts at the first key, a null {@code end} runs to the last.
   */
  default KvScan scan(byte[] start, byte[] end) throws SQLException {
    return scanBatched(start, end, DEFAULT_FETCH_SIZE);
  }

  /** {@link #scan} fetching {@code batchSize} entries per round trip (the Python SDK's scan_batched). */
  KvScan scanBatched(byte[] start, byte[] end, int batchSize) throws SQLException;

  /** The entries whose key starts with {@code prefix}, in key order. */
  default KvScan scanPrefix(byte[] prefix) throws SQLException {
    return scan(prefix, KeyValue.prefixEnd(prefix));
  }

  /** {@link #put} under the path's UTF-8 bytes. */
  default void putPath(String path, byte[] value) throws SQLException {
    put(path.getBytes(StandardCharsets.UTF_8), value);
  }

  /** {@link #get} of the path's UTF-8 bytes. */
  default byte[] getPath(String path) throws SQLException {
    return get(path.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #delete} of the path's UTF-8 bytes. */
  default boolean deletePath(String path) throws SQLException {
    return delete(path.getBytes(StandardCharsets.UTF_8));
  }
}
