package org.apache.calcite.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaFactory;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.remote.TypedValue;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sochdb.adapter.plan.SochConformance;
import org.sochdb.adapter.session.SessionDataContext;
import org.sochdb.adapter.session.SessionPrepareContext;
import org.sochdb.adapter.session.SochSession;

/**
 * SochDB's JDBC connection: Calcite's, carrying the connection's {@link SochSession} into every
 * statement's {@link DataContext} and prepare context, with its configuration read once.
 *
 * <p>The one class of SochDB in Calcite's package, because {@link CalciteConnectionImpl} is
 * package-private (so its subclass must live here) and so is its {@code server} field, which holds
 * each statement's signature ({@link #signature}). Avatica's protected members a {@code Meta}
 * cannot reach go through here too ({@link #resultSet}, {@link #parameterValues}), and so does the
 * package-private {@link #meta()}.
 *
 * <p>Calcite builds a new config on every {@code config()} call and re-parses every connection
 * property on every getter; it asks for the time zone, locale and more on each statement
 * execution, which was a third of a primary-key lookup. The properties do not change after
 * connect, so each answer is kept; the conformance is {@link SochConformance}, which a connection
 * property can only name as one of Calcite's enum values.
 */
public class SochConnectionImpl extends CalciteConnectionImpl {
  private static final Object NULL = new Object();
  // Set lazily: Avatica's constructor already asks for the config, before these fields exist.
  private volatile CalciteConnectionConfig config;
  private volatile TimeZone timeZone;
  private volatile SochSession session;

  public SochConnectionImpl(Driver driver, AvaticaFactory factory, String url, Properties info,
      CalciteSchema rootSchema, JavaTypeFactory typeFactory) {
    super(driver, factory, url, info, rootSchema, typeFactory);
  }

  /** Gives the connection its session; done once, as the driver opens it. */
  public void attach(SochSession s) {
    this.session = s;
  }

  public SochSession session() {
    return session;
  }

  @Override
  public DataContext createDataContext(Map<String, Object> parameterValues, @Nullable CalciteSchema rootSchema) {
    return new SessionDataContext(super.createDataContext(parameterValues, rootSchema), session);
  }

  @Override
  public CalcitePrepare.Context createPrepareContext() {
    return new SessionPrepareContext(super.createPrepareContext(), session);
  }

  /** The signature a statement was prepared with, or null before it was. */
  public Meta.@Nullable Signature signature(Meta.StatementHandle h) throws NoSuchStatementException {
    return server.getStatement(h).getSignature();
  }

  /** The connection's {@code Meta}, made public (Calcite keeps it package-private). */
  @Override
  public CalciteMetaImpl meta() {
    return super.meta();
  }

  /** A JDBC result set over rows a {@code Meta} made (metadata, generated keys), not over a query. */
  public ResultSet resultSet(Meta.MetaResultSet rows) throws SQLException {
    return createResultSet(rows, null);
  }

  /** The values bound to a statement's parameters. */
  public List<TypedValue> parameterValues(AvaticaStatement statement) {
    return TROJAN.getParameterValues(statement);
  }

  @Override
  public CalciteConnectionConfig config() {
    CalciteConnectionConfig c = config;
    if (c == null) {
      c = memoizing(new CalciteConnectionConfigImpl(info));
      config = c;
    }
    return c;
  }

  @Override
  public TimeZone getTimeZone() {
    TimeZone tz = timeZone;
    if (tz == null) {
      String name = config().timeZone();
      tz = name == null ? TimeZone.getDefault() : TimeZone.getTimeZone(name);
      timeZone = tz;
    }
    return tz;
  }

  /** A config answering each argument-less getter from a cache; the rest go through. */
  private static CalciteConnectionConfig memoizing(CalciteConnectionConfig inner) {
    ConcurrentHashMap<Method, Object> answers = new ConcurrentHashMap<>();
    return (CalciteConnectionConfig) Proxy.newProxyInstance(CalciteConnectionConfig.class.getClassLoader(),
        new Class<?>[] {CalciteConnectionConfig.class}, (proxy, m, args) -> {
          if (args == null || args.length == 0) {
            Object v = answers.get(m);
            if (v == null) {
              v = m.getName().equals("conformance") ? SochConformance.INSTANCE : invoke(inner, m, null);
              answers.put(m, v == null ? NULL : v);
            }
            return v == NULL ? null : v;
          }
          return invoke(inner, m, args);
        });
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
