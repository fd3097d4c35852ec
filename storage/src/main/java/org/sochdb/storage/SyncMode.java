package org.sochdb.storage;

import java.util.Locale;

/**
 * How far a commit goes before it returns.
 *
 * <ul>
 *   <li>{@link #FULL}: the log is forced to disk first (commits waiting together share one
 *       fsync); nothing that returned is lost in a crash.</li>
 *   <li>{@link #NORMAL}: commits collect in a 1 MiB in-memory log buffer that a thread of its
 *       own writes and forces {@value #NORMAL_SYNC_INTERVAL_MS} ms after its previous force (a
 *       commit that finds the buffer full writes it to the file first, unforced); after any
 *       crash, of the process or of the OS, the database is atomic and consistent and holds a
 *       prefix of the commits, missing at most those of the last interval.</li>
 *   <li>{@link #OFF}: no log; data reach disk at checkpoints and at close. After a crash the
 *       database is the last checkpoint, whole. For data that can be rebuilt.</li>
 * </ul>
 */
public enum SyncMode {
  FULL, NORMAL, OFF;

  public static final long NORMAL_SYNC_INTERVAL_MS = 100;

  /** Parses {@code full|normal|off}, any case. */
  public static SyncMode parse(String text) {
    for (SyncMode m : values()) {
      if (m.name().equalsIgnoreCase(text.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "sync_mode must be full, normal or off, not '" + text + "'");
  }

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }
}
