package org.sochdb.adapter.session;

import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;

/** A {@link DataContext} that answers as another does, but for the variables a subclass adds. */
public abstract class ForwardingDataContext implements DataContext {
  protected final DataContext inner;

  protected ForwardingDataContext(DataContext inner) {
    this.inner = inner;
  }

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
    return inner.get(name);
  }
}
