package org.sochdb.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary database directories for tests, removed afterwards. */
public final class TestDirs {
  private TestDirs() {}

  public static Path create(String prefix) throws IOException {
    return Files.createTempDirectory("sochdb-" + prefix);
  }

  public static void delete(Path dir) throws IOException {
    if (dir == null || Files.exists(dir) == false) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    }
  }

  public static byte[] b(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  public static String s(byte[] b) {
    return b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
