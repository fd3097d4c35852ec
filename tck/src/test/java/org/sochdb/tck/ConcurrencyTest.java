package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sochdb.tck.Tck.exec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

/**
 * Bank transfers from 8 threads, each on its own connection with auto-commit off, reading a
 * balance and writing the computed new one (the classic lost-update pattern): snapshot
 * isolation with first-committer-wins must turn every race into a 40001 that a retry fixes.
 */
class ConcurrencyTest {
  private static final int ACCOUNTS = 100;
  private static final long INITIAL = 1_000;
  private static final int THREADS = 8;
  private static final long MILLIS = 3_000;

  @Test
  void transfersKeepTheTotalAndLoseNoUpdate() throws Exception {
    String url = Tck.memUrl("bank");
    try (Connection admin = Tck.open(url)) {
      exec(admin, "CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance BIGINT NOT NULL)",
          "CREATE TABLE transfers (id BIGINT PRIMARY KEY, src INTEGER NOT NULL, dst INTEGER NOT NULL, "
              + "amount BIGINT NOT NULL)");
      try (PreparedStatement ps = admin.prepareStatement("INSERT INTO accounts VALUES (?, ?)")) {
        for (int i = 0; i < ACCOUNTS; i++) {
          ps.setInt(1, i);
          ps.setLong(2, INITIAL);
          ps.addBatch();
        }
        ps.executeBatch();
      }

      AtomicLongArray expected = new AtomicLongArray(ACCOUNTS);
      for (int i = 0; i < ACCOUNTS; i++) {
        expected.set(i, INITIAL);
      }
      AtomicLong committed = new AtomicLong();
      AtomicLong conflicts = new AtomicLong();
      AtomicLong audits = new AtomicLong();
      AtomicLong transferIds = new AtomicLong();
      AtomicBoolean stop = new AtomicBoolean();
      long deadline = System.currentTimeMillis() + MILLIS;

      ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
      List<Future<?>> work = new ArrayList<>();
      try {
        for (int t = 0; t < THREADS; t++) {
          long seed = 42 + t;
          work.add(pool.submit(() -> {
            transfer(url, new Random(seed), deadline, expected, committed, conflicts, transferIds);
            return null;
          }));
        }
        work.add(pool.submit(() -> {
          audit(url, stop, audits);
          return null;
        }));
        for (int i = 0; i < THREADS; i++) {
          work.get(i).get(MILLIS + 60_000, TimeUnit.MILLISECONDS);
        }
        stop.set(true);
        work.get(THREADS).get(30, TimeUnit.SECONDS);
      } finally {
        stop.set(true);
        pool.shutdownNow();
      }

      System.out.println("transfers committed: " + committed.get() + ", serialization failures retried: "
          + conflicts.get() + ", audits: " + audits.get());
      assertTrue(committed.get() >= 20, "transfers committed: " + committed.get());
      assertTrue(audits.get() > 0, "audits run: " + audits.get());
      try (Statement s = admin.createStatement()) {
        try (ResultSet rs = s.executeQuery("SELECT SUM(balance), COUNT(*), MIN(balance) FROM accounts")) {
          assertTrue(rs.next());
          assertEquals(ACCOUNTS * INITIAL, rs.getLong(1), "total");
          assertEquals(ACCOUNTS, rs.getLong(2));
          assertTrue(rs.getLong(3) >= 0, "no overdraft");
        }
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM transfers")) {
          assertTrue(rs.next());
          assertEquals(committed.get(), rs.getLong(1), "one log row per committed transfer, none of failed ones");
        }
        // every committed transfer is in the balances: no update was lost
        long[] fromLog = new long[ACCOUNTS];
        java.util.Arrays.fill(fromLog, INITIAL);
        try (ResultSet rs = s.executeQuery("SELECT src, dst, amount FROM transfers")) {
          while (rs.next()) {
            fromLog[rs.getInt(1)] -= rs.getLong(3);
            fromLog[rs.getInt(2)] += rs.getLong(3);
          }
        }
        try (ResultSet rs = s.executeQuery("SELECT id, balance FROM accounts ORDER BY id")) {
          int i = 0;
          while (rs.next()) {
            assertEquals(i, rs.getInt(1));
            assertEquals(expected.get(i), rs.getLong(2), "account " + i + " (client-side ledger)");
            assertEquals(fromLog[i], rs.getLong(2), "account " + i + " (transfer log)");
            i++;
          }
          assertEquals(ACCOUNTS, i);
        }
      }
    }
  }

  private static void transfer(String url, Random rnd, long deadline, AtomicLongArray expected, AtomicLong committed,
      AtomicLong conflicts, AtomicLong transferIds) throws SQLException {
    try (Connection c = Tck.open(url)) {
      c.setAutoCommit(false);
      try (PreparedStatement read = c.prepareStatement("SELECT balance FROM accounts WHERE id = ?");
          PreparedStatement write = c.prepareStatement("UPDATE accounts SET balance = ? WHERE id = ?");
          PreparedStatement log = c.prepareStatement("INSERT INTO transfers VALUES (?, ?, ?, ?)")) {
        while (System.currentTimeMillis() < deadline) {
          // few accounts touched often: plenty of conflicts
          int from = rnd.nextInt(ACCOUNTS);
          int to = rnd.nextInt(ACCOUNTS - 1);
          if (to >= from) {
            to++;
          }
          long amount = 1 + rnd.nextInt(50);
          for (int attempt = 0; ; attempt++) {
            try {
              long fromBalance = balance(read, from);
              long toBalance = balance(read, to);
              long moved = Math.min(amount, fromBalance);
              write.setLong(1, fromBalance - moved);
              write.setInt(2, from);
              assertEquals(1, write.executeUpdate());
              write.setLong(1, toBalance + moved);
              write.setInt(2, to);
              assertEquals(1, write.executeUpdate());
              log.setLong(1, transferIds.incrementAndGet());
              log.setInt(2, from);
              log.setInt(3, to);
              log.setLong(4, moved);
              assertEquals(1, log.executeUpdate());
              c.commit();
              expected.addAndGet(from, -moved);
              expected.addAndGet(to, moved);
              committed.incrementAndGet();
              break;
            } catch (SQLException e) {
              if ("40001".equals(e.getSQLState()) == false) {
                throw e;
              }
              conflicts.incrementAndGet();
              c.rollback();
              if (attempt > 1000) {
                throw new AssertionError("no progress after 1000 retries", e);
              }
            }
          }
        }
      }
    }
  }

  private static long balance(PreparedStatement read, int id) throws SQLException {
    read.setInt(1, id);
    try (ResultSet rs = read.executeQuery()) {
      assertTrue(rs.next());
      long b = rs.getLong(1);
      assertTrue(rs.next() == false);
      return b;
    }
  }

  /** A reader that checks, in snapshot after snapshot, that money is neither made nor lost. */
  private static void audit(String url, AtomicBoolean stop, AtomicLong audits) throws SQLException {
    try (Connection c = Tck.open(url)) {
      c.setAutoCommit(false);
      try (PreparedStatement sum = c.prepareStatement("SELECT SUM(balance), COUNT(*) FROM accounts")) {
        while (stop.get() == false) {
          try (ResultSet rs = sum.executeQuery()) {
            assertTrue(rs.next());
            assertEquals(ACCOUNTS * INITIAL, rs.getLong(1), "total seen by a snapshot");
            assertEquals(ACCOUNTS, rs.getLong(2));
          }
          c.commit();
          audits.incrementAndGet();
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }
  }
}
