package org.sochdb.vector.text;

/** A document that matched a keyword query, and its BM25 score (higher is better). */
public record Hit(byte[] docId, double score) {}
