package org.sochdb.tck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;

/**
 * The child of {@link SearchCrashTest}: inserts, updates and deletes rows of a table with an
 * HNSW and a full-text index, closing and reopening the database now and then (which writes
 * the index files), until it is killed. Writes each finished operation's number to the report.
 * Arguments: database directory, first operation number, seed, report file.
 */
public final class SearchCrashWriter {
  private SearchCrashWriter() {}

  public static void main(String[] args) throws Exception {
    String url = "jdbc:sochdb:" + args[0];
    long op = Long.parseLong(args[1]);
    Random r = new Random(Long.parseLong(args[2]));
    Path report = Path.of(args[3]);
    while (true) {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS docs (id BIGINT PRIMARY KEY, v VECTOR(4), body VARCHAR(100))");
        s.execute("CREATE INDEX IF NOT EXISTS docs_v ON docs USING HNSW (v) WITH (metric = 'euclidean')");
        s.execute("CREATE INDEX IF NOT EXISTS docs_body ON docs USING FULLTEXT (body)");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO docs VALUES (?, ?, ?)");
            PreparedStatement update = c.prepareStatement("UPDATE docs SET v = ?, body = ? WHERE id = ?");
            PreparedStatement delete = c.prepareStatement("DELETE FROM docs WHERE id = ?")) {
          for (int i = 0; i < 40 + r.nextInt(80); i++) {
            op++;
            long target = 1 + (long) (r.nextDouble() * op);
            switch (r.nextInt(6)) {
              case 0 -> {
                update.setObject(1, vector(r));
                update.setString(2, "word" + op + " updated");
                update.setLong(3, target);
                update.executeUpdate();
              }
              case 1 -> {
                delete.setLong(1, target);
                delete.executeUpdate();
              }
              default -> {
                insert.setLong(1, op);
                insert.setObject(2, vector(r));
                insert.setString(3, "word" + op + " common");
                insert.executeUpdate();
              }
            }
            Files.writeString(report, op + "\n", StandardOpenOption.APPEND);
          }
        }
      }
    }
  }

  private static float[] vector(Random r) {
    return new float[] {r.nextFloat(), r.nextFloat(), r.nextFloat(), r.nextFloat()};
  }
}
