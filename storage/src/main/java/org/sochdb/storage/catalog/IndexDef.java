package org.sochdb.storage.catalog;

import java.util.List;
import java.util.Map;

/**
 * A secondary index of a table. B-tree entries live under {@link Catalog#indexKeyPrefix(int)}
 * of its {@link #id}; HNSW and full-text indexes keep their own structures.
 *
 * @param method {@code BTREE}, {@code HNSW} or {@code FULLTEXT}
 * @param constraint whether it backs a UNIQUE constraint (dropped with the table only)
 */
public record IndexDef(int id, String schema, String name, String table, List<String> columns,
    List<Boolean> descending, boolean unique, String method, Map<String, String> options,
    boolean constraint) {}
