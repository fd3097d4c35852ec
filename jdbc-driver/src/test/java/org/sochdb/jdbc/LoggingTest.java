package org.sochdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The driver's logging in an application's JVM (a child JVM each): silent without an SLF4J
 * provider, and heard through the application's provider when it has one.
 */
class LoggingTest {
  /** What the application does: connect, plan a query, run it. */
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:mem:logging"); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, g INTEGER)");
      s.execute("INSERT INTO t VALUES (1, 2), (2, 1)");
      try (ResultSet rs = s.executeQuery("SELECT a.g, COUNT(*) FROM t a JOIN t b ON a.id = b.g GROUP BY a.g")) {
        while (rs.next()) {
          System.out.println(rs.getInt(1) + ":" + rs.getLong(2));
        }
      }
    }
  }

  @Test
  void withoutAProviderNothingIsPrinted() throws Exception {
    Run run = run(classPath(false));
    assertEquals(0, run.exit, run.err);
    assertEquals("", run.err, "nothing on stderr, SLF4J's warning included");
  }

  @Test
  void theApplicationsProviderReceivesTheDriversLogs() throws Exception {
    Run run = run(classPath(true), "-Dorg.slf4j.simpleLogger.log.org.sochdb=debug");
    assertEquals(0, run.exit, run.err);
    assertTrue(run.err.contains("org.sochdb.adapter.session.SochDatabase - opened database mem:logging"), run.err);
    assertFalse(run.err.contains("SLF4J"), run.err);
  }

  /** This test's class path without SLF4J providers, plus slf4j-simple when {@code withSimple}. */
  private static String classPath(boolean withSimple) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.contains("slf4j-nop") == false && (withSimple || e.contains("slf4j-simple") == false))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String classPath, String... jvmOptions) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m"));
    cmd.addAll(List.of(jvmOptions));
    cmd.addAll(List.of("-cp", classPath, LoggingTest.class.getName()));
    Process p = new ProcessBuilder(cmd).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    Run run = new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    assertEquals("1:1\n2:1\n", run.out.replace("\r", ""), run.err);
    return run;
  }
}
