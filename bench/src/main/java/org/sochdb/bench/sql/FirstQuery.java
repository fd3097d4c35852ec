package org.sochdb.bench.sql;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Measurement 4, run in a fresh JVM by {@link OpenBench}: {@code FirstQuery <engine> <dir>}
 * opens an existing file database, runs one point select, and prints
 * {@code fromJvmStartMs=... fromConnectMs=... connectMs=...}: from the JVM's start, and from
 * the {@code getConnection} call, to the first row read; and the {@code getConnection} call alone.
 */
public final class FirstQuery {
  private FirstQuery() {}

  public static void main(String[] args) throws Exception {
    Engine engine = Engine.parse(args[0]);
    Path dir = Path.of(args[1]);
    long wallAtConnect = System.currentTimeMillis();
    long t0 = System.nanoTime();
    String name;
    long connected;
    long done;
    try (Connection c = DriverManager.getConnection(engine.url(dir))) {
      connected = System.nanoTime();
      try (PreparedStatement ps = c.prepareStatement(PointSelect.SQL)) {
        ps.setInt(1, 1);
        try (ResultSet rs = ps.executeQuery()) {
          name = rs.next() ? rs.getString(1) : null;
        }
      }
      done = System.nanoTime();
    }
    if (name == null) {
      throw new IllegalStateException("row 1 of t not found in " + dir);
    }
    double fromConnect = (done - t0) / 1e6;
    double fromJvmStart = wallAtConnect - ManagementFactory.getRuntimeMXBean().getStartTime() + fromConnect;
    System.out.printf(java.util.Locale.ROOT, "fromJvmStartMs=%.1f fromConnectMs=%.1f connectMs=%.1f%n", fromJvmStart,
        fromConnect, (connected - t0) / 1e6);
  }
}
