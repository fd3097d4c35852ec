package org.sochdb.adapter.session;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded LRU map from a statement's key (SQL text, default schema, row limit, catalog
 * generation) to its prepared plan, shared by the connections of one database. Cleared by
 * every committed DDL.
 */
public final class PlanCache {
  private final Map<Object, Object> map;

  PlanCache(int capacity) {
    this.map = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
        return size() > capacity;
      }
    };
  }

  public synchronized Object get(Object key) {
    return map.get(key);
  }

  public synchronized void put(Object key, Object plan) {
    map.put(key, plan);
  }

  public synchronized void clear() {
    map.clear();
  }

  public synchronized int size() {
    return map.size();
  }
}
