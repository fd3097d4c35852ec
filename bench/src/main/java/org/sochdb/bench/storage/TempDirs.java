package org.sochdb.bench.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** One temp directory for the whole run, a fresh subdirectory per engine instance; all deleted. */
public final class TempDirs implements AutoCloseable {
  private final Path root;
  private int next;

  public TempDirs(Path parent) throws IOException {
    Files.createDirectories(parent);
    root = Files.createTempDirectory(parent, "sochdb-storage-bench-");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
  }

  public Path fresh(String engine) {
    Path dir = root.resolve(engine + "-" + (next++));
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) {
    if (Files.exists(dir) == false) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long sizeBytes(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    delete(root);
  }
}
