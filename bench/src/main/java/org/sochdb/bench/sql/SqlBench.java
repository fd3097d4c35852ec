package org.sochdb.bench.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SochDB's embedded JDBC driver against H2 embedded, same data, same JVM, engines alternating
 * (see {@link BenchConfig} for the options):
 *
 * <ol>
 *   <li>prepared point select by primary key on a 100,000-row table;</li>
 *   <li>single-row prepared inserts in auto-commit;</li>
 *   <li>a plain Statement re-executed with varying, and with identical, literals;</li>
 *   <li>opening an existing database and running a first query, in a fresh JVM;</li>
 *   <li>a join with GROUP BY over 1,000,000 orders and 10,000 customers, and a filtered full scan.</li>
 * </ol>
 *
 * Prints each measurement's samples as it goes, then a Markdown table of medians and SochDB/H2
 * ratios (lower is better) against the goals.
 */
public final class SqlBench {
  static final int T_ROWS = 100_000;
  static final int POINT_OPS = 50_000;
  static final int INSERT_OPS = 20_000;
  static final int LITERAL_OPS = 2_000;
  static final int IDENTICAL_OPS = 20_000;
  static final int CUSTOMERS = 10_000;
  static final int ORDERS = 1_000_000;
  static final int ORDERS_FALLBACK = 200_000;
  static final long ORDERS_LOAD_BUDGET_MS = 5 * 60_000;
  /** Each round of a per-operation measurement is cut into this many alternating slices. */
  static final int SLICES = 10;

  private final BenchConfig cfg;
  private final Path base;
  private final Map<Engine, Connection> connections = new EnumMap<>(Engine.class);
  private final Interleaver interleaver;
  private final ResultTable table = new ResultTable();
  private final List<String> notes = new ArrayList<>();

  private SqlBench(BenchConfig cfg, Path base) {
    this.cfg = cfg;
    this.base = base;
    this.interleaver = new Interleaver(cfg.engines());
  }

  public static void main(String[] args) throws Exception {
    BenchConfig cfg = BenchConfig.parse(args);
    Path base = Dirs.base(cfg.dir());
    System.out.println("# SQL benchmark: SochDB vs H2 (scale " + cfg.scale() + ", " + cfg.reps() + " reps)");
    System.out.println("JVM: " + RunInfo.jvm());
    System.out.println("command: " + RunInfo.commandLine(args));
    System.out.println("databases under " + base);
    SqlBench b = new SqlBench(cfg, base);
    String versions;
    try {
      b.connect();
      versions = RunInfo.versions(b.connections);
      System.out.println("engines: " + versions);
      b.run();
    } finally {
      b.closeAll();
      if (cfg.keep() == false) {
        Dirs.delete(base);
      }
    }
    System.out.println();
    System.out.println("## Results");
    System.out.println();
    System.out.print(b.table.markdown());
    System.out.println();
    b.notes.forEach(n -> System.out.println("- " + n));
    System.out.println("- JVM: " + RunInfo.jvm());
    System.out.println("- engines: " + versions);
    System.out.println("- command: `" + RunInfo.commandLine(args) + "`");
  }

  private void connect() throws SQLException {
    for (Engine e : cfg.engines()) {
      connections.put(e, DriverManager.getConnection(e.url(e.dir(base))));
    }
  }

  private void closeAll() throws SQLException {
    for (Connection c : connections.values()) {
      c.close();
    }
    connections.clear();
  }

  private Connection c(Engine e) {
    return connections.get(e);
  }

  private void run() throws Exception {
    int rows = cfg.scaled(T_ROWS);
    if (cfg.runs("point") || cfg.runs("insert") || cfg.runs("literal") || cfg.runs("open")) {
      loadT(rows);
    }
    if (cfg.runs("point")) {
      int ops = cfg.scaled(POINT_OPS);
      var s = interleaver.run("point select", 2, cfg.reps(), SLICES,
          (e, seq) -> PointSelect.microsPerOp(c(e), ops / SLICES, rows, seq));
      table.add("1. point select by PK, prepared (" + String.format("%,d", ops) + " ops, " + String.format("%,d", rows)
          + " rows)", "µs/op", s, 1.5);
    }
    if (cfg.runs("insert")) {
      int ops = cfg.scaled(INSERT_OPS);
      var s = interleaver.run("single-row insert", 1, cfg.reps(), SLICES,
          (e, seq) -> SingleInsert.microsPerOp(c(e), ops / SLICES, seq));
      table.add("2. single-row insert, prepared, auto-commit (" + String.format("%,d", ops) + " rows)", "µs/op", s, 1.5);
    }
    if (cfg.runs("literal")) {
      int ops = cfg.scaled(LITERAL_OPS);
      var s = interleaver.run("statement, varying literal", 1, cfg.slowReps(), SLICES,
          (e, seq) -> LiteralStatements.varyingMicrosPerOp(c(e), ops / SLICES, rows, seq));
      table.add("3a. Statement, same text with varying literal (" + String.format("%,d", ops) + " ops)", "µs/op", s, 3);
      int same = cfg.scaled(IDENTICAL_OPS);
      s = interleaver.run("statement, identical literal", 1, cfg.reps(), SLICES,
          (e, seq) -> LiteralStatements.identicalMicrosPerOp(c(e), same / SLICES, rows));
      table.add("3b. Statement, identical text re-executed (" + String.format("%,d", same) + " ops)", "µs/op", s, 3);
    }
    if (cfg.runs("olap")) {
      olap();
    }
    if (cfg.runs("open")) {
      closeAll();
      open();
    }
  }

