package org.sochdb.cli.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sochdb.cli.SochCli;
import org.sochdb.vector.io.VectorFormat;
import org.sochdb.vector.io.VectorWriter;

/** {@code sochdb bulk}: each subcommand on small files, with its exact output and exit code. */
class BulkCommandTest {
  @TempDir
  Path dir;

  private Path raw;
  private Path ids;

  /** What one run printed and returned; timings in summaries read {@code T s (R vec/s)}. */
  private record Run(int code, String out, String err) {}

  @BeforeEach
  void files() throws IOException {
    raw = dir.resolve("v.f32");
    try (VectorWriter w = VectorFormat.RAW_F32.create(raw, 2, 4)) {
      w.write(new float[] {0, 0});
      w.write(new float[] {3, 4});
      w.write(new float[] {1, 0});
      w.write(new float[] {0, 6});
      w.finish();
    }
    ids = Files.writeString(dir.resolve("ids.txt"), "origin\nfar\nnear\nup\n");
  }

  private Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = SochCli.run(args);
      return new Run(code, timeless(o.toString(StandardCharsets.UTF_8)), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static String timeless(String s) {
    return s.replaceAll("in \\d+\\.\\d\\d s \\(\\d+ vec/s\\)", "in T s (R vec/s)");
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void buildQueryAndInfo() throws IOException {
    Run built = run("bulk", "build-index", "--input", raw.toString(), "--dimension", "2", "--output", p("v.hnsw"),
        "--metric", "euclidean", "--ids", ids.toString(), "--max-connections", "4", "--ef-construction", "20",
        "--threads", "1");
    long size = Files.size(dir.resolve("v.hnsw")) + Files.size(dir.resolve("v.hnsw.ids"));
    assertEquals(new Run(0, "4 vectors in T s (R vec/s), index " + size + " bytes: " + p("v.hnsw") + "\n", ""), built);

    Path queries = dir.resolve("q.fvecs");
    try (VectorWriter w = VectorFormat.FVECS.create(queries, 2, 2)) {
      w.write(new float[] {0.5f, 0});
      w.write(new float[] {0, 5});
      w.finish();
    }
    assertEquals(new Run(0, "0\torigin\t0.500000\n0\tnear\t0.500000\n0\tfar\t4.716990\n"
        + "1\tup\t1.000000\n1\tfar\t3.162278\n1\torigin\t5.000000\n"
        + "2 vectors in T s (R vec/s) searched, index " + size + " bytes\n", ""),
        run("bulk", "query", "--index", p("v.hnsw"), "--query", queries.toString(), "--k", "3", "--ef", "16"));

    assertEquals(new Run(0, "Dimension:       2\nVectors:         4\nMax connections: 4\nMetric:          euclidean\n"
        + "ef_construction: 20\nFile size:       " + size + " bytes\n", ""), run("bulk", "info", "--index", p("v.hnsw")));
  }

  @Test
  void idsDefaultToPositions() {
    assertEquals(0, run("bulk", "build-index", "--input", raw.toString(), "--dimension", "2", "--output", p("v.hnsw"),
        "--metric", "euclidean").code());
    assertEquals("2\t2\t0.000000\n", run("bulk", "query", "--index", p("v.hnsw"), "--query", raw.toString(), "--k", "1")
        .out().lines().skip(2).findFirst().orElseThrow() + "\n");
  }

  @Test
  void convertRoundTripsExactly() throws IOException {
    assertEquals(new Run(0, "4 vectors in T s (R vec/s), dimension 2, raw_f32 to npy, output 160 bytes: "
        + p("v.npy") + "\n", ""),
        run("bulk", "convert", "--input", raw.toString(), "--dimension", "2", "--output", p("v.npy"), "--to-format", "npy"));
    assertEquals(0, run("bulk", "convert", "--input", p("v.npy"), "--output", p("v.fvecs"), "--to-format", "fvecs").code());
    assertEquals(48, Files.size(dir.resolve("v.fvecs")));
    assertEquals(0, run("bulk", "convert", "--input", p("v.fvecs"), "--output", p("back.f32"), "--to-format", "raw_f32")
        .code());
    assertEquals(List.of(Files.readAllBytes(raw).length), List.of(Files.readAllBytes(dir.resolve("back.f32")).length));
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(raw), Files.readAllBytes(dir.resolve("back.f32"))));
  }

  @Test
  void loadFillsACollectionInBatches() throws Exception {
    Path meta = Files.writeString(dir.resolve("m.jsonl"), "{\"tag\": \"a\"}\n\n{\"tag\": \"c\"}\n{\"tag\": \"d\"}\n");
    String db = p("db");
    assertEquals(new Run(0, "4 vectors in T s (R vec/s) loaded into tenant_docs\n", ""),
        run("bulk", "load", "--db", db, "--table", "tenant_docs", "--input", raw.toString(), "--dimension", "2",
            "--ids", ids.toString(), "--metadata", meta.toString(), "--batch", "3", "--metric", "euclidean"));
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sochdb:" + db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, metadata, distance FROM TABLE(vector_search('tenant_docs', "
            + "'[0, 0]', 4)) ORDER BY distance, id")) {
      while (rs.next()) {
        rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3));
      }
    }
    assertEquals(List.of("origin|{\"tag\": \"a\"}|0.0", "near|{\"tag\": \"c\"}|1.0", "far|null|5.0",
        "up|{\"tag\": \"d\"}|6.0"), rows);
  }

  @Test
  void errorsAreOneLineWithExitCodes() throws IOException {
    assertEquals(new Run(1, "", "error: no such file: " + p("none.npy") + "\n"),
        run("bulk", "build-index", "--input", p("none.npy"), "--output", p("x.hnsw")));
    assertEquals(new Run(1, "", "error: " + raw + ": a raw float32 file needs its dimension (--dimension N)\n"),
        run("bulk", "build-index", "--input", raw.toString(), "--output", p("x.hnsw")));
    assertEquals(new Run(1, "", "error: " + raw + ": size 32 bytes is not a whole number of float32 vectors of "
        + "dimension 3 (12 bytes each)\n"), run("bulk", "convert", "--input", raw.toString(), "--dimension", "3",
        "--output", p("x.npy"), "--to-format", "npy"));
    Path bad = Files.write(dir.resolve("bad.npy"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    assertEquals(new Run(1, "", "error: " + bad + ": not a .npy file (no \\x93NUMPY magic)\n"),
        run("bulk", "convert", "--input", bad.toString(), "--output", p("x.f32"), "--to-format", "raw_f32"));
    assertEquals(new Run(1, "", "error: no such file: " + p("none.hnsw") + "\n"),
        run("bulk", "info", "--index", p("none.hnsw")));
    Path shortIds = Files.writeString(dir.resolve("short.txt"), "a\nb\n");
    assertEquals(new Run(1, "", "error: " + shortIds + " has 2 lines but the input has 4 vectors\n"),
        run("bulk", "build-index", "--input", raw.toString(), "--dimension", "2", "--output", p("x.hnsw"),
            "--ids", shortIds.toString()));
    Run usage = run("bulk", "convert", "--input", raw.toString(), "--output", p("x"), "--to-format", "csv");
    assertEquals(2, usage.code());
    assertEquals("Invalid value for option '--to-format': unknown vector format 'csv': expected raw_f32, npy or fvecs",
        usage.err().lines().findFirst().orElseThrow());
    assertEquals(2, run("bulk", "build-index", "--input", raw.toString(), "--output", p("x.hnsw"), "--threads", "0")
        .code());
    assertEquals(2, run("bulk", "query", "--index", p("x.hnsw")).code(), "--query is required");
  }
}
