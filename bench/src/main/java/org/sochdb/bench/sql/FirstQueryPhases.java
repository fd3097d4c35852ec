package org.sochdb.bench.sql;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Where a fresh JVM's first query spends its time, per phase (driver class init, connect,
 * prepare, execute): milliseconds and classes loaded. A probe to read beside measurement 4,
 * not a measurement; run it once per engine on an existing database with a table {@code t}:
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/bench.classpath) org.sochdb.bench.sql.FirstQueryPhases \
 *   jdbc:sochdb:DIR [SQL with one int parameter, default: SELECT name FROM t WHERE id = ?]
 * </pre>
 */
public final class FirstQueryPhases {
  private static long t0;
  private static int c0;

  private FirstQueryPhases() {}

  private static void phase(String what) {
    long now = System.nanoTime();
    int c = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    System.out.printf(java.util.Locale.ROOT, "%-8s %7.1f ms  +%d classes%n", what, (now - t0) / 1e6, c - c0);
    t0 = now;
    c0 = c;
  }

  public static void main(String[] args) throws Exception {
    long toMain = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    t0 = System.nanoTime();
    c0 = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    long start = t0;
    String url = args[0];
    Class.forName(url.startsWith("jdbc:h2") ? "org.h2.Driver" : "org.sochdb.jdbc.SochDriver");
    phase("driver");
    try (Connection c = DriverManager.getConnection(url)) {
      phase("connect");
      try (PreparedStatement ps = c.prepareStatement(args.length > 1 ? args[1] : PointSelect.SQL)) {
        phase("prepare");
        ps.setInt(1, 1);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
        }
        phase("execute");
      }
    }
    System.out.printf(java.util.Locale.ROOT, "from JVM start %.1f ms%n", toMain + (System.nanoTime() - start) / 1e6);
  }
}
