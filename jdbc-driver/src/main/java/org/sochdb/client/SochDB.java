package org.sochdb.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.sochdb.jdbc.errors.NamespaceNotFoundException;
import org.sochdb.toon.Toon;
import org.sochdb.toon.ToonTable;

/**
 * The Java client of SochDB: the Python SDK's {@code Database} API over JDBC alone, so the same
 * code runs against an embedded database ({@code ./db}, {@code jdbc:sochdb:mem:name}) and a
 * server ({@code jdbc:sochdb:remote:http://host:8765}).
 *
 * <pre>{@code
 * try (SochDB db = SochDB.open("./my_database")) {
 *   db.put("user:123".getBytes(UTF_8), "{\"name\":\"Alice\",\"age\":30}".getBytes(UTF_8));
 *   System.out.println(new String(db.get("user:123".getBytes(UTF_8)), UTF_8));
 * }
 * }</pre>
 *
 * <p>Key-value calls on the client itself work on the {@code kv} table of the default namespace
 * ({@code PUBLIC}), each in a transaction of its own; {@link #namespace} gives another
 * namespace's, {@link #transaction()} groups writes, SQL included, into one atomic commit.
 * Errors are the driver's {@link SQLException}s, of the named kinds of
 * {@code org.sochdb.jdbc.errors} where the Python SDK has one ({@code NamespaceNotFoundException},
 * {@code NamespaceExistsException}, {@code DatabaseLockedException}, ...).
 *
 * <p>Thread-safe: calls on the client share one connection, one at a time; each transaction
 * has a connection of its own (idle ones are kept for reuse). A namespace's collections
 * ({@link Namespace#collection}) hold vectors, text and metadata for vector, keyword and hybrid
 * search; queues and the graph are not supported yet.
 */
