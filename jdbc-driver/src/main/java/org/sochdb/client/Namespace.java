package org.sochdb.client;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A namespace (a SQL schema: a tenant) seen through the client: its seed metadata (display name,
 * labels) and its {@code kv} table, each call in a transaction of its own. Created by
 * {@link SochDB#createNamespace}, found by {@link SochDB#namespace}.
 * Its collections ({@link #createCollection}, {@link #collection}) hold entries for vector,
 * keyword and hybrid search.
 */
public final class Namespace implements KeyValueStore {
  private final String name;
  private final String displayName;
  private final Map<String, String> labels;
  private final Instant createdAt;
  private final KvAccess kv;
  private final CollectionCatalog collections;

  Namespace(String name, String displayName, Map<String, String> labels, Instant createdAt, KvAccess kv,
      CollectionCatalog collections) {
    this.name = name;
    this.displayName = displayName;
    this.labels = Map.copyOf(labels);
    this.createdAt = createdAt;
    this.kv = kv;
    this.collections = collections;
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

  /**
   * Creates a collection with the default graph settings.
   *
   * @param dimension the vectors' length, or null to let the first committed vector fix it
   * @param metric {@code cosine}, {@code euclidean} or {@code dot}
   * @throws org.sochdb.jdbc.errors.CollectionExistsException when the name is taken
   */
  public Collection createCollection(String collectionName, Integer dimension, String metric) throws SQLException {
    return createCollection(new CollectionConfig(collectionName, dimension, metric));
  }

  /** Creates a collection as configured; CollectionExistsException when the name is taken. */
  public Collection createCollection(CollectionConfig config) throws SQLException {
    return collections.create(config);
  }

  /**
   * An existing collection, matched exactly or else ignoring case;
   * {@link org.sochdb.jdbc.errors.CollectionNotFoundException} when there is none.
   */
  public Collection collection(String collectionName) throws SQLException {
    return collections.find(collectionName);
  }

  /** The names of the namespace's collections, sorted. */
  public List<String> listCollections() throws SQLException {
    return collections.list();
  }

  /** Drops a collection with its entries and indexes; CollectionNotFoundException when there is none. */
  public void dropCollection(String collectionName) throws SQLException {
    collections.drop(collectionName);
  }

  @Override
  public String toString() {
    return "Namespace(" + name + ", " + displayName + ", " + labels + ")";
  }
}
