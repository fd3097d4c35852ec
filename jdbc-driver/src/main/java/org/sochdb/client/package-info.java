/**
 * The Java client: the Python SDK's API (key-value, paths, prefix scans, transactions, SQL,
 * namespaces, statistics, checkpoints, TOON) built only on JDBC, so it works embedded and
 * remote alike. Start with {@link org.sochdb.client.SochDB#open(String)}.
 */
package org.sochdb.client;
