package org.sochdb.adapter.spi;

import java.util.List;
import java.util.Map;
import org.sochdb.storage.catalog.TableDef;

/**
 * An index structure other than the B-tree, named after {@code USING} in {@code CREATE INDEX}
 * ({@code HNSW}, {@code FULLTEXT}), contributed by a module through
 * {@link FunctionRegistry#indexMethod}.
 *
 * <p>The adapter keeps the catalog entry ({@link org.sochdb.storage.catalog.IndexDef}) and calls
 * the method's {@link SearchIndex} for every row written to the table, in the writer's
 * transaction; the method keeps whatever structure it needs, in the transaction's key space
 * under {@link org.sochdb.storage.catalog.Catalog#structureKeyPrefix} or in memory.
 */
public interface IndexMethod {
  /** The name written after {@code USING}, upper case. */
  String name();

  /**
   * Checks a {@code CREATE INDEX} against the table and returns the options to store, with
   * defaults filled in and values normalized.
   *
   * @param columns the indexed columns, as the table names them
   * @param options the {@code WITH (key = value)} options, keys in lower case
   * @throws org.sochdb.adapter.error.SochSqlException when a column or option is wrong, saying
   *     what to write instead
   */
  Map<String, String> define(TableDef table, List<String> columns, Map<String, String> options);

  /**
   * The live structure of one index of an open database. Called once per index and database,
   * on first use; the structure lives until the database closes or the index is dropped.
   */
  SearchIndex open(SearchIndex.Context context);
}
