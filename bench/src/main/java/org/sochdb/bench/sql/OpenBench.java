package org.sochdb.bench.sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement 4: runs {@link FirstQuery} in a new JVM with this JVM's classpath against an
 * engine's existing (closed) database and parses what it prints.
 */
final class OpenBench {
  private static final Pattern OUT = Pattern.compile(
      "fromJvmStartMs=([0-9.]+) fromConnectMs=([0-9.]+) connectMs=([0-9.]+)");

  private OpenBench() {}

  /** Milliseconds from JVM start and from the connect call to the first row, and of the connect call alone. */
  record Times(double fromJvmStart, double fromConnect, double connect) {}

  static Times run(Engine engine, Path dir) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        FirstQuery.class.getName(), engine.name(), dir.toString()));
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    Matcher m = OUT.matcher(out);
    if (rc != 0 || m.find() == false) {
      throw new IllegalStateException("FirstQuery " + engine + " failed (exit " + rc + "):\n" + out);
    }
    return new Times(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
  }
}
