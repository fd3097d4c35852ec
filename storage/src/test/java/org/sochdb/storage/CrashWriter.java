package org.sochdb.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sochdb.storage.engine.EngineKind;

/**
 * The child of {@link CrashTest}: commits transaction after transaction, each writing three
 * keys {@code t<n>/a|b|c} and a {@code last} marker, and appends {@code <n>} to a report
 * file (one unbuffered write, which a SIGKILL cannot take back) once commit returns. It runs
 * until it is killed. Arguments: directory, sync mode, last commit so far, report file,
 * {@code cache_mb}, engine of a new database.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) throws java.io.IOException {
    Path dir = Path.of(args[0]);
    SyncMode mode = SyncMode.parse(args[1]);
    long n = Long.parseLong(args[2]);
    byte[] filler = new byte[3000];
    int cacheMb = Integer.parseInt(args[4]);
    EngineKind engine = EngineKind.parse(args[5]);
    try (Database db = Database.open(StorageOptions.file(dir).withSyncMode(mode).withCacheMb(cacheMb)
            .withEngine(engine));
        java.io.FileOutputStream report = new java.io.FileOutputStream(args[3], true)) {
      while (true) {
        n++;
        try (StorageTransaction tx = db.begin()) {
          for (String part : new String[] {"a", "b", "c"}) {
            tx.put(("t" + n + "/" + part).getBytes(StandardCharsets.UTF_8), filler);
          }
          tx.put("last".getBytes(StandardCharsets.UTF_8), Long.toString(n).getBytes(StandardCharsets.UTF_8));
          tx.commit();
        }
        report.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
      }
    }
  }
}
