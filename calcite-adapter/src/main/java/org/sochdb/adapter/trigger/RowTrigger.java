package org.sochdb.adapter.trigger;

import java.util.Map;

/**
 * A row trigger written in Java, attached to a table with
 * {@code CREATE TRIGGER name {BEFORE|AFTER} {INSERT|UPDATE|DELETE} ON t FOR EACH ROW CALL 'com.example.MyTrigger'}.
 *
 * <p>The class must be public, have a public no-argument constructor and be visible to the thread
 * context class loader of the thread running the statement (or to SochDB's own class loader).
 * {@code CREATE TRIGGER} checks all of that and fails with SQLSTATE 42000 naming the class otherwise.
 * SochDB creates one instance per trigger for each statement that fires it (cascaded foreign-key
 * writes may create more), so instances need not be thread-safe and should keep no state between
 * statements.
 *
 * <p>Rows are maps from column name (as the table spells it; lookups ignore case) to value, with the
 * Java type of each SQL type: BOOLEAN {@code Boolean}, TINYINT {@code Byte}, SMALLINT {@code Short},
 * INTEGER {@code Integer}, BIGINT {@code Long}, REAL {@code Float}, DOUBLE {@code Double}, DECIMAL
 * {@code java.math.BigDecimal}, CHAR/VARCHAR/TEXT {@code String}, VARBINARY {@code byte[]}, DATE
 * {@code java.time.LocalDate}, TIME {@code java.time.LocalTime}, TIMESTAMP
 * {@code java.time.LocalDateTime}, VECTOR {@code float[]}; SQL NULL is {@code null}. A trigger may put
 * any value a JDBC {@code setObject} would accept for the column (a {@code String} for a DATE, an
 * {@code Integer} for a BIGINT, an {@code Instant} for a TIMESTAMP...).
 *
 * <p>The trigger runs inside the statement's transaction, before (BEFORE) or after (AFTER) each row is
 * written. Throwing {@link TriggerAbortException} (or any exception) aborts the whole statement: none
 * of its rows are written, and the application gets an {@code SQLException}
 * ({@code org.sochdb.adapter.trigger.TriggerAbortException}, SQLSTATE 45000, for a
 * {@code TriggerAbortException}; SQLSTATE 38000 for anything else). The trigger is given no database
 * connection; it must not write to the same database through another one.
 */
@FunctionalInterface
public interface RowTrigger {

  /**
   * Fires for one row.
   *
   * @param ctx which trigger fired, on which table, and why
   * @param oldRow the row before the change (UPDATE, DELETE); null for INSERT; read-only
   * @param newRow the row about to be written (BEFORE INSERT/UPDATE; modifiable) or just written
   *     (AFTER INSERT/UPDATE; read-only); null for DELETE
   * @return for BEFORE INSERT and BEFORE UPDATE, the row to write instead: {@code newRow} itself
   *     (changed or not), or another map whose entries replace those of {@code newRow} (columns it
   *     leaves out keep their values; an entry with a {@code null} value sets NULL). {@code null}
   *     means {@code newRow} as it now is. Ignored for every other kind of trigger.
   * @throws TriggerAbortException to abort the statement with an application error code
   * @throws Exception anything else also aborts the statement (SQLSTATE 38000; an {@code SQLException}
   *     keeps its own SQLSTATE)
   */
  Map<String, Object> fire(TriggerContext ctx, Map<String, Object> oldRow, Map<String, Object> newRow)
      throws Exception;
}
