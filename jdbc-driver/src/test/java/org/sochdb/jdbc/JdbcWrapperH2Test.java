package org.sochdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbc.JdbcStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sochdb.jdbc.errors.ValidationException;

/** The wrapper around a real driver: H2 in memory. */
class JdbcWrapperH2Test {

  /** Hooks that record what they were asked and answer generated keys with {@code SELECT 42}. */
  private static final class RecordingHooks implements ConnectionHooks {
    final List<GeneratedKeysRequest> requests = new ArrayList<>();
    final List<Statement> delegates = new ArrayList<>();
    final AtomicInteger beforeClose = new AtomicInteger();
    boolean supplyKeys = true;
    boolean pingResult = true;
    RuntimeException pingFailure;
    SQLException closeFailure;

    @Override
    public ResultSet generatedKeys(Statement delegate, GeneratedKeysRequest request)
        throws SQLException {
      requests.add(request);
      delegates.add(delegate);
      if (!supplyKeys) {
        return null;
      }
      return delegate.getConnection().createStatement().executeQuery("SELECT 42 AS id");
    }

    @Override
    public boolean ping() {
      if (pingFailure != null) {
        throw pingFailure;
      }
      return pingResult;
    }

    @Override
    public void beforeClose() throws SQLException {
      beforeClose.incrementAndGet();
      if (closeFailure != null) {
        throw closeFailure;
      }
    }

    GeneratedKeysRequest last() {
      return requests.get(requests.size() - 1);
    }
  }

  private Connection raw;
  private RecordingHooks hooks;
  private Connection conn;

