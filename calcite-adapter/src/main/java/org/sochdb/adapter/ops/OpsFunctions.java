package org.sochdb.adapter.ops;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.function.Parameter;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.error.StorageErrors;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.catalog.NamespaceDef;
import org.sochdb.storage.error.StorageException;

/**
 * The operations functions and the connection facts the Java client needs,
 * as SQL scalar functions that take the statement's context:
 * <ul>
 *   <li>{@code checkpoint()}: makes every commit so far durable in the data files and folds the
 *       write-ahead log; returns the LSN it reached (BIGINT).</li>
 *   <li>{@code txid()}: the id of the connection's open transaction (auto-commit off; it begins
 *       one if none is open), NULL under auto-commit.</li>
 *   <li>{@code last_commit_lsn()}: the LSN of the connection's latest commit, NULL before one.</li>
 *   <li>{@code namespace_set_info(name, display_name, labels_json)}: sets the display name
 *       and labels of a namespace (NULL keeps the current one); TRUE. A catalog change, made in
 *       the caller's transaction.</li>
 * </ul>
 */
public final class OpsFunctions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpsFunctions() {}

  /** {@code checkpoint()}. */
  public static Long checkpoint(DataContext root) {
    SochSession session = SochSessions.of(root);
    if (session.database().storage().isReadOnly()) {
      throw new SochSqlException("25006", "checkpoint(): the database is open read-only");
    }
    try {
      return session.database().storage().checkpoint();
    } catch (StorageException e) {
      throw StorageErrors.toSql(e);
    }
  }

  /** {@code txid()}. */
  public static Long txid(DataContext root) {
    StorageTransaction tx = SochSessions.of(root).currentTransaction();
    return tx == null ? null : tx.id();
  }

  /** {@code last_commit_lsn()}. */
  public static Long lastCommitLsn(DataContext root) {
    long lsn = SochSessions.of(root).lastCommitLsn();
    return lsn < 0 ? null : lsn;
  }

  /** {@code namespace_set_info(name, display_name, labels_json)}. */
  public static Boolean namespaceSetInfo(DataContext root, @Parameter(name = "name") String name,
      @Parameter(name = "display_name") String displayName, @Parameter(name = "labels") String labelsJson) {
    SochSession session = SochSessions.of(root);
    if (name == null) {
      throw new SochSqlException("22004", "namespace_set_info: the namespace name is NULL");
    }
    if (session.readOnly() || session.database().storage().isReadOnly()) {
      throw new SochSqlException("25006", "cannot change the schema: the connection or database is read-only");
    }
    Map<String, String> labels = labelsJson == null ? null : labels(labelsJson);
    return session.write(true, tx -> {
      NamespaceDef ns = session.catalog().namespace(name).orElseThrow(() ->
          new SochSqlException("3F000", "namespace \"" + name + "\" does not exist"));
      Catalog.putNamespace(tx, new NamespaceDef(ns.name(), displayName == null ? ns.displayName() : displayName,
          labels == null ? ns.labels() : labels, ns.createdAtMs()));
      return true;
    });
  }

  private static Map<String, String> labels(String json) {
    try {
      return Map.copyOf(JSON.readValue(json, new TypeReference<Map<String, String>>() { }));
    } catch (IOException | NullPointerException e) {
      throw new SochSqlException("22023", "namespace labels must be a JSON object of strings, like "
          + "{\"tier\":\"enterprise\"}, not " + json);
    }
  }

  /** The labels as a JSON object, for {@code sys.namespaces}. */
  static String labelsJson(Map<String, String> labels) {
    try {
      return JSON.writeValueAsString(new java.util.TreeMap<>(labels));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
