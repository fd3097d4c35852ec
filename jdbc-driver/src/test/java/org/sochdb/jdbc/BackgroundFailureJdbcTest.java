package org.sochdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sochdb.adapter.session.SochDatabase;
import org.sochdb.storage.StorageOptions;
import org.sochdb.storage.SyncMode;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;
import org.sochdb.storage.wal.WalChannelFactory;

/**
 * A background log sync that fails, as SQL sees it. The URL cannot hand the driver a log
 * channel, so the test opens the database first with one it can break, and the connection
 * joins that open database.
 */
class BackgroundFailureJdbcTest {
  private static long backgroundFailures(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT background_failures FROM sys.stats")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aFailedBackgroundSyncShowsInSysStatsAndRefusesTheNextCommit(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("db");
    List<FileChannel> logFiles = new CopyOnWriteArrayList<>();
    WalChannelFactory kept = segment -> {
      FileChannel ch = WalChannelFactory.DEFAULT.open(segment);
      logFiles.add(ch);
      return ch;
    };
    SochDatabase held = SochDatabase.acquire(StorageOptions.file(path).withSyncMode(SyncMode.NORMAL)
        .withWalChannels(kept));
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:" + path); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
      s.executeUpdate("INSERT INTO t VALUES (1)");
      try (ResultSet rs = s.executeQuery("SELECT checkpoint()")) {
        rs.next();
        assertEquals(3, rs.getLong(1), "the default namespace, CREATE TABLE and the insert: all in the data file");
      }
      assertEquals(0, backgroundFailures(s));

      for (FileChannel ch : logFiles) {
        ch.close(); // the next write to the log fails with ClosedChannelException
      }
      s.executeUpdate("INSERT INTO t VALUES (2)"); // buffered: returns before the sync that fails
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (held.storage().stats().backgroundFailure() == null && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals("background log sync failed: ClosedChannelException", held.storage().stats().backgroundFailure());
      assertEquals(1, backgroundFailures(s));

      SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO t VALUES (3)"));
      assertEquals("58030", refused.getSQLState());
      assertTrue(refused.getMessage().startsWith("cannot commit: a background log sync failed "
          + "(ClosedChannelException), and the database refuses commits from then on; reopen the database to "
          + "recover"), refused.getMessage());
    }
    StorageException atClose = assertThrows(StorageException.class, held::release);
    assertEquals(ErrorKind.IO, atClose.kind());
    assertTrue(atClose.getMessage().startsWith("the database is closed, but a background log sync had failed "
        + "(ClosedChannelException)"), atClose.getMessage());

    // The lock was let go. The close's checkpoint still folded the buffered commit into the data file.
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:" + path); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM t ORDER BY id")) {
      List<Integer> ids = new ArrayList<>();
      while (rs.next()) {
        ids.add(rs.getInt(1));
      }
      assertEquals(List.of(1, 2), ids);
      assertEquals(0, backgroundFailures(s));
    }
  }
}
