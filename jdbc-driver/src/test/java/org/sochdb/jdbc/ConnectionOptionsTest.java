package org.sochdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.storage.StorageOptions;
import org.sochdb.storage.engine.EngineKind;

/** The {@code engine} option: which engine a new database is created on. */
class ConnectionOptionsTest {
  private static EngineKind engineOf(String url, Properties info) {
    return ConnectionOptions.parse(url, info).storage().engine();
  }

  private static List<String> files(Path dir) throws Exception {
    try (var list = Files.list(dir)) {
      return list.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static List<Integer> ids(Connection c) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM t ORDER BY id")) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  @Test
  void engineIsMvStoreUnlessMapDbIsNamedInAnyCase() {
    assertEquals(EngineKind.MVSTORE, engineOf("jdbc:sochdb:./db", null));
    assertEquals(EngineKind.MAPDB, engineOf("jdbc:sochdb:./db;engine=MapDB", null));
    assertEquals(EngineKind.MAPDB, engineOf("jdbc:sochdb:mem:m;engine=mapdb", null));
    assertEquals(EngineKind.MVSTORE, engineOf("jdbc:sochdb:./db;engine=mvstore", null));
    Properties info = new Properties();
    info.setProperty("engine", "mapdb");
    assertEquals(EngineKind.MAPDB, engineOf("jdbc:sochdb:./db", info));
    assertEquals(EngineKind.MVSTORE, engineOf("jdbc:sochdb:./db;engine=mvstore", info), "the URL wins");
  }

  @Test
  void anUnknownEngineIsRefusedNamingTheAcceptedOnes() {
    SochSqlException e = assertThrows(SochSqlException.class, () -> engineOf("jdbc:sochdb:./db;engine=rocksdb", null));
    assertEquals("22023", e.getSqlState());
    assertEquals("engine must be mvstore or mapdb, not 'rocksdb'", e.getMessage());
    SQLException viaDriver = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:sochdb:mem:bad_engine;engine=").close());
    assertEquals("22023", viaDriver.getSQLState());
    assertEquals("engine must be mvstore or mapdb, not ''", viaDriver.getMessage());
  }

  @Test
  void aNewDatabaseIsMadeOnMapDbAndStaysThereWhateverLaterUrlsSay(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("db");
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:" + db + ";engine=mapdb");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
      s.executeUpdate("INSERT INTO t VALUES (1)");
    }
    assertEquals(List.of("data.mapdb", "sochdb.lock", "wal"), files(db));
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:" + db + ";engine=mvstore");
        Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO t VALUES (2)");
      assertEquals(List.of(1, 2), ids(c));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:" + db + ";read_only=true")) {
      assertEquals(List.of(1, 2), ids(c));
    }
    assertEquals(List.of("data.mapdb", "sochdb.lock", "wal"), files(db));
  }

  @Test
  void aMemoryDatabaseRunsOnMapDbWhenAsked() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:mem:on_mapdb;engine=mapdb");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
      s.executeUpdate("INSERT INTO t VALUES (7)");
      assertEquals(List.of(7), ids(c));
      SochDatabase open = SochDatabase.acquire(StorageOptions.memory("on_mapdb"));
      try {
        assertEquals(EngineKind.MAPDB, open.storage().engine(), "joined the open database");
      } finally {
        open.release();
      }
    }
  }
}
