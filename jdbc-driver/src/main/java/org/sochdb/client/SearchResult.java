package org.sochdb.client;

import java.util.Map;

/**
 * One hit of {@link Collection#search}: the entry's id, its score (higher is better), its vector
 * distance (null for a keyword search), its content and its metadata (empty when it has none).
 */
public record SearchResult(String id, double score, Double distance, String content, Map<String, Object> metadata) {}