public final class SochDB implements KeyValueStore, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int IDLE_CONNECTIONS = 4;

  private final String url;
  private final Properties info;
  private final Link main;
  private final KvAccess kv;
  private final Deque<Link> idle = new ArrayDeque<>();
  private final Set<Link> lent = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean closed;

  private final Collection.Session session = new Collection.Session() {
    @Override
    public <T> T run(Collection.LinkWork<T> work) throws SQLException {
      checkOpen();
      synchronized (main) {
        return work.run(main);
      }
    }

    @Override
    public <T> T atomically(Collection.LinkWork<T> work) throws SQLException {
      try (Transaction tx = transaction()) {
        T result = tx.session().run(work);
        tx.commit();
        return result;
      }
    }
  };

  private SochDB(String url, Properties info, Connection connection) {
    this.url = url;
    this.info = info;
    this.main = new Link(connection);
    this.kv = new KvAccess(main, null);
  }

  /**
   * Opens (creating if missing) the database at a path, or connects to any {@code jdbc:sochdb:}
   * URL; a path becomes {@code jdbc:sochdb:<path>}. Options go after {@code ;} as in the driver
   * ({@code ./db;sync_mode=full}), see docs/CONFIGURATION.md.
   *
   * @throws org.sochdb.jdbc.errors.DatabaseLockedException when another process holds the database
   */
  public static SochDB open(String pathOrUrl) throws SQLException {
    return open(pathOrUrl, new Properties());
  }

  /** {@link #open(String)} with connection properties (options, {@code user}, {@code password}). */
  public static SochDB open(String pathOrUrl, Properties info) throws SQLException {
    String url = pathOrUrl.startsWith("jdbc:") ? pathOrUrl : org.sochdb.jdbc.ConnectionOptions.PREFIX + pathOrUrl;
    Properties copy = new Properties();
    copy.putAll(info);
    return new SochDB(url, copy, DriverManager.getConnection(url, copy));
  }

  /** The URL the client connected with. */
  public String url() {
    return url;
  }

  /** The client's own connection (auto-commit on), for plain JDBC; do not close it. */
  public Connection connection() {
    return main.connection;
  }

  // ---------------------------------------------------------------------------------- key-value

  @Override
  public void put(byte[] key, byte[] value) throws SQLException {
    kv.put(key, value);
  }

  @Override
  public byte[] get(byte[] key) throws SQLException {
    return kv.get(key);
  }

  @Override
  public boolean delete(byte[] key) throws SQLException {
    return kv.delete(key);
  }

  @Override
  public KvScan scanBatched(byte[] start, byte[] end, int batchSize) throws SQLException {
    return kv.scan(start, end, batchSize);
  }

  /** The Python SDK's query builder over the JSON values under {@code prefix}; see {@link PrefixQuery}. */
  public PrefixQuery kvQuery(String prefix) {
    return new PrefixQuery(this, prefix.getBytes(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------------------- transactions

  /** Begins a transaction on a connection of its own; close it (try-with-resources) when done. */
  public Transaction transaction() throws SQLException {
    return new Transaction(this, borrow());
  }

  /** Work for {@link #inTransaction}. */
  @FunctionalInterface
  public interface TransactionWork {
    /** Does the transaction's work; an exception rolls it back. */
    void run(Transaction tx) throws Exception;
  }

  /**
   * Runs {@code work} in a transaction, committing when it returns and rolling back when it
   * throws (Python's {@code with db.transaction() as txn:}); returns the commit's LSN.
   */
  public long inTransaction(TransactionWork work) throws SQLException {
    try (Transaction tx = transaction()) {
      try {
        work.run(tx);
      } catch (SQLException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new SQLException("transaction work failed: " + e, e);
      }
      return tx.commit();
    }
  }

  private synchronized Link borrow() throws SQLException {
    checkOpen();
    Link l = idle.poll();
    if (l == null || l.connection.isClosed()) {
      Connection c = DriverManager.getConnection(url, info);
      c.setAutoCommit(false);
      l = new Link(c);
    }
    lent.add(l);
    return l;
  }

  /** Takes back a transaction's connection (rolled back already): kept for reuse or closed. */
  synchronized void release(Link l) throws SQLException {
    lent.remove(l);
    if (closed || idle.size() >= IDLE_CONNECTIONS || l.connection.isClosed()) {
      l.close();
    } else {
      idle.push(l);
    }
  }

  // ------------------------------------------------------------------------------------------ SQL

  /** Runs SQL in a transaction of its own: the rows of a query (label to value), none for others. */
  public List<Map<String, Object>> execute(String sql, Object... params) throws SQLException {
    synchronized (main) {
      return main.execute(sql, params);
    }
  }

  /** The Python SDK's {@code execute_sql}: the same as {@link #execute}. */
  public List<Map<String, Object>> executeSql(String sql, Object... params) throws SQLException {
    return execute(sql, params);
  }

  /** Runs a query; its rows, each a map from column label to value in column order. */
  public List<Map<String, Object>> query(String sql, Object... params) throws SQLException {
    return execute(sql, params);
  }

  /** Runs an INSERT, UPDATE, DELETE or DDL statement; the row count. */
  public int update(String sql, Object... params) throws SQLException {
    synchronized (main) {
      return main.update(sql, params);
    }
  }

  // --------------------------------------------------------------------------------- operations

  /** Makes every commit so far durable in the data files ({@code SELECT checkpoint()}); the LSN. */
  public long checkpoint() throws SQLException {
    synchronized (main) {
      return ((Number) main.value("SELECT checkpoint()")).longValue();
    }
  }

  /**
   * The engine's counters ({@code SELECT * FROM sys.stats}): keys_count, bytes_written,
   * bytes_read, transactions_committed, transactions_aborted, cache_hits, cache_misses, wal_lsn,
   * background_failures.
   */
  public Map<String, Long> stats() throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : execute("SELECT * FROM sys.stats").get(0).entrySet()) {
      out.put(e.getKey(), ((Number) e.getValue()).longValue());
    }
    return out;
  }

  // --------------------------------------------------------------------------------- namespaces

  /** Creates a namespace ({@code CREATE SCHEMA}); NamespaceExistsException if it exists. */
  public Namespace createNamespace(String name) throws SQLException {
    return createNamespace(name, null, Map.of());
  }

  /**
   * Creates a namespace with a display name and labels, in one transaction;
   * {@link org.sochdb.jdbc.errors.NamespaceExistsException} if it exists.
   */
  public Namespace createNamespace(String name, String displayName, Map<String, String> labels) throws SQLException {
    String labelsJson;
    try {
      labelsJson = JSON.writeValueAsString(labels == null ? Map.of() : labels);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("labels cannot be written as JSON: " + e.getMessage(), e);
    }
    try (Transaction tx = transaction()) {
      tx.update("CREATE SCHEMA " + quote(name));
      tx.execute("SELECT namespace_set_info(?, ?, ?)", name, displayName == null ? name : displayName, labelsJson);
      tx.commit();
    }
    return namespace(name);
  }

  /** An existing namespace; {@link NamespaceNotFoundException} if there is none of that name. */
  public Namespace namespace(String name) throws SQLException {
    Map<String, Object> row;
    synchronized (main) {
      row = requireNamespace(main, name);
    }
    String canonical = (String) row.get("name");
    Map<String, String> labels;
    try {
      labels = JSON.readValue((String) row.get("labels"), new TypeReference<Map<String, String>>() { });
    } catch (JsonProcessingException e) {
      labels = Map.of();
    }
    Timestamp created = (Timestamp) row.get("created_at");
    return new Namespace(canonical, (String) row.get("display_name"), labels,
        created == null ? null : Instant.ofEpochMilli(created.getTime()), new KvAccess(main, canonical),
        new CollectionCatalog(session, canonical));
  }

  /** The row of sys.namespaces for {@code name} (matched ignoring case, as SQL names are), or the exception. */
  Map<String, Object> requireNamespace(Link link, String name) throws SQLException {
    List<Map<String, Object>> rows = link.execute(
        "SELECT name, display_name, labels, created_at FROM sys.namespaces WHERE UPPER(name) = UPPER(CAST(? AS VARCHAR)) ORDER BY name",
        name);
    for (Map<String, Object> r : rows) {
      if (name.equals(r.get("name"))) {
        return r;
      }
    }
    if (rows.isEmpty()) {
      throw new NamespaceNotFoundException("namespace \"" + name + "\" does not exist", null);
    }
    return rows.get(0);
  }

  /** The names of every namespace, sorted (the default PUBLIC included). */
  public List<String> listNamespaces() throws SQLException {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> r : execute("SELECT name FROM sys.namespaces ORDER BY name")) {
      out.add((String) r.get("name"));
    }
    return out;
  }

  /**
   * Deletes a namespace with everything in it ({@code DROP SCHEMA ... CASCADE}: its tables and
   * its kv entries); {@link NamespaceNotFoundException} if there is none.
   */
  public void deleteNamespace(String name) throws SQLException {
    update("DROP SCHEMA " + quote(name) + " CASCADE");
  }

  // ------------------------------------------------------------------------- not supported yet

  /** A priority queue: not supported yet. */
  public TaskQueue queue(String name) {
    throw TaskQueue.notYet();
  }

  /** The graph overlay: not supported yet. */
  public Graph graph() {
    throw Graph.notYet();
  }

  // --------------------------------------------------------------------------------------- TOON

  /** The Python SDK's {@code Database.to_toon}: rows as one-line TOON, e.g. {@code users[2]{name,email}:...}. */
  public static String toToon(String table, List<Map<String, Object>> rows, List<String> fields) {
    return Toon.encode(table, rows, fields);
  }

  /** The Python SDK's {@code Database.from_toon}: the table's name, fields and rows. */
  public static ToonTable fromToon(String text) {
    return Toon.decode(text);
  }

  // -------------------------------------------------------------------------------------- close

  /** Closes the client's connections; open transactions are rolled back. Idempotent. */
  @Override
  public void close() throws SQLException {
    List<Link> all;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      all = new ArrayList<>(idle);
      all.addAll(lent);
      idle.clear();
      lent.clear();
    }
    all.add(main);
    SQLException failure = null;
    for (Link l : all) {
      try {
        synchronized (l) {
          l.close();
        }
      } catch (SQLException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private synchronized void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("this SochDB client is closed", "08003");
    }
  }

  /** {@code name} as a quoted SQL identifier. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
