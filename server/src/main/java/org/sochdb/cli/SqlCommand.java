package org.sochdb.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sochdb sql [--db DB] [--format table|csv|json|toon] "SQL" ...}: runs statements through JDBC. */
@Command(name = "sql", description = "Run SQL statements against a database and print the results.")
final class SqlCommand implements Callable<Integer> {
  @Option(names = "--db", defaultValue = "sochdb-data/demo",
      description = "Database directory or jdbc:sochdb: URL (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--format", defaultValue = "table", description = "table, csv, json or toon (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  @Parameters(paramLabel = "SQL", arity = "1..*", description = "Statements, run in order.")
  String[] statements;

  static String url(String db) {
    return db.startsWith("jdbc:") ? db : "jdbc:sochdb:" + db;
  }

  @Override
  public Integer call() throws SQLException {
    PrintStream out = System.out;
    try (Connection c = DriverManager.getConnection(url(db)); Statement s = c.createStatement()) {
      for (String sql : statements) {
        try {
          if (s.execute(sql)) {
            try (ResultSet rs = s.getResultSet()) {
              format.print(rs, out);
            }
          } else {
            out.println(s.getUpdateCount() + " row(s)");
          }
        } catch (SQLException e) {
          System.err.println("error [" + e.getSQLState() + "]: " + e.getMessage());
          return 1;
        }
      }
    }
    return 0;
  }
}
