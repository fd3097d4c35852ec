package org.sochdb.bench.storage;

import java.nio.file.Path;

/** Opens an engine under test by name in one of the benchmark's durability setups. */
final class Engines {
  static final String SOCHDB = "sochdb";
  static final String MVSTORE = "mvstore";

  /** The durability setups the lines use. */
  enum Mode {
    /** SochDB sync_mode=normal; MVStore defaults (background writer, autoCommitDelay 1000 ms). */
    BULK,
    /** SochDB sync_mode=full; MVStore defaults plus store.commit() and store.sync() after each commit. */
    FULL,
    /** SochDB in-memory database with a 4 GB version-store budget, so nothing is checkpointed and
     * every read hits the version store; MVStore as in BULK. */
    MEMTABLE
  }

  private Engines() {}

  static KvTarget open(String engine, Path dir, Mode mode) {
    return switch (engine) {
      case SOCHDB -> SochDbTarget.open(dir, mode);
      case MVSTORE -> MvStoreTarget.open(dir, mode);
      default -> throw new IllegalArgumentException("unknown engine " + engine);
    };
  }
}