  @BeforeEach
  void open() throws SQLException {
    raw = DriverManager.getConnection("jdbc:h2:mem:x");
    hooks = new RecordingHooks();
    conn = JdbcWrapper.wrap(raw, hooks);
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) UNIQUE)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    raw.close();
  }

  @Test
  void uniqueViolationIsIntegrityConstraintViolation() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("INSERT INTO users (name) VALUES ('ann')");
      SQLException e = assertThrows(SQLException.class,
          () -> st.executeUpdate("INSERT INTO users (name) VALUES ('ann')"));
      assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
      assertEquals("23505", e.getSQLState());
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO users (name) VALUES (?)")) {
      ps.setString(1, "ann");
      SQLException e = assertThrows(SQLException.class, ps::executeUpdate);
      assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
      assertEquals("23505", e.getSQLState());
    }
  }

  @Test
  void syntaxErrorIsSyntaxErrorException() throws SQLException {
    try (Statement st = conn.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> st.executeQuery("SELEC 1"));
      assertInstanceOf(SQLSyntaxErrorException.class, e);
      assertTrue(e.getSQLState().startsWith("42"), e.getSQLState());
    }
  }

  @Test
  void statementsAndResultSetsAreWrappersPointingBackAtWrappers() throws SQLException {
    assertTrue(JdbcWrapper.isWrapper(conn));
    assertFalse(JdbcWrapper.isWrapper(raw));

    Statement st = conn.createStatement();
    assertTrue(JdbcWrapper.isWrapper(st));
    assertSame(conn, st.getConnection());
    ResultSet rs = st.executeQuery("SELECT 1");
    assertTrue(JdbcWrapper.isWrapper(rs));
    assertSame(st, rs.getStatement());
    assertTrue(rs.next());
    assertEquals(1, rs.getInt(1));

    assertTrue(st.execute("SELECT 2"));
    ResultSet again = st.getResultSet();
    assertTrue(JdbcWrapper.isWrapper(again));
    assertSame(again, st.getResultSet(), "same delegate result set, same wrapper");
    assertSame(st, again.getStatement());

    PreparedStatement ps = conn.prepareStatement("SELECT ? + 1");
    assertTrue(JdbcWrapper.isWrapper(ps));
    assertSame(conn, ps.getConnection());
    ps.setInt(1, 41);
    ResultSet prs = ps.executeQuery();
    assertSame(ps, prs.getStatement());
    assertTrue(prs.next());
    assertEquals(42, prs.getInt(1));

    CallableStatement cs = conn.prepareCall("CALL 7");
    assertTrue(JdbcWrapper.isWrapper(cs));
    assertSame(conn, cs.getConnection());
    ResultSet crs = cs.executeQuery();
    assertSame(cs, crs.getStatement());

    DatabaseMetaData md = conn.getMetaData();
    assertTrue(JdbcWrapper.isWrapper(md));
    assertSame(conn, md.getConnection());
    ResultSet tables = md.getTables(null, null, "USERS", null);
    assertTrue(JdbcWrapper.isWrapper(tables));
    assertTrue(tables.next());
    Statement tablesStatement = tables.getStatement();
    if (tablesStatement != null) {
      assertTrue(JdbcWrapper.isWrapper(tablesStatement));
      assertSame(conn, tablesStatement.getConnection());
    }
  }

  @Test
  void unwrapReachesTheDelegate() throws SQLException {
    assertSame(raw, conn.unwrap(JdbcConnection.class));
    assertSame(raw, conn.unwrap(Connection.class));
    assertTrue(conn.isWrapperFor(JdbcConnection.class));
    assertFalse(conn.isWrapperFor(String.class));
    Statement st = conn.createStatement();
    JdbcStatement rawStatement = st.unwrap(JdbcStatement.class);
    assertFalse(JdbcWrapper.isWrapper(rawStatement));
    assertSame(raw, rawStatement.getConnection());
    assertThrows(SQLException.class, () -> conn.unwrap(String.class));
  }

  @Test
  void equalsHashCodeToStringAreSane() throws SQLException {
    assertEquals(conn, conn);
    assertNotEquals(conn, raw);
    assertEquals(System.identityHashCode(conn), conn.hashCode());
    assertTrue(conn.toString().startsWith("ConnectionWrapper["), conn.toString());
    assertTrue(conn.toString().contains(raw.toString()), conn.toString());
    Statement st = conn.createStatement();
    assertTrue(st.toString().startsWith("StatementWrapper["), st.toString());
    assertNotEquals(st, conn.createStatement());
  }

  @Test
  void returnGeneratedKeysOnExecuteUpdate() throws SQLException {
    Statement st = conn.createStatement();
    String sql = "INSERT INTO users (name) VALUES ('bob')";
    assertEquals(1, st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS));
    ResultSet keys = st.getGeneratedKeys();
    assertTrue(JdbcWrapper.isWrapper(keys));
    assertSame(st, keys.getStatement());
    assertTrue(keys.next());
    assertEquals(42, keys.getInt("ID"));
    assertFalse(keys.next());

    GeneratedKeysRequest request = hooks.last();
    assertTrue(request.requested());
    assertEquals(sql, request.sql());
    assertNull(request.columnIndexes());
    assertNull(request.columnNames());
    assertSame(st.unwrap(JdbcStatement.class), hooks.delegates.get(0));

    assertFalse(st.execute("INSERT INTO users (name) VALUES ('cy')", new String[] {"id"}));
    st.getGeneratedKeys();
    assertArrayEquals(new String[] {"id"}, hooks.last().columnNames());

    assertEquals(1L, st.executeLargeUpdate("INSERT INTO users (name) VALUES ('dee')", new int[] {1}));
    st.getGeneratedKeys();
    assertArrayEquals(new int[] {1}, hooks.last().columnIndexes());

    st.executeUpdate("INSERT INTO users (name) VALUES ('eve')");
    st.getGeneratedKeys();
    assertFalse(hooks.last().requested(), "a plain execution does not request keys");
    assertEquals("INSERT INTO users (name) VALUES ('eve')", hooks.last().sql());

    assertEquals(1, st.executeUpdate("INSERT INTO users (name) VALUES ('fay')", Statement.NO_GENERATED_KEYS));
    st.getGeneratedKeys();
    assertFalse(hooks.last().requested());

    ValidationException invalid = assertThrows(ValidationException.class,
        () -> st.executeUpdate("INSERT INTO users (name) VALUES ('gus')", 99));
    assertEquals("22023", invalid.getSQLState());
  }

  @Test
  void generatedKeysOnPreparedStatements() throws SQLException {
    String sql = "INSERT INTO users (name) VALUES (?)";
    PreparedStatement ps = conn.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    assertTrue(JdbcWrapper.isWrapper(ps));
    ps.setString(1, "hal");
    assertEquals(1, ps.executeUpdate());
    ResultSet keys = ps.getGeneratedKeys();
    assertSame(ps, keys.getStatement());
    assertTrue(keys.next());
    assertEquals(42, keys.getLong(1));
    assertTrue(hooks.last().requested());
    assertEquals(sql, hooks.last().sql());
    assertInstanceOf(PreparedStatement.class, hooks.delegates.get(0));

    PreparedStatement byName = conn.prepareStatement(sql, new String[] {"id"});
    byName.setString(1, "ivy");
    byName.executeUpdate();
    assertTrue(byName.getGeneratedKeys().next());
    assertArrayEquals(new String[] {"id"}, hooks.last().columnNames());

    PreparedStatement byIndex = conn.prepareStatement(sql, new int[] {1});
    byIndex.setString(1, "jo");
    byIndex.executeUpdate();
    assertTrue(byIndex.getGeneratedKeys().next());
    assertArrayEquals(new int[] {1}, hooks.last().columnIndexes());

    PreparedStatement plain = conn.prepareStatement(sql);
    plain.setString(1, "kai");
    plain.executeUpdate();
    plain.getGeneratedKeys();
    assertFalse(hooks.last().requested());
    assertEquals(sql, hooks.last().sql());
  }

  @Test
  void hookReturningNullFallsBackToTheDelegate() throws SQLException {
    hooks.supplyKeys = false;
    Statement st = conn.createStatement();
    st.executeUpdate("INSERT INTO users (name) VALUES ('lee')", Statement.RETURN_GENERATED_KEYS);
    ResultSet keys = st.getGeneratedKeys();
    assertTrue(JdbcWrapper.isWrapper(keys));
    assertSame(st, keys.getStatement());
    // The delegate was not asked for keys (the wrapper ran the plain executeUpdate), so H2 has none.
    assertFalse(keys.next());
  }

  @Test
  void networkTimeoutRoundTrip() throws SQLException {
    assertEquals(0, conn.getNetworkTimeout());
    conn.setNetworkTimeout(Runnable::run, 1234);
    assertEquals(1234, conn.getNetworkTimeout());
    assertThrows(ValidationException.class, () -> conn.setNetworkTimeout(Runnable::run, -1));
    assertThrows(ValidationException.class, () -> conn.setNetworkTimeout(null, 10));
    assertEquals(1234, conn.getNetworkTimeout());
    conn.close();
    SQLException closed = assertThrows(SQLNonTransientConnectionException.class, conn::getNetworkTimeout);
    assertEquals("08003", closed.getSQLState());
  }

  @Test
  void isValidAsksTheDelegateAndThePingHook() throws SQLException {
    assertTrue(conn.isValid(1));
    hooks.pingResult = false;
    assertFalse(conn.isValid(1));
    hooks.pingResult = true;
    hooks.pingFailure = new IllegalStateException("engine gone");
    assertFalse(conn.isValid(1));
    hooks.pingFailure = null;
    assertThrows(ValidationException.class, () -> conn.isValid(-1));
    raw.close();
    assertFalse(conn.isValid(0), "delegate closed behind our back");
  }

  @Test
  void readOnlyIsForwarded() throws SQLException {
    conn.setReadOnly(true);
    assertEquals(raw.isReadOnly(), conn.isReadOnly());
    conn.setReadOnly(false);
    assertFalse(conn.isReadOnly());
  }

  @Test
  void closeRunsTheHookOnceAndClosesTheDelegate() throws SQLException {
    conn.close();
    assertTrue(raw.isClosed());
    assertTrue(conn.isClosed());
    assertFalse(conn.isValid(0));
    conn.close();
    assertEquals(1, hooks.beforeClose.get());
  }

  @Test
  void closeStillClosesTheDelegateWhenTheHookFails() throws SQLException {
    hooks.closeFailure = new SQLException("flush failed", "58030");
    SQLException e = assertThrows(SQLException.class, conn::close);
    assertEquals("58030", e.getSQLState());
    assertTrue(raw.isClosed());
  }

  @Test
  void abortCloses() throws SQLException {
    conn.abort(Runnable::run);
    assertTrue(raw.isClosed());
    assertEquals(1, hooks.beforeClose.get());
    conn.abort(Runnable::run);
    assertEquals(1, hooks.beforeClose.get());
    assertThrows(ValidationException.class, () -> conn.abort(null));
  }

  @Test
  void errorsOnClosedObjectsAreTranslatedToo() throws SQLException {
    Statement st = conn.createStatement();
    st.close();
    SQLException e = assertThrows(SQLException.class, () -> st.executeQuery("SELECT 1"));
    assertNotNull(e.getMessage());
  }
}
