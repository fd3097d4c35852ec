package org.sochdb.storage.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.KvEntry;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/**
 * The persisted definitions of namespaces, tables, indexes and triggers, kept in the same
 * transactional key space as the data, so DDL inside a transaction commits or rolls back
 * with it.
 *
 * <p>Key space (first byte):
 * <ul>
 *   <li>{@code 0x00}: the catalog. {@code 00 'n' schema} → {@link NamespaceDef};
 *       {@code 00 't' schema 00 name} → {@link TableDef}; {@code 00 'i' schema 00 name} →
 *       {@link IndexDef}; {@code 00 'r' schema 00 name} → {@link TriggerDef};
 *       {@code 00 'v'} → catalog version (long, bumped by every change);
 *       {@code 00 'q'} → the last id handed out to a table or index (long).</li>
 *   <li>{@code 0x01 id(4)}: rows of table {@code id}, keyed by encoded primary key.</li>
 *   <li>{@code 0x02 id(4)}: entries of B-tree index {@code id}.</li>
 *   <li>{@code 0x03 id(4)}: private data of other structures (search indexes, queues).</li>
 *   <li>{@code 0x04 namespace 00 00}: the namespace's built-in {@code kv} table, keyed like any
 *       table's rows (encoded primary key after the prefix); the name's UTF-8 bytes with each
 *       {@code 00} written {@code 00 FF}, so no namespace's prefix is a prefix of another's.
 *       {@link #dropNamespace} deletes it with the namespace.</li>
 * </ul>
 * Two transactions changing the catalog at once both write the version key; the second to
 * commit gets a serialization failure.
 */
public final class Catalog {
  private static final byte SYSTEM = 0x00;
  private static final byte TABLE_DATA = 0x01;
  private static final byte INDEX_DATA = 0x02;
  private static final byte STRUCTURE_DATA = 0x03;
  private static final byte KV_DATA = 0x04;
  private static final byte[] VERSION_KEY = {SYSTEM, 'v'};
  private static final byte[] ID_KEY = {SYSTEM, 'q'};

  private Catalog() {}

  public static byte[] tableKeyPrefix(int tableId) {
    return ByteBuffer.allocate(5).put(TABLE_DATA).putInt(tableId).array();
  }

  public static byte[] indexKeyPrefix(int indexId) {
    return ByteBuffer.allocate(5).put(INDEX_DATA).putInt(indexId).array();
  }

  public static byte[] structureKeyPrefix(int id) {
    return ByteBuffer.allocate(5).put(STRUCTURE_DATA).putInt(id).array();
  }

  /** The key prefix of the rows of namespace {@code namespace}'s built-in {@code kv} table. */
  public static byte[] kvKeyPrefix(String namespace) {
    byte[] name = namespace.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(name.length + 3);
    out.write(KV_DATA);
    for (byte b : name) {
      out.write(b);
      if (b == 0) {
        out.write(0xFF);
      }
    }
    out.write(0);
    out.write(0);
    return out.toByteArray();
  }

  private static byte[] key(char kind, String schema, String name) {
    byte[] s = schema.getBytes(StandardCharsets.UTF_8);
    byte[] n = name == null ? new byte[0] : name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(2 + s.length + (name == null ? 0 : 1 + n.length));
    b.put(SYSTEM).put((byte) kind).put(s);
    if (name != null) {
      b.put((byte) 0).put(n);
    }
    return b.array();
  }

  private static byte[] kindPrefix(char kind) {
    return new byte[] {SYSTEM, (byte) kind};
  }

  /** The catalog version a transaction sees: caches of definitions are keyed by it. */
  public static long version(StorageTransaction tx) {
    byte[] v = tx.get(VERSION_KEY);
    return v == null ? 0 : ByteBuffer.wrap(v).getLong();
  }

  private static void bump(StorageTransaction tx) {
    tx.put(VERSION_KEY, ByteBuffer.allocate(8).putLong(version(tx) + 1).array());
  }

  /** A new id for a table or index; never reused. */
  public static int nextId(StorageTransaction tx) {
    byte[] v = tx.get(ID_KEY);
    long next = (v == null ? 0 : ByteBuffer.wrap(v).getLong()) + 1;
    if (next > Integer.MAX_VALUE) {
      throw new StorageException(ErrorKind.LIMIT_EXCEEDED, "no table or index ids left");
    }
    tx.put(ID_KEY, ByteBuffer.allocate(8).putLong(next).array());
    return (int) next;
  }

  /** Reads every definition at once. */
  public static CatalogSnapshot snapshot(StorageTransaction tx) {
    return new CatalogSnapshot(version(tx),
        readAll(tx, 'n', CatalogCodec::namespace), readAll(tx, 't', CatalogCodec::table),
        readAll(tx, 'i', CatalogCodec::index), readAll(tx, 'r', CatalogCodec::trigger));
  }

  private static <T> List<T> readAll(StorageTransaction tx, char kind, java.util.function.Function<byte[], T> decode) {
    List<T> out = new ArrayList<>();
    try (KvCursor c = tx.scanPrefix(kindPrefix(kind))) {
      while (c.hasNext()) {
        KvEntry kv = c.next();
        out.add(decode.apply(kv.value()));
      }
    }
    return List.copyOf(out);
  }

  public static void putNamespace(StorageTransaction tx, NamespaceDef def) {
    tx.put(key('n', def.name(), null), CatalogCodec.namespace(def));
    bump(tx);
  }

  /** Removes a namespace's definition and its kv table's rows; its tables are dropped by the caller. */
  public static void dropNamespace(StorageTransaction tx, String name) {
    tx.delete(key('n', name, null));
    deleteRange(tx, kvKeyPrefix(name));
    bump(tx);
  }

  /** Creates or replaces a table definition (ALTER TABLE replaces). */
  public static void putTable(StorageTransaction tx, TableDef def) {
    tx.put(key('t', def.schema(), def.name()), CatalogCodec.table(def));
    bump(tx);
  }

  /** Removes a table's definition and every row. Its indexes are dropped by the caller. */
  public static void dropTable(StorageTransaction tx, TableDef def) {
    tx.delete(key('t', def.schema(), def.name()));
    deleteRange(tx, tableKeyPrefix(def.id()));
    bump(tx);
  }

  public static void putIndex(StorageTransaction tx, IndexDef def) {
    tx.put(key('i', def.schema(), def.name()), CatalogCodec.index(def));
    bump(tx);
  }

  /** Removes an index definition and its entries. */
  public static void dropIndex(StorageTransaction tx, IndexDef def) {
    tx.delete(key('i', def.schema(), def.name()));
    deleteRange(tx, indexKeyPrefix(def.id()));
    deleteRange(tx, structureKeyPrefix(def.id()));
    bump(tx);
  }

  public static void putTrigger(StorageTransaction tx, TriggerDef def) {
    tx.put(key('r', def.schema(), def.name()), CatalogCodec.trigger(def));
    bump(tx);
  }

  public static void dropTrigger(StorageTransaction tx, TriggerDef def) {
    tx.delete(key('r', def.schema(), def.name()));
    bump(tx);
  }

  /** Deletes every key under {@code prefix} inside the transaction. */
  public static long deleteRange(StorageTransaction tx, byte[] prefix) {
    List<byte[]> keys = new ArrayList<>();
    try (KvCursor c = tx.scan(prefix, Bytes.prefixEnd(prefix))) {
      c.forEachRemaining(kv -> keys.add(kv.key()));
    }
    keys.forEach(tx::delete);
    return keys.size();
  }
}
