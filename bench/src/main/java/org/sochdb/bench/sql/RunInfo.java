package org.sochdb.bench.sql;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** What a report needs besides the numbers: JVM, machine, engine versions, command line. */
final class RunInfo {
  private RunInfo() {}

  static String jvm() {
    Runtime rt = Runtime.getRuntime();
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + rt.availableProcessors()
        + " CPUs, max heap " + rt.maxMemory() / (1 << 20) + " MB";
  }

  static String commandLine(String[] args) {
    StringBuilder sb = new StringBuilder("java");
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      sb.append(' ').append(a);
    }
    sb.append(" -cp bench/target/classes:$(cat bench/target/bench.classpath) ").append(SqlBench.class.getName());
    for (String a : args) {
      sb.append(' ').append(a);
    }
    return sb.toString();
  }

  static String versions(Map<Engine, Connection> connections) throws SQLException {
    StringBuilder sb = new StringBuilder();
    for (var e : connections.entrySet()) {
      var md = e.getValue().getMetaData();
      sb.append(sb.length() == 0 ? "" : ", ").append(md.getDatabaseProductName()).append(' ')
          .append(md.getDatabaseProductVersion()).append(" (").append(e.getKey().url(java.nio.file.Path.of("<dir>"))).append(')');
    }
    return sb.toString();
  }
}
