package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's crash test through JDBC: a child JVM commits through the driver and is
 * killed with SIGKILL at random moments; after each kill the database reopens through JDBC
 * with every reported commit (full mode; a prefix in normal mode) whole, nothing partial, and nothing but the one commit that may
 * have been in flight. Seed from {@code -Dsochdb.seed}.
 */
class JdbcCrashTest {
  @TempDir
  Path dir;

  @Test
  void killNineThroughJdbcLosesNoReportedCommit() throws Exception {
    long seed = Long.getLong("sochdb.seed", System.nanoTime());
    Random r = new Random(seed);
    long start = 0;
    for (int round = 0; round < 8; round++) {
      String ctx = "seed=" + seed + " round=" + round;
      Path report = Files.createTempFile(dir, "jdbc-crash", ".txt");
      Process child = Tck.child(JdbcCrashWriter.class, dir.resolve("db").toString(),
          round % 2 == 0 ? "full" : "normal", Long.toString(start), report.toString());
      Tck.killAfterFirstReport(child, report, r.nextInt(400), ctx);
      long reported = lastLine(report, start);
      Files.delete(report);
      assertTrue(reported > start, ctx + ": the child committed nothing");
      try (Connection c = DriverManager.getConnection("jdbc:sochdb:" + dir.resolve("db"));
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT n, COUNT(*) FROM t GROUP BY n ORDER BY n")) {
        List<Long> present = new ArrayList<>();
        while (rs.next()) {
          assertEquals(3, rs.getInt(2), ctx + ": transaction " + rs.getLong(1) + " is partial");
          present.add(rs.getLong(1));
        }
        long last = present.get(present.size() - 1);
        assertEquals(last, present.size(), ctx + ": commits must be the prefix 1.." + last);
        if (round % 2 == 0) { // sync_mode=full: every commit that returned is there
          assertTrue(last >= reported, ctx + ": reported commit " + reported + " lost; have " + last);
        } // normal: the last sync interval's commits may be gone; the rest is a whole prefix
        assertTrue(last <= reported + 1, ctx + ": more than the in-flight commit: " + last);
        start = last;
      }
    }
  }

  private static long lastLine(Path report, long none) throws java.io.IOException {
    long last = none;
    for (String line : Files.readAllLines(report)) {
      if (line.isEmpty() == false) {
        last = Long.parseLong(line);
      }
    }
    return last;
  }
}
