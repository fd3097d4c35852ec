package org.sochdb.client;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/** The SQL behind {@link KeyValueStore}: one namespace's kv table, through one {@link Link}. */
final class KvAccess {
  private final Link link;
  private final String upsert;
  private final String select;
  private final String delete;
  private final String scanAll;
  private final String scanFrom;
  private final String scanTo;
  private final String scanRange;

  /** @param namespace the namespace, or null for the connection's current schema */
  KvAccess(Link link, String namespace) {
    this.link = link;
    String t = namespace == null ? "\"kv\"" : SochDB.quote(namespace) + ".\"kv\"";
    this.upsert = "UPSERT INTO " + t + " (\"key\", \"value\") VALUES (?, ?)";
    this.select = "SELECT \"value\" FROM " + t + " WHERE \"key\" = ?";
    this.delete = "DELETE FROM " + t + " WHERE \"key\" = ?";
    String scan = "SELECT \"key\", \"value\" FROM " + t;
    this.scanAll = scan + " ORDER BY \"key\"";
    this.scanFrom = scan + " WHERE \"key\" >= ? ORDER BY \"key\"";
    this.scanTo = scan + " WHERE \"key\" < ? ORDER BY \"key\"";
    this.scanRange = scan + " WHERE \"key\" >= ? AND \"key\" < ? ORDER BY \"key\"";
  }

  void put(byte[] key, byte[] value) throws SQLException {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    synchronized (link) {
      link.updateCached(upsert, key, value);
    }
  }

  byte[] get(byte[] key) throws SQLException {
    Objects.requireNonNull(key, "key");
    synchronized (link) {
      PreparedStatement ps = link.prepared(select);
      ps.setBytes(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getBytes(1) : null;
      }
    }
  }

  boolean delete(byte[] key) throws SQLException {
    Objects.requireNonNull(key, "key");
    synchronized (link) {
      return link.updateCached(delete, (Object) key) > 0;
    }
  }

  /** Entries with {@code start <= key < end} (a null end: no upper bound), fetched {@code fetchSize} at a time. */
  KvScan scan(byte[] start, byte[] end, int fetchSize) throws SQLException {
    if (fetchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive, not " + fetchSize);
    }
    boolean from = start != null && start.length > 0;
    String sql = from ? (end == null ? scanFrom : scanRange) : (end == null ? scanAll : scanTo);
    synchronized (link) {
      PreparedStatement ps = link.connection.prepareStatement(sql);
      try {
        int i = 1;
        if (from) {
          ps.setBytes(i++, start);
        }
        if (end != null) {
          ps.setBytes(i, end);
        }
        ps.setFetchSize(fetchSize);
        return new KvScan(link, ps, ps.executeQuery());
      } catch (SQLException | RuntimeException e) {
        ps.close();
        throw e;
      }
    }
  }
}
