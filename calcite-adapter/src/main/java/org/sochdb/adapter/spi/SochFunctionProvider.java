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
 * <p>Functions run inside the statement that calls them, on the caller's thread, and reach the
 * caller's connection through one door: {@link org.sochdb.adapter.session.SochSessions#of
 * SochSessions.of(DataContext)}, which reads the statement's DataContext variable
 * {@value org.sochdb.adapter.session.SochSessions#VARIABLE}. A function that needs it declares a
 * {@link org.apache.calcite.DataContext} first parameter ({@link FunctionRegistry#contextScalar}) or
 * returns a table whose {@code scan(DataContext)} does the work ({@link FunctionRegistry#table}).
 * The session gives:
 * <ul>
 *   <li>reads in the caller's transaction, seeing its uncommitted writes:
 *       {@code session.read(tx -> tx.get(key))}, or {@code session.beginRead()} with
 *       {@code release()} once a lazily consumed cursor is closed;</li>
 *   <li>writes in the caller's transaction: {@code session.write(false, tx -> ...)} runs the work
 *       atomically (a savepoint in an open transaction, its own commit under auto-commit), so a
 *       rollback of the caller's transaction takes it back;</li>
 *   <li>the catalog as the transaction sees it ({@code session.catalog()}) and the database.</li>
 * </ul>
 * A module's own persistent data lives under key space {@code 0x03} (see
 * {@link org.sochdb.storage.catalog.Catalog}).
 */
public interface SochFunctionProvider {
  /** Adds this module's functions and tables; called once, before any connection uses them. */
  void register(FunctionRegistry registry);
}
