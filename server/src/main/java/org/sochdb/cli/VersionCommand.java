package org.sochdb.cli;

import java.util.concurrent.Callable;
import org.sochdb.storage.Database;
import picocli.CommandLine.Command;

/** {@code sochdb version}: the build and on-disk format versions. */
@Command(name = "version", description = "Print the SochDB version and on-disk format.")
final class VersionCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println("SochDB " + SochCli.version() + " (format " + Database.FORMAT_VERSION
        + ", Java " + System.getProperty("java.version") + ")");
    return 0;
  }
}
