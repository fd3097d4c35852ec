package org.sochdb.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's main in a separate JVM on this test's class path. */
public final class ChildJvm {
  private ChildJvm() {}

  public static Process start(Class<?> main, String... args) throws IOException {
    return start(List.of(), main, args);
  }

  /** The same with extra JVM options, such as {@code -verbose:class}. */
  public static Process start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }
}
