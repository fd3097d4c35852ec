package org.sochdb.adapter.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.catalog.NamespaceDef;

/**
 * The tables of schema {@code sys}, read fresh by every scan:
 * <ul>
 *   <li>{@code sys.stats}: one row of the engine's counters, {@code keys_count, bytes_written,
 *       bytes_read, transactions_committed, transactions_aborted, cache_hits, cache_misses,
 *       wal_lsn, background_failures} (all BIGINT; see {@link org.sochdb.storage.StorageStats}).
 *       {@code background_failures} turns 1 when a background checkpoint or log sync fails:
 *       the database then refuses commits until it is reopened, and each refusal says why.</li>
 *   <li>{@code sys.namespaces}: {@code name, display_name, labels} (a JSON object) and
 *       {@code created_at} (TIMESTAMP, UTC) of each namespace the connection sees.</li>
 * </ul>
 */
public final class SysTables {
  /** The schema's name. */
  public static final String SCHEMA = "sys";

  private SysTables() {}

  /** {@code sys.stats}. */
  public static final class Stats extends AbstractTable implements ScannableTable {
    /** The columns, in order: the names of {@code StorageStats.asMap()}. */
    public static final List<String> COLUMNS = List.of("keys_count", "bytes_written", "bytes_read",
        "transactions_committed", "transactions_aborted", "cache_hits", "cache_misses", "wal_lsn",
        "background_failures");

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
      RelDataTypeFactory.Builder b = f.builder();
      COLUMNS.forEach(c -> b.add(c, SqlTypeName.BIGINT));
      return b.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      Map<String, Long> m = SochSessions.of(root).database().storage().stats().asMap();
      Object[] row = COLUMNS.stream().map(m::get).toArray();
      return Linq4j.singletonEnumerable(row);
    }
  }

  /** {@code sys.namespaces}. */
  public static final class Namespaces extends AbstractTable implements ScannableTable {
    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
      return f.builder().add("name", SqlTypeName.VARCHAR).add("display_name", SqlTypeName.VARCHAR)
          .add("labels", SqlTypeName.VARCHAR).add("created_at", SqlTypeName.TIMESTAMP).build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      SochSession session = SochSessions.of(root);
      List<Object[]> rows = new ArrayList<>();
      for (NamespaceDef ns : session.catalog().namespaces()) {
        rows.add(new Object[] {ns.name(), ns.displayName(), OpsFunctions.labelsJson(ns.labels()), ns.createdAtMs()});
      }
      rows.sort((a, b) -> ((String) a[0]).compareTo((String) b[0]));
      return Linq4j.asEnumerable(rows);
    }
  }

  /**
   * {@code sys.triggers}: every row trigger the connection's catalog holds, with what fires it
   * and what it runs (the class, or {@code SCRIPT} for inline JavaScript).
   */
  public static final class Triggers extends AbstractTable implements ScannableTable {
    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
      return f.builder().add("schema_name", SqlTypeName.VARCHAR).add("trigger_name", SqlTypeName.VARCHAR)
          .add("table_name", SqlTypeName.VARCHAR).add("timing", SqlTypeName.VARCHAR)
          .add("event", SqlTypeName.VARCHAR).add("action", SqlTypeName.VARCHAR).build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      List<Object[]> rows = new ArrayList<>();
      for (org.sochdb.storage.catalog.TriggerDef t : SochSessions.of(root).catalog().triggers()) {
        rows.add(new Object[] {t.schema(), t.name(), t.table(), t.timing(), t.event(),
            t.className() != null ? t.className() : "SCRIPT"});
      }
      rows.sort((a, b) -> (a[0] + "." + a[1]).compareTo(b[0] + "." + b[1]));
      return Linq4j.asEnumerable(rows);
    }
  }
}
