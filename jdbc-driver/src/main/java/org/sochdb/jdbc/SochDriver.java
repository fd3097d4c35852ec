package org.sochdb.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.jdbc.errors.SqlErrors;

/**
 * The {@code jdbc:sochdb:} driver, registered through {@code META-INF/services/java.sql.Driver}:
 * it reads the URL's options and opens the connection, embedded through {@link EmbeddedDriver}.
 *
 * <p>It is not Calcite's driver class itself so that its class initializer runs before any of
 * Calcite's: {@link QuietLogging} must decide how SLF4J starts before Calcite first logs.
 */
public final class SochDriver implements Driver {
  public static final String NAME = "SochDB";

  static {
    QuietLogging.withoutProvider();
    try {
      DriverManager.registerDriver(new SochDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Made on first connect: creating it loads Calcite. */
  private static final class Embedded {
    static final EmbeddedDriver DRIVER = new EmbeddedDriver();
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    return connectTo(url, info, null);
  }

  /** Opens a connection for {@code url}, or null when the URL is not SochDB's. */
  static Connection connectTo(String url, Properties info, EmbeddedDriver embedded) throws SQLException {
    if (accepts(url) == false) {
      return null;
    }
    ConnectionOptions options;
    try {
      options = ConnectionOptions.parse(url, info);
      if (options.remote()) {
        throw new SochSqlException("0A000", "remote connections (jdbc:sochdb:remote:) are not supported yet; "
            + "open the database embedded, with a path or mem: URL");
      }
    } catch (RuntimeException e) {
      throw SqlErrors.translate(e);
    }
    return (embedded != null ? embedded : Embedded.DRIVER).open(url, options);
  }

  private static boolean accepts(String url) {
    return url != null && url.startsWith(ConnectionOptions.PREFIX);
  }

  @Override
  public boolean acceptsURL(String url) {
    return accepts(url);
  }

  /** The connection options (see the configuration docs), with the values {@code info} gives. */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new java.util.TreeSet<>(ConnectionOptions.KNOWN).stream()
        .map(name -> new DriverPropertyInfo(name, info == null ? null : info.getProperty(name)))
        .toArray(DriverPropertyInfo[]::new);
  }

  @Override
  public int getMajorVersion() {
    return Version.MAJOR;
  }

  @Override
  public int getMinorVersion() {
    return Version.MINOR;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("SochDB logs through SLF4J, not java.util.logging");
  }
}
