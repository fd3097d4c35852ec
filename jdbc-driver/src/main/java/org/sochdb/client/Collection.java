package org.sochdb.client;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A namespace's collection: entries of an id, a vector, text content and JSON metadata, searched
 * by vector (HNSW), by keywords (BM25) or both (hybrid). It is the table that
 * {@code CREATE COLLECTION} makes, and every call is SQL on it through the client's JDBC
 * connection, so SQL sees what the client wrote and the other way round:
 *
 * <pre>{@code
 * Collection docs = db.namespace("tenant_1").createCollection("docs", 384, "cosine");
 * docs.insert("doc1", embedding, Map.of("source", "web"), "How neural networks learn");
 * List<SearchResult> hits = docs.vectorSearch(query, 5);
 * }</pre>
 *
 * A collection got from {@link Namespace} runs each call in a transaction of its own
 * ({@link #insertBatch} one transaction for the whole batch); one got from
 * {@link Transaction#collection} works inside that transaction. Vectors of the wrong length
 * raise {@link org.sochdb.jdbc.errors.DimensionMismatchException}.
 */
public final class Collection {
  private final Session session;
  private final String namespace;
  private final String name;
  private final String metric;
  private final String target;
  private final String upsert;

  /** Where a collection's statements run: the client's own connection, or a transaction's. */
  interface Session {
    /** Runs {@code work} on the link, under its monitor, checking the session is usable first. */
    <T> T run(LinkWork<T> work) throws SQLException;

    /** Runs {@code work} atomically: in a transaction of its own, or in the session's one. */
    <T> T atomically(LinkWork<T> work) throws SQLException;
  }

  /** Work on a link. */
  @FunctionalInterface
  interface LinkWork<T> {
    T run(Link link) throws SQLException;
  }

  Collection(Session session, String namespace, String name, String metric) {
    this.session = session;
    this.namespace = namespace;
    this.name = name;
    this.metric = metric;
    String table = SochDB.quote(namespace) + "." + SochDB.quote(name);
    // Search functions take the table's name as a text literal, where quoted parts match exactly.
    this.target = "'" + table.replace("'", "''") + "'";
    this.upsert = "UPSERT INTO " + table + " (\"id\", \"embedding\", \"content\", \"metadata\") VALUES (?, ?, ?, ?)";
  }

  /** The collection's name. */
  public String name() {
    return name;
  }

  /** The namespace the collection belongs to. */
  public String namespace() {
    return namespace;
  }

  /** The distance the collection ranks by: {@code cosine}, {@code euclidean} or {@code dot}. */
  public String metric() {
    return metric;
  }

  /** The vectors' length; empty while a collection made without one has no committed vector yet. */
  public OptionalInt dimension() throws SQLException {
    Object d = session.run(link -> link.value(CollectionCatalog.DIMENSION, namespace, name));
    return d == null ? OptionalInt.empty() : OptionalInt.of(((Number) d).intValue());
  }

  // ------------------------------------------------------------------------------------ writing

  /**
   * Stores an entry, replacing any entry of the same id; returns the id.
   *
   * @param id the entry's id, or null for a new random UUID
   * @param metadata members matched by search filters; null or empty for none
   * @param content text found by keyword search; may be null
   */
  public String insert(String id, float[] vector, Map<String, Object> metadata, String content) throws SQLException {
    Objects.requireNonNull(vector, "vector");
    String key = id == null ? UUID.randomUUID().toString() : id;
    String json = MetadataJson.write(metadata);
    session.run(link -> link.updateCached(upsert, key, vector, content, json));
    return key;
  }

  /** {@link #insert(String, float[], Map, String)} without content. */
  public String insert(String id, float[] vector, Map<String, Object> metadata) throws SQLException {
    return insert(id, vector, metadata, null);
  }

  /** {@link #insert(String, float[], Map, String)} without metadata or content. */
  public String insert(String id, float[] vector) throws SQLException {
    return insert(id, vector, null, null);
  }

  /**
   * Stores many entries in one transaction through one JDBC batch; returns their ids.
   *
   * @param ids one per vector (null entries, or a null list, get random UUIDs)
   * @param metadatas one per vector, or null for none
   */
  public List<String> insertBatch(List<String> ids, List<float[]> vectors, List<Map<String, Object>> metadatas)
      throws SQLException {
    int n = vectors.size();
    if ((ids != null && ids.size() != n) || (metadatas != null && metadatas.size() != n)) {
      throw new IllegalArgumentException("insertBatch needs as many ids and metadata maps as vectors ("
          + n + "), not " + (ids == null ? n : ids.size()) + " and " + (metadatas == null ? n : metadatas.size()));
    }
    List<String> keys = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = ids == null ? null : ids.get(i);
      keys.add(id == null ? UUID.randomUUID().toString() : id);
    }
    session.atomically(link -> {
      PreparedStatement ps = link.prepared(upsert);
      for (int i = 0; i < n; i++) {
        Link.bind(ps, keys.get(i), Objects.requireNonNull(vectors.get(i), "vectors[" + i + "]"), null,
            MetadataJson.write(metadatas == null ? null : metadatas.get(i)));
        ps.addBatch();
      }
      ps.executeBatch();
      return null;
    });
    return keys;
  }

  /** Removes the entry with this id; whether there was one. */
  public boolean delete(String id) throws SQLException {
    String sql = "DELETE FROM " + SochDB.quote(namespace) + "." + SochDB.quote(name) + " WHERE \"id\" = ?";
    return session.run(link -> link.updateCached(sql, id)) > 0;
  }

  /** The number of entries. */
  public long count() throws SQLException {
    String sql = "SELECT COUNT(*) FROM " + SochDB.quote(namespace) + "." + SochDB.quote(name);
    return session.run(link -> ((Number) link.value(sql)).longValue());
  }

  // ---------------------------------------------------------------------------------- searching

  /**
   * Runs a search: hybrid when the request has a vector and a text query, vector search with a
   * vector only, keyword search with a text only. Best first.
   */
  public List<SearchResult> search(SearchRequest request) throws SQLException {
    SearchSql q = SearchSql.of(target, request);
    return session.run(link -> {
      PreparedStatement ps = link.prepared(q.sql());
      Link.bind(ps, q.params());
      try (ResultSet rs = ps.executeQuery()) {
        List<SearchResult> out = new ArrayList<>();
        while (rs.next()) {
          Object distance = q.hasDistance() ? rs.getObject("distance") : null;
          out.add(new SearchResult(rs.getString("id"), rs.getDouble("score"),
              distance == null ? null : ((Number) distance).doubleValue(), rs.getString("content"),
              MetadataJson.read(rs.getString("metadata"))));
        }
        return out;
      }
    });
  }

  /** The {@code k} entries nearest {@code query}. */
  public List<SearchResult> vectorSearch(float[] query, int k) throws SQLException {
    return search(new SearchRequest().vector(query).k(k));
  }

  /** The {@code k} entries whose content best matches {@code text} (BM25). */
  public List<SearchResult> keywordSearch(String text, int k) throws SQLException {
    return search(new SearchRequest().textQuery(text).k(k));
  }

  /** Vector and keyword search fused, each weighing half. */
  public List<SearchResult> hybridSearch(float[] query, String text, int k) throws SQLException {
    return search(new SearchRequest().vector(query).textQuery(text).k(k));
  }

  @Override
  public String toString() {
    return "Collection(" + namespace + "." + name + ", " + metric + ")";
  }
}
