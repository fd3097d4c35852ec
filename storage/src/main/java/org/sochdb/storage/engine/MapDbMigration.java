package org.sochdb.storage.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.sochdb.storage.error.ErrorKind;
import org.sochdb.storage.error.StorageException;

/**
 * Moves a base image from MapDB (the first engine) to MVStore, once, when a directory made by
 * an earlier build is opened for writing.
 *
 * <p>Crash-safe by order: the copy is built in a temporary file, committed and forced, then
 * renamed to its final name, and only then is the MapDB file deleted. A kill before the rename
 * leaves the MapDB file in charge (the next open starts over); a kill after it leaves both,
 * and the MVStore file wins. The markers ({@code checkpoint_lsn}) travel with the data, so the
 * log replays on top of the copy exactly as it would have on the original.
 */
public final class MapDbMigration {
  static final String[] MARKERS = {"format_version", "checkpoint_lsn"};
  private static final int BATCH = 4096;

  private MapDbMigration() {}

  public static void migrate(Path mapDbFile, Path mvStoreFile) throws IOException {
    Path temp = mvStoreFile.resolveSibling(mvStoreFile.getFileName() + ".migrating");
    Files.deleteIfExists(temp);
    // Writable, so that MapDB first restores its own last commit from its log files.
    try (MapDbEngine from = MapDbEngine.openFile(mapDbFile, false);
        MvStoreEngine to = MvStoreEngine.openFile(temp, false)) {
      if (from.meta("format_version", -1) == -1 && from.size() > 0) {
        throw new StorageException(ErrorKind.CORRUPT, mapDbFile + " holds data without a SochDB format marker");
      }
      List<KvEntry> batch = new ArrayList<>(BATCH);
      for (Iterator<KvEntry> it = from.range(null, null); it.hasNext(); ) {
        batch.add(it.next());
        if (batch.size() == BATCH) {
          to.apply(batch);
          batch.clear();
        }
      }
      to.apply(batch);
      for (String marker : MARKERS) {
        long value = from.meta(marker, -1);
        if (value != -1) {
          to.setMeta(marker, value);
        }
      }
      to.commit();
    }
    Files.move(temp, mvStoreFile, StandardCopyOption.ATOMIC_MOVE);
    Files.delete(mapDbFile);
    try (var logs = Files.newDirectoryStream(mapDbFile.getParent(), mapDbFile.getFileName() + ".wal.*")) {
      for (Path log : logs) {
        Files.delete(log);
      }
    }
  }
}
