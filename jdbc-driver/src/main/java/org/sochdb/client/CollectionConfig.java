package org.sochdb.client;

import java.util.Objects;

/**
 * The settings of a new collection: its name, its dimension (null: fixed by the first vector
 * committed), its metric ({@code cosine}, {@code euclidean} or {@code dot}) and its HNSW graph's
 * {@code m} (neighbours per node) and {@code efConstruction} (candidates kept while inserting).
 */
public record CollectionConfig(String name, Integer dimension, String metric, int m, int efConstruction) {
  /** The defaults of {@code CREATE COLLECTION}: m 16, ef_construction 100. */
  public static final int DEFAULT_M = 16;
  /** See {@link #DEFAULT_M}. */
  public static final int DEFAULT_EF_CONSTRUCTION = 100;

  /** Checks that a name and a metric are given. */
  public CollectionConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metric, "metric");
  }

  /** A configuration with the default graph settings. */
  public CollectionConfig(String name, Integer dimension, String metric) {
    this(name, dimension, metric, DEFAULT_M, DEFAULT_EF_CONSTRUCTION);
  }
}
