package org.sochdb.adapter.spi;

/**
 * A module's contribution of SQL functions and system tables to every SochDB connection: the
 * extension point through which the search, queue, graph and TOON modules plug into SQL.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.sochdb.adapter.spi.SochFunctionProvider}. Providers are loaded
 * and asked to {@link #register} once per JVM (on the first connection); what they register is
 * then added to the root schema of each connection as it opens.
 *
 * <p>Functions run inside the statement that calls them, on the caller's thread. A function that
 * needs the connection (its transaction, its database) declares an
 * {@link org.apache.calcite.DataContext} first parameter ({@link FunctionRegistry#contextScalar})
 * or returns a table whose {@code scan(DataContext)} does the work
 * ({@link FunctionRegistry#table}); {@link org.sochdb.adapter.session.SochSessions#of} turns
 * that context into the connection's session.
 */
public interface SochFunctionProvider {
  /** Adds this module's functions and tables; called once, before any connection uses them. */
  void register(FunctionRegistry registry);
}
