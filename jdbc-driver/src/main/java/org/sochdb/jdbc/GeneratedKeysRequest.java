package org.sochdb.jdbc;

import java.util.Arrays;

/**
 * What a statement asked for in the way of generated keys, handed to
 * {@link ConnectionHooks#generatedKeys}: the SQL, whether keys were requested, and which columns
 * ({@code int[]} indexes or {@code String[]} names) if the application named them. Immutable.
 */
public final class GeneratedKeysRequest {

  private final String sql;
  private final boolean requested;
  private final int[] columnIndexes;
  private final String[] columnNames;

  private GeneratedKeysRequest(
      String sql, boolean requested, int[] columnIndexes, String[] columnNames) {
    this.sql = sql;
    this.requested = requested;
    this.columnIndexes = columnIndexes;
    this.columnNames = columnNames;
  }

  /** No keys requested. */
  static GeneratedKeysRequest none(String sql) {
    return new GeneratedKeysRequest(sql, false, null, null);
  }

  /** {@code Statement.RETURN_GENERATED_KEYS}: the driver's choice of key columns. */
  static GeneratedKeysRequest all(String sql) {
    return new GeneratedKeysRequest(sql, true, null, null);
  }

  /** Keys by column index; a null or empty array requests none, as in most drivers. */
  static GeneratedKeysRequest columns(String sql, int[] columnIndexes) {
    return columnIndexes == null || columnIndexes.length == 0
        ? none(sql)
        : new GeneratedKeysRequest(sql, true, columnIndexes.clone(), null);
  }

  /** Keys by column name; a null or empty array requests none, as in most drivers. */
  static GeneratedKeysRequest columns(String sql, String[] columnNames) {
    return columnNames == null || columnNames.length == 0
        ? none(sql)
        : new GeneratedKeysRequest(sql, true, null, columnNames.clone());
  }

  /**
   * The SQL executed ({@code Statement}) or prepared ({@code PreparedStatement}); null after a
   * batch of a plain statement.
   */
  public String sql() {
    return sql;
  }

  /** Whether the last execution asked for generated keys. */
  public boolean requested() {
    return requested;
  }

  /** The requested key columns by 1-based index, or null if not requested by index. */
  public int[] columnIndexes() {
    return columnIndexes == null ? null : columnIndexes.clone();
  }

  /** The requested key columns by name, or null if not requested by name. */
  public String[] columnNames() {
    return columnNames == null ? null : columnNames.clone();
  }

  @Override
  public String toString() {
    if (!requested) {
      return "GeneratedKeysRequest[none]";
    }
    if (columnIndexes != null) {
      return "GeneratedKeysRequest[columns " + Arrays.toString(columnIndexes) + "]";
    }
    if (columnNames != null) {
      return "GeneratedKeysRequest[columns " + Arrays.toString(columnNames) + "]";
    }
    return "GeneratedKeysRequest[all]";
  }
}
