package org.sochdb.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sochdb.toon.Toon;

/** How {@code sochdb sql} prints a result set. */
enum ResultFormat {
  TABLE, CSV, JSON, TOON;

  void print(ResultSet rs, PrintStream out) throws SQLException {
    switch (this) {
      case TOON -> out.println(Toon.encode("result", rs));
      case CSV -> printCsv(rs, out);
      case JSON -> printJson(rs, out);
      default -> printTable(rs, out);
    }
  }

  private static List<String[]> read(ResultSet rs, List<String> labels) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      labels.add(md.getColumnLabel(i));
    }
    List<String[]> rows = new ArrayList<>();
    while (rs.next()) {
      String[] r = new String[labels.size()];
      for (int i = 0; i < r.length; i++) {
        Object v = rs.getObject(i + 1);
        r[i] = v == null ? null : v instanceof float[] f ? Arrays.toString(f) : String.valueOf(v);
      }
      rows.add(r);
    }
    return rows;
  }

  private static void printTable(ResultSet rs, PrintStream out) throws SQLException {
    List<String> labels = new ArrayList<>();
    List<String[]> rows = read(rs, labels);
    int[] w = new int[labels.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = labels.get(i).length();
      for (String[] r : rows) {
        w[i] = Math.max(w[i], String.valueOf(r[i]).length());
      }
    }
    StringBuilder sep = new StringBuilder("+");
    for (int x : w) {
      sep.append("-".repeat(x + 2)).append('+');
    }
    out.println(sep);
    out.println(line(labels.toArray(String[]::new), w));
    out.println(sep);
    for (String[] r : rows) {
      out.println(line(r, w));
    }
    out.println(sep);
    out.println(rows.size() + " row(s)");
  }

  private static String line(String[] cells, int[] w) {
    StringBuilder sb = new StringBuilder("|");
    for (int i = 0; i < w.length; i++) {
      String v = String.valueOf(cells[i]);
      sb.append(' ').append(v).append(" ".repeat(w[i] - v.length())).append(" |");
    }
    return sb.toString();
  }

  private static void printCsv(ResultSet rs, PrintStream out) throws SQLException {
    List<String> labels = new ArrayList<>();
    List<String[]> rows = read(rs, labels);
    out.println(String.join(",", labels.stream().map(ResultFormat::csv).toList()));
    for (String[] r : rows) {
      out.println(String.join(",", Arrays.stream(r).map(ResultFormat::csv).toList()));
    }
  }

  private static String csv(String v) {
    if (v == null) {
      return "";
    }
    return v.matches(".*[,\"\\n\\r].*") ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  private static void printJson(ResultSet rs, PrintStream out) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    StringBuilder sb = new StringBuilder("[");
    boolean first = true;
    while (rs.next()) {
      sb.append(first ? "" : ",").append('{');
      first = false;
      for (int i = 1; i <= md.getColumnCount(); i++) {
        sb.append(i > 1 ? "," : "").append(json(md.getColumnLabel(i))).append(':');
        Object v = rs.getObject(i);
        if (v == null || v instanceof Number || v instanceof Boolean) {
          sb.append(v);
        } else if (v instanceof float[] f) {
          sb.append(Arrays.toString(f).replace(" ", ""));
        } else {
          sb.append(json(String.valueOf(v)));
        }
      }
      sb.append('}');
    }
    out.println(sb.append(']'));
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return sb.append('"').toString();
  }
}
