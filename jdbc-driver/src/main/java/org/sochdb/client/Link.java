package org.sochdb.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JDBC connection of the client with its prepared statements, reused by SQL text. Callers
 * hold the link's monitor around each use: a JDBC connection serves one thread at a time.
 */
final class Link implements AutoCloseable {
  final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  Link(Connection connection) {
    this.connection = connection;
  }

  /** A prepared statement for {@code sql}, reused by later calls; the caller must not close it. */
  PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null || ps.isClosed()) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  /** Binds {@code params} to the {@code ?}s of {@code ps}, in order. */
  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      if (params[i] instanceof byte[] b) {
        ps.setBytes(i + 1, b);
      } else {
        ps.setObject(i + 1, params[i]);
      }
    }
  }

  /**
   * Runs any statement: the rows of a query, or no rows for others. User SQL gets a statement of
   * its own, never a cached one: DDL runs when it is prepared, so a reused one would not run again.
   */
  List<Map<String, Object>> execute(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, params);
      if (ps.execute()) {
        try (ResultSet rs = ps.getResultSet()) {
          return rows(rs);
        }
      }
      return List.of();
    }
  }

  /** Runs a statement that changes rows (or DDL); the count. */
  int update(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /** Runs one of the client's own DML statements through the statement cache; the count. */
  int updateCached(String sql, Object... params) throws SQLException {
    PreparedStatement ps = prepared(sql);
    bind(ps, params);
    return ps.executeUpdate();
  }

  /** The single value of one of the client's own one-row, one-column queries (cached statement). */
  Object value(String sql, Object... params) throws SQLException {
    PreparedStatement ps = prepared(sql);
    bind(ps, params);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getObject(1) : null;
    }
  }

  /** Every row of {@code rs}, each as a map from column label to {@code getObject} value, in order. */
  static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
    int n = rs.getMetaData().getColumnCount();
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      labels[i] = rs.getMetaData().getColumnLabel(i + 1);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    while (rs.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        row.put(labels[i], rs.getObject(i + 1));
      }
      out.add(row);
    }
    return out;
  }

  /** Forgets the prepared statements (after a failure that may have left one unusable). */
  void reset() {
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // closing a statement of a broken connection; nothing to save
      }
    }
    statements.clear();
  }

  @Override
  public void close() throws SQLException {
    reset();
    connection.close();
  }
}
