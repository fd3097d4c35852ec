/**
 * The Java client: the Python SDK's API (key-value, paths, prefix scans, transactions, SQL,
 * namespaces, collections for vector, keyword and hybrid search, statistics, checkpoints,
 * TOON) built only on JDBC, so it works embedded and remote alike; and
 * {@link org.sochdb.client.VectorIndex}, an HNSW index in memory without a database. Start with
 * {@link org.sochdb.client.SochDB#open(String)}.
 */
package org.sochdb.client;
