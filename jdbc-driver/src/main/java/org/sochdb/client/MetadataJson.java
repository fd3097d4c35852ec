package org.sochdb.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Metadata maps to and from the JSON text of a collection's {@code metadata} column. */
final class MetadataJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

  private MetadataJson() {}

  /** The map as a JSON object, or null for a null or empty map (no metadata). */
  static String write(Map<String, Object> metadata) {
    if (metadata == null || metadata.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(metadata);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("metadata cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The JSON object as a map, in its members' order; empty for null or text that is no object. */
  static Map<String, Object> read(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }
}
