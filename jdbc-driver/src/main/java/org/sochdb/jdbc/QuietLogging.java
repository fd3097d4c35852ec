package org.sochdb.jdbc;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Starts SLF4J without its "no providers" warning when the application has no logging provider.
 *
 * <p>The driver's own logs and Calcite's go through SLF4J, so an application's SLF4J provider
 * (Logback, Log4j, slf4j-simple) receives them. An application without one would see SLF4J's
 * three-line warning on the first connection, about a choice the application never made; with no
 * provider on the class path, SLF4J is started once with its internal messages limited to errors
 * (property {@value #VERBOSITY}, which SLF4J reads once), and the property is then put back. An
 * application that sets the property, or names a provider with {@code slf4j.provider}, decides
 * itself.
 */
final class QuietLogging {
  static final String VERBOSITY = "slf4j.internal.verbosity";

  private QuietLogging() {}

  static void withoutProvider() {
    if (System.getProperty(VERBOSITY) != null || System.getProperty("slf4j.provider") != null || hasProvider()) {
      return;
    }
    System.setProperty(VERBOSITY, "ERROR");
    try {
      LoggerFactory.getILoggerFactory();
    } finally {
      System.clearProperty(VERBOSITY);
    }
  }

  private static boolean hasProvider() {
    ClassLoader loader = LoggerFactory.class.getClassLoader();
    return ServiceLoader.load(SLF4JServiceProvider.class, loader).iterator().hasNext()
        || loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null;
  }
}
