package org.apache.calcite.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaFactory;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;

/**
 * SochDB's JDBC connection: Calcite's, but with its configuration read once. Calcite builds
 * a new config on every {@code config()} call and re-parses every connection property on
 * every getter; it asks for the time zone, locale and more on each statement execution,
 * which was a third of a primary-key lookup. The properties do not change after connect,
 * so each answer is kept.
 */
public class SochConnectionImpl extends CalciteConnectionImpl {
  private static final Object NULL = new Object();
  // Set lazily: Avatica's constructor already asks for the config, before these fields exist.
  private volatile CalciteConnectionConfig config;
  private volatile TimeZone timeZone;

  public SochConnectionImpl(Driver driver, AvaticaFactory factory, String url, Properties info,
      CalciteSchema rootSchema, JavaTypeFactory typeFactory) {
    super(driver, factory, url, info, rootSchema, typeFactory);
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
              v = invoke(inner, m, null);
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
