package org.sochdb.storage.engine;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The engines a database's base image can live on, chosen with the {@code engine} option when
 * the database is created and named by its data file afterwards.
 *
 * <p>Only the {@link #MAPDB} branches name {@link MapDbEngine}: MapDB brings in the Kotlin
 * standard library and Eclipse Collections, and a database on MVStore must not load them.
 */
public enum EngineKind {
  /** H2's MVStore, the default: copy-on-write commits that a kill cannot tear. */
  MVSTORE("data.mvstore"),
  /** MapDB 3.1 with its write-ahead log. */
  MAPDB("data.mapdb");

  private final String dataFile;

  EngineKind(String dataFile) {
    this.dataFile = dataFile;
  }

  /** Parses {@code mvstore|mapdb}, any case. */
  public static EngineKind parse(String text) {
    for (EngineKind k : values()) {
      if (k.text().equalsIgnoreCase(text.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("engine must be mvstore or mapdb, not '" + text + "'");
  }

  /** The option value that names this engine. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The base image's file name in a database directory; its presence tells the engine. */
  public String dataFile() {
    return dataFile;
  }

  /** Opens or creates the base image file. */
  public Engine openFile(Path file, boolean readOnly) {
    return switch (this) {
      case MVSTORE -> MvStoreEngine.openFile(file, readOnly);
      case MAPDB -> MapDbEngine.openFile(file, readOnly);
    };
  }

  /** A base image on the heap, for {@code mem:} databases. */
  public Engine openMemory() {
    return switch (this) {
      case MVSTORE -> MvStoreEngine.openMemory();
      case MAPDB -> MapDbEngine.openMemory();
    };
  }
}