  private void loadT(int rows) throws Exception {
    Map<Engine, List<Double>> loads = new EnumMap<>(Engine.class);
    for (Engine e : cfg.engines()) {
      Schema.create(c(e), Schema.OLTP);
      loads.put(e, List.of(Loader.loadT(c(e), rows)));
    }
    System.out.println("  load t: " + loads + " ms");
    table.add("load t: " + String.format("%,d", rows) + " rows, batches in 10k-row transactions", "ms", loads,
        Double.NaN);
  }

  private void olap() throws Exception {
    int customers = cfg.scaled(CUSTOMERS);
    int orders = cfg.scaled(ORDERS);
    Map<Engine, List<Double>> loads = new EnumMap<>(Engine.class);
    for (Engine e : cfg.engines()) { // SochDB first: it decides the row count if its load is too slow
      Schema.create(c(e), Schema.OLAP);
      double ms = Loader.loadCustomers(c(e), customers);
      Loader.Loaded o = Loader.loadOrders(c(e), orders, customers, ORDERS_LOAD_BUDGET_MS, cfg.scaled(ORDERS_FALLBACK));
      if (o.rows() != orders) {
        notes.add(String.format("%s's load of %,d orders was projected past %d minutes: every engine loaded %,d",
            e.label, orders, ORDERS_LOAD_BUDGET_MS / 60_000, o.rows()));
        orders = o.rows();
      }
      loads.put(e, List.of((ms + o.millis()) / 1000));
      System.out.printf("  load %s: customers %.0f ms, orders %.0f ms%n", e.label, ms, o.millis());
    }
    table.add("load customers + orders: " + String.format("%,d + %,d", customers, orders)
        + " rows, batches in 10k-row transactions", "s", loads, Double.NaN);
    for (Engine e : cfg.engines()) {
      notes.add(String.format("%s database size after loading: %.1f MB", e.label, Dirs.sizeBytes(e.dir(base)) / 1e6));
    }
    String rows = String.format("%,d", orders);
    query("5a. JOIN + GROUP BY country, SUM/COUNT (" + rows + " orders)", Analytics.JOIN_GROUP_BY, customers);
    query("5b. full scan, COUNT(*) WHERE amount > 500 (" + rows + " orders)", Analytics.FILTER_COUNT, customers);
  }

  private void query(String label, String sql, int customers) throws Exception {
    Map<Engine, String> answers = new LinkedHashMap<>();
    var s = interleaver.run(label, 2, cfg.slowReps(), 1, (e, r) -> {
      Analytics.touchOrders(c(e), customers);
      Analytics.Run run = Analytics.run(c(e), sql);
      answers.put(e, run.answer());
      return run.millis();
    });
    if (answers.values().stream().distinct().count() > 1) {
      notes.add("ANSWERS DIFFER for " + label + ": " + answers);
      System.out.println("  WARNING: answers differ: " + answers);
    }
    table.add(label, "ms", s, 1.0);
  }

  private void open() throws Exception {
    Map<Engine, List<Double>> fromConnect = new EnumMap<>(Engine.class);
    cfg.engines().forEach(e -> fromConnect.put(e, new ArrayList<>()));
    var fromStart = interleaver.run("open + first query, from JVM start (fresh JVM)", 1, cfg.slowReps(), 1, (e, r) -> {
      OpenBench.Times t = OpenBench.run(e, e.dir(base));
      System.out.printf("    %s run %d: from JVM start %.0f ms, from connect %.0f ms (connect alone %.0f ms)%n",
          e.label, r, t.fromJvmStart(), t.fromConnect(), t.connect());
      if (Interleaver.warmup(r, 1, 1) == false) {
        fromConnect.get(e).add(t.fromConnect());
      }
      return t.fromJvmStart();
    });
    table.add("4a. open existing DB + first query, from JVM start (fresh JVM)", "ms", fromStart, 2);
    table.add("4b. open existing DB + first query, from connect call (fresh JVM)", "ms", fromConnect, 2);
  }
}
