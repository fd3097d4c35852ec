package org.sochdb.bench.sql;

import java.nio.file.Path;
import java.util.Locale;

/** An engine under test and how to reach its file database in a directory. */
enum Engine {
  SOCHDB("SochDB"),
  H2("H2");

  final String label;

  Engine(String label) {
    this.label = label;
  }

  /** The engine's own directory under a benchmark's base directory. */
  Path dir(Path base) {
    return base.resolve(name().toLowerCase(Locale.ROOT)).toAbsolutePath();
  }

  /** The JDBC URL of the database in {@code dir} (the engine's directory). */
  String url(Path dir) {
    return switch (this) {
      case SOCHDB -> "jdbc:sochdb:" + dir + ";sync_mode=normal";
      case H2 -> "jdbc:h2:" + dir + "/h2";
    };
  }

  static Engine parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
