package org.sochdb.bench.storage;

import java.nio.file.Path;
import org.sochdb.storage.engine.EngineKind;

/** Opens an engine under test by name in one of the benchmark's durability setups. */
final class Engines {
  /** SochDB on its default engine, MVStore. */
  static final String SOCHDB = "sochdb";
  /** SochDB on MapDB ({@code engine=mapdb}). */
  static final String SOCHDB_MAPDB = "sochdb-mapdb";
  /** H2's MVStore with its TransactionStore, the reference every ratio divides by. */
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

  /** The name of an engine's column in the results table. */
  static String label(String engine) {
    return switch (engine) {
      case SOCHDB -> "SochDB";
      case SOCHDB_MAPDB -> "SochDB on MapDB";
      case MVSTORE -> "MVStore";
      default -> engine;
    };
  }

  static KvTarget open(String engine, Path dir, Mode mode) {
    return switch (engine) {
      case SOCHDB -> SochDbTarget.open(dir, mode, EngineKind.MVSTORE);
      case SOCHDB_MAPDB -> SochDbTarget.open(dir, mode, EngineKind.MAPDB);
      case MVSTORE -> MvStoreTarget.open(dir, mode);
      default -> throw new IllegalArgumentException("unknown engine " + engine);
    };
  }
}
