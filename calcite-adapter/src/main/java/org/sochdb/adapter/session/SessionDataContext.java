package org.sochdb.adapter.session;

import org.apache.calcite.DataContext;

/**
 * A statement's {@link DataContext} that also answers the variable {@link SochSessions#VARIABLE}
 * with the connection's {@link SochSession}: how generated code, table functions and
 * context functions reach the caller's session and transaction. The driver's connection wraps
 * every context it makes in one.
 */
public final class SessionDataContext extends ForwardingDataContext {
  private final SochSession session;

  public SessionDataContext(DataContext inner, SochSession session) {
    super(inner);
    this.session = session;
  }

  @Override
  public Object get(String name) {
    return SochSessions.VARIABLE.equals(name) ? session : inner.get(name);
  }
}
