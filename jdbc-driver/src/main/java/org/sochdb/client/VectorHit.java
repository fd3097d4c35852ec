package org.sochdb.client;

/** One result of {@link VectorIndex#search}: an id and its distance to the query (smaller is nearer). */
public record VectorHit(String id, float distance) {}
