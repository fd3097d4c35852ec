package org.sochdb.cli.bulk;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.sochdb.vector.io.VectorReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sochdb bulk load}: vectors (with ids and metadata) into a collection, through JDBC batches. */
@Command(name = "load", description = "Load a vector file into a collection, creating it if absent; "
    + "each --batch rows are one transaction.",
    footer = {"", "Example:", "  sochdb bulk load --db ./db --table tenant_1.docs --input vectors.npy --ids ids.txt "
        + "--metadata meta.jsonl"})
final class LoadCommand implements Callable<Integer> {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  @Mixin
  VectorSource source;

  @Option(names = "--db", required = true, description = "Database directory or jdbc:sochdb: URL.")
  String db;

  @Option(names = "--table", required = true, description = "Collection, as name or namespace.name.")
  String table;

  @Option(names = "--metadata", description = "JSON lines file: one JSON object (or an empty line) per vector.")
  Path metadata;

  @Option(names = "--metric", defaultValue = "cosine",
      description = "Metric of a collection created here: cosine, euclidean or dot (default: ${DEFAULT-VALUE}).")
  String metric;

  @Option(names = "--batch", defaultValue = "1000", description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() throws Exception {
    if (NAME.matcher(table).matches() == false) {
      throw new IllegalArgumentException("--table must be name or namespace.name (letters, digits, _), not '"
          + table + "'");
    }
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be positive, not " + batch);
    }
    String url = db.startsWith("jdbc:") ? db : "jdbc:sochdb:" + db;
    try (VectorReader in = source.open();
        BufferedReader idLines = source.idLines();
        BufferedReader metaLines = metadata == null ? null : VectorInput.lines(metadata);
        Connection c = DriverManager.getConnection(url);
        Progress progress = new Progress("loading", in.count())) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE COLLECTION IF NOT EXISTS " + table + " (DIMENSION " + in.dimension() + ", METRIC '"
            + metric.replace("'", "''") + "')");
      }
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(
          "UPSERT INTO " + table + " (\"id\", \"embedding\", \"metadata\") VALUES (?, ?, ?)")) {
        long n = 0;
        float[] v;
        while ((v = in.next()) != null) {
          ps.setString(1, source.id(idLines, in.count(), n));
          ps.setObject(2, v);
          String json = metaLines == null ? null : VectorInput.nextLine(metaLines, metadata, in.count(), n).trim();
          ps.setString(3, json == null || json.isEmpty() ? null : json);
          ps.addBatch();
          n++;
          if (n % batch == 0 || n == in.count()) {
            ps.executeBatch();
            c.commit();
            progress.step(n % batch == 0 ? batch : n % batch);
          }
        }
      }
      for (BufferedReader lines : new BufferedReader[] {idLines, metaLines}) {
        if (lines != null) {
          VectorInput.requireEnd(lines, lines == idLines ? source.ids : metadata, in.count());
        }
      }
      progress.close();
      System.out.println(progress.summary(" loaded into " + table));
    }
    return 0;
  }
}
