package org.sochdb.storage.wal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Naming of log segment files: {@code wal-<first LSN, 20 digits>.log}, so names sort by LSN. */
final class WalSegments {
  private WalSegments() {}

  static Path name(Path dir, long firstLsn) {
    return dir.resolve(String.format("wal-%020d.log", firstLsn));
  }

  static long firstLsn(Path segment) {
    String n = segment.getFileName().toString();
    return Long.parseLong(n.substring(4, n.length() - 4));
  }

  static List<Path> list(Path dir) throws IOException {
    if (Files.isDirectory(dir) == false) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> out = new ArrayList<>(s
          .filter(p -> p.getFileName().toString().matches("wal-\\d{20}\\.log"))
          .sorted(Comparator.comparingLong(WalSegments::firstLsn))
          .toList());
      return out;
    }
  }
}
