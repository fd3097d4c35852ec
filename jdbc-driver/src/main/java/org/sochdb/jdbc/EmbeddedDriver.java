package org.sochdb.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.SochConnectionImpl;
import org.sochdb.adapter.ddl.SochDdlExecutor;
import org.sochdb.adapter.plan.SochPrepare;
import org.sochdb.adapter.schema.SchemaSync;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.jdbc.errors.SqlErrors;

/**
 * The embedded half of the {@code jdbc:sochdb:} driver: Calcite's JDBC machinery over SochDB's
 * storage, with SochDB's parser, DDL, rules, plan cache and transactional Meta. Not registered
 * with {@code DriverManager} itself: {@link SochDriver} is, and opens embedded connections here.
 */
final class EmbeddedDriver extends org.apache.calcite.jdbc.Driver {
  private static final SochPrepare PREPARE = new SochPrepare();

  EmbeddedDriver() {
    super(() -> PREPARE);
  }

  @Override
  protected String getConnectStringPrefix() {
    return ConnectionOptions.PREFIX;
  }

  /** Calcite's JDBC objects, with SochDB's DatabaseMetaData. */
  @Override
  protected String getFactoryClassName(JdbcVersion jdbcVersion) {
    return SochJdbcFactory.class.getName();
  }

  @Override
  protected DriverVersion createDriverVersion() {
    String v = Version.VERSION;
    return new DriverVersion("SochDB JDBC Driver", v, SochDriver.NAME, v, false, Version.MAJOR, Version.MINOR, Version.MAJOR,
        Version.MINOR);
  }

  @Override
  public CalcitePrepare createPrepare() {
    return PREPARE;
  }

  @Override
  public Meta createMeta(AvaticaConnection connection) {
    return new SochMeta(connection);
  }

  /** Opens an embedded connection to the database {@code options} describe. */
  Connection open(String url, ConnectionOptions options) throws SQLException {
    try {
      SochDatabase db = SochDatabase.acquire(options.storage());
      try {
        return open(url, db);
      } catch (RuntimeException | SQLException e) {
        db.release();
        throw e;
      }
    } catch (RuntimeException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    return SochDriver.connectTo(url, info, this);
  }

  private Connection open(String url, SochDatabase db) throws SQLException {
    Properties p = new Properties();
    p.setProperty("unquotedCasing", "UNCHANGED");
    p.setProperty("quotedCasing", "UNCHANGED");
    p.setProperty("caseSensitive", "false");
    p.setProperty("quoting", "DOUBLE_QUOTE");
    p.setProperty("conformance", "LENIENT");
    p.setProperty("fun", "standard,postgresql");
    p.setProperty("materializationsEnabled", "false");
    p.setProperty("parserFactory", SochDdlExecutor.class.getName() + "#PARSER_FACTORY");
    AvaticaConnection conn = factory.newConnection(this, factory, url, p);
    handler.onConnectionInit(conn);
    SochSession session = new SochSession(db);
    SochConnectionImpl soch = (SochConnectionImpl) conn;
    soch.attach(session);
    CalciteSchema root = CalciteSchema.from(conn.unwrap(org.apache.calcite.jdbc.CalciteConnection.class).getRootSchema());
    root.removeSubSchema("metadata");
    // SQL functions are installed by SochPrepare before the connection's first planned statement.
    SchemaSync.sync(root, session);
    conn.setSchema(SochDatabase.DEFAULT_NAMESPACE);
    return JdbcWrapper.wrap(conn, new SessionHooks(soch, session));
  }
}
