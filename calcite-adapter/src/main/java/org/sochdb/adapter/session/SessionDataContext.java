package org.sochdb.adapter.session;

import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;

/**
 * A statement's {@link DataContext} that also answers the variable {@link SochSessions#VARIABLE}
 * with the connection's {@link SochSession}: how generated code, table functions and
 * context functions reach the caller's session and transaction. The driver's connection wraps
 * every context it makes in one.
 */
public record SessionDataContext(DataContext inner, SochSession session) implements DataContext {
  @Override
  public SchemaPlus getRootSchema() {
    return inner.getRootSchema();
  }

  @Override
  public JavaTypeFactory getTypeFactory() {
    return inner.getTypeFactory();
  }

  @Override
  public QueryProvider getQueryProvider() {
    return inner.getQueryProvider();
  }

  @Override
  public Object get(String name) {
    return SochSessions.VARIABLE.equals(name) ? session : inner.get(name);
  }
}
