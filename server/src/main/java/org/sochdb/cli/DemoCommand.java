package org.sochdb.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sochdb.storage.Database;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageOptions;
import org.sochdb.storage.StorageTransaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sochdb demo}: the Python SDK guide's quick start and prefix scan on an embedded database
 * (by default {@code ./sochdb-data/demo}): the guide's SQL example through JDBC, a collection
 * searched by vector and keywords, the key-value quick start and prefix scan, then the engine's
 * counters.
 */
@Command(name = "demo", description = "Run the quick start on an embedded database and print its stats.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--db", defaultValue = "sochdb-data/demo", description = "Database directory (default: ${DEFAULT-VALUE}).")
  Path db;

  /** The Python SDK guide's SQL example through the JDBC driver. */
  private void sql() throws java.sql.SQLException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sochdb:" + db);
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, age INTEGER)");
      s.execute("CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), "
          + "product TEXT, amount REAL)");
      s.execute("UPSERT INTO users VALUES (1, 'Alice', 'alice@example.com', 30), (2, 'Bob', 'bob@example.com', 25)");
      s.execute("UPSERT INTO orders VALUES (1, 1, 'Laptop', 999.99), (2, 1, 'Mouse', 25.00), (3, 2, 'Keyboard', 75.00)");
      try (java.sql.ResultSet rs = s.executeQuery("SELECT users.name, COUNT(*) AS order_count, SUM(orders.amount) AS total "
          + "FROM users JOIN orders ON users.id = orders.user_id GROUP BY users.name ORDER BY total DESC")) {
        while (rs.next()) {
          System.out.printf("%s: %d orders, $%s total%n", rs.getString("name"), rs.getInt("order_count"),
              rs.getBigDecimal("total").setScale(2, java.math.RoundingMode.HALF_UP));
        }
      }
    }
  }

  /** A collection searched by meaning, by words and by both. */
  private void search() throws java.sql.SQLException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sochdb:" + db);
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE COLLECTION IF NOT EXISTS notes (DIMENSION 3, METRIC 'cosine')");
      s.execute("UPSERT INTO notes VALUES "
          + "('n1', '[0.9, 0.1, 0.0]', 'Neural networks learn representations', '{\"topic\": \"ml\"}'), "
          + "('n2', '[0.8, 0.3, 0.1]', 'Deep learning needs data', '{\"topic\": \"ml\"}'), "
          + "('n3', '[0.0, 0.2, 0.9]', 'Rivers run to the sea', '{\"topic\": \"geo\"}')");
      try (java.sql.PreparedStatement ps = c.prepareStatement(
          "SELECT id, content, score FROM TABLE(hybrid_search('notes', ?, ?, 2))")) {
        ps.setObject(1, new float[] {1f, 0.2f, 0f});
        ps.setString(2, "learning");
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          System.out.println("Hybrid search for [1, 0.2, 0] and 'learning':");
          while (rs.next()) {
            System.out.printf("  %s (%.4f): %s%n", rs.getString(1), rs.getDouble(3), rs.getString(2));
          }
        }
      }
    }
  }

  @Override
  public Integer call() throws java.sql.SQLException {
    sql();
    search();
    try (Database d = Database.open(StorageOptions.file(db))) {
      System.out.println("Opened " + db.toAbsolutePath().normalize());
      try (StorageTransaction tx = d.begin()) {
        tx.put(KvCommand.utf8("user:123"), KvCommand.utf8("{\"name\":\"Alice\",\"age\":30}"));
        tx.put(KvCommand.utf8("tenants/acme/users/1"), KvCommand.utf8("{\"name\":\"Alice\"}"));
        tx.put(KvCommand.utf8("tenants/acme/users/2"), KvCommand.utf8("{\"name\":\"Bob\"}"));
        tx.put(KvCommand.utf8("tenants/acme/orders/1"), KvCommand.utf8("{\"total\":100}"));
        tx.put(KvCommand.utf8("tenants/globex/users/1"), KvCommand.utf8("{\"name\":\"Charlie\"}"));
        System.out.println("Committed at LSN " + tx.commit());
      }
      try (StorageTransaction tx = d.begin(true)) {
        System.out.println(KvCommand.text(tx.get(KvCommand.utf8("user:123"))));
        int n = 0;
        StringBuilder lines = new StringBuilder();
        try (KvCursor c = tx.scan(KvCommand.utf8("tenants/acme/"), KvCommand.utf8("tenants/acme;"))) {
          while (c.hasNext()) {
            var kv = c.next();
            n++;
            lines.append("  ").append(KvCommand.text(kv.key())).append(": ").append(KvCommand.text(kv.value()))
                .append('\n');
          }
        }
        System.out.print("ACME Corp has " + n + " items:\n" + lines);
      }
      System.out.println("Checkpoint complete at LSN " + d.checkpoint());
      d.stats().asMap().forEach((k, v) -> System.out.println(k + " = " + v));
    }
    return 0;
  }
}
