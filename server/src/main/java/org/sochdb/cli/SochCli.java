package org.sochdb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.sochdb.cli.bulk.BulkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bin/sochdb} command line: one launcher, a subcommand per job. */
@Command(name = "sochdb", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT, versionProvider = SochCli.Version.class,
    description = "SochDB for Java: an embedded SQL database with key-value, search, queue and graph.",
    subcommands = {VersionCommand.class, SqlCommand.class, KvCommand.class, DemoCommand.class, BulkCommand.class})
public final class SochCli {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of main). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new SochCli()).setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + e.getMessage());
      return 1;
    });
    return cl.execute(args);
  }

  /** The build's version, from the filtered {@code version.properties}. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = SochCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException ignored) {
      // reported as unknown below
    }
    return p.getProperty("version", "unknown");
  }

  /** Supplies {@code --version}. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"SochDB " + version()};
    }
  }
}
