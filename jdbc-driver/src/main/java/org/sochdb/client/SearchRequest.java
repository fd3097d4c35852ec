package org.sochdb.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link Collection#search} looks for: a query vector, a text query, or both (hybrid), with
 * the number of results, a metadata filter and the tuning knobs. Setters return the request:
 *
 * <pre>{@code
 * coll.search(new SearchRequest().vector(q).textQuery("neural networks").k(5)
 *     .filter(Map.of("source", "web")).alpha(0.7));
 * }</pre>
 *
 * The filter's entries must all match, each against a column ({@code id}, {@code content}) or a
 * member of the metadata JSON.
 */
public final class SearchRequest {
  /** The number of results when none is set. */
  public static final int DEFAULT_K = 10;
  /** The weight of the vector side of a hybrid search when none is set. */
  public static final double DEFAULT_ALPHA = 0.5;

  private float[] vector;
  private String textQuery;
  private int k = DEFAULT_K;
  private Map<String, Object> filter = Map.of();
  private double alpha = DEFAULT_ALPHA;
  private Integer efSearch;

  /** Searches near this vector. */
  public SearchRequest vector(float[] query) {
    this.vector = query;
    return this;
  }

  /** Searches for these words (BM25 keyword search). */
  public SearchRequest textQuery(String text) {
    this.textQuery = text;
    return this;
  }

  /** Returns at most {@code count} results. */
  public SearchRequest k(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("k must be positive, not " + count);
    }
    this.k = count;
    return this;
  }

  /** Keeps only results whose columns or metadata members equal these values. */
  public SearchRequest filter(Map<String, Object> equalities) {
    this.filter = equalities == null ? Map.of() : new LinkedHashMap<>(equalities);
    return this;
  }

  /** The weight of the vector side in a hybrid search, from 0 (keywords only) to 1 (vector only). */
  public SearchRequest alpha(double weight) {
    if (weight < 0 || weight > 1) {
      throw new IllegalArgumentException("alpha must be between 0 and 1, not " + weight);
    }
    this.alpha = weight;
    return this;
  }

  /** Candidates the HNSW search keeps (at least k); more finds more true neighbours, slower. */
  public SearchRequest efSearch(Integer candidates) {
    this.efSearch = candidates;
    return this;
  }

  /** The query vector, or null. */
  public float[] vector() {
    return vector;
  }

  /** The text query, or null. */
  public String textQuery() {
    return textQuery;
  }

  /** The number of results wanted. */
  public int k() {
    return k;
  }

  /** The metadata filter; empty for none. */
  public Map<String, Object> filter() {
    return filter;
  }

  /** The hybrid weight of the vector side. */
  public double alpha() {
    return alpha;
  }

  /** The HNSW search breadth, or null for the index's default. */
  public Integer efSearch() {
    return efSearch;
  }
}
