package org.sochdb.client;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/**
 * A namespace (a SQL schema: a tenant) seen through the client: its seed metadata (display name,
 * labels) and its {@code kv} table, each call in a transaction of its own. Created by
 * {@link SochDB#createNamespace}, found by {@link SochDB#namespace}.
 *
 * <p>Collections (vector and keyword search) are not supported yet: {@link #collection},
 * {@link #createCollection} and {@link #listCollections} throw {@link UnsupportedOperationException}.
 */
public final class Namespace implements KeyValueStore {
  private final String name;
  private final String displayName;
  private final Map<String, String> labels;
  private final Instant createdAt;
  private final KvAccess kv;

  Namespace(String name, String displayName, Map<String, String> labels, Instant createdAt, KvAccess kv) {
    this.name = name;
    this.displayName = displayName;
    this.labels = Map.copyOf(labels);
    this.createdAt = createdAt;
    this.kv = kv;
  }

  /** The namespace's name (its SQL schema name). */
  public String name() {
    return name;
  }

  /** The display name ("Acme Corp"); the name when none was set. */
  public String displayName() {
    return displayName;
  }

  /** The labels ({@code tier=enterprise}); empty when none were set. */
  public Map<String, String> labels() {
    return labels;
  }

  /** When the namespace was created. */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public void put(byte[] key, byte[] value) throws SQLException {
    kv.put(key, value);
  }

  @Override
  public byte[] get(byte[] key) throws SQLException {
    return kv.get(key);
  }

  @Override
  public boolean delete(byte[] key) throws SQLException {
    return kv.delete(key);
  }

  @Override
  public KvScan scanBatched(byte[] start, byte[] end, int batchSize) throws SQLException {
    return kv.scan(start, end, batchSize);
  }

  /** A collection of this namespace: not supported yet. */
  public VectorCollection collection(String collectionName) {
    throw VectorCollection.notYet();
  }

  /** Creates a collection: not supported yet. */
  public VectorCollection createCollection(String collectionName, int dimension, String metric) {
    throw VectorCollection.notYet();
  }

  /** The namespace's collections: not supported yet. */
  public java.util.List<String> listCollections() {
    throw VectorCollection.notYet();
  }

  @Override
  public String toString() {
    return "Namespace(" + name + ", " + displayName + ", " + labels + ")";
  }
}
