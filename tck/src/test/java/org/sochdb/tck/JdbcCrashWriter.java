package org.sochdb.tck;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The child of {@link JdbcCrashTest}: commits transactions of three rows through JDBC and
 * appends each transaction's number to a report file (one unbuffered write) once commit
 * returns. Runs until killed.
 */
public final class JdbcCrashWriter {
  private JdbcCrashWriter() {}

  public static void main(String[] args) throws Exception {
    String url = "jdbc:sochdb:" + args[0] + ";sync_mode=" + args[1];
    long n = Long.parseLong(args[2]);
    try (Connection c = DriverManager.getConnection(url); FileOutputStream report = new FileOutputStream(args[3], true)) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS t (n BIGINT, part INTEGER, payload VARCHAR, PRIMARY KEY (n, part))");
      }
      c.setAutoCommit(false);
      String payload = "x".repeat(2000);
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
        while (true) {
          n++;
          for (int part = 0; part < 3; part++) {
            ins.setLong(1, n);
            ins.setInt(2, part);
            ins.setString(3, payload);
            ins.executeUpdate();
          }
          c.commit();
          report.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
        }
      }
    }
  }
}
