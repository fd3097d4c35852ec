package org.sochdb.storage;

import java.nio.file.Path;
import org.sochdb.storage.engine.EngineKind;

/**
 * The child of {@link EngineClassLoadingTest}: creates a file database and a memory database
 * on the engine named in {@code args[0]} (the file one in directory {@code args[1]}), writes,
 * checkpoints, reads, scans, closes, reopens and reopens read-only: everything a database on
 * that engine does.
 */
public final class EngineUser {
  private EngineUser() {}

  public static void main(String[] args) {
    EngineKind engine = EngineKind.parse(args[0]);
    StorageOptions file = StorageOptions.file(Path.of(args[1])).withEngine(engine);
    use(file);
    use(file);
    use(StorageOptions.memory("engine-user").withEngine(engine));
    try (Database db = Database.open(file.withReadOnly(true)); StorageTransaction tx = db.begin(true);
        KvCursor c = tx.scan(null, null)) {
      c.forEachRemaining(kv -> tx.get(kv.key()));
    }
  }

  private static void use(StorageOptions options) {
    try (Database db = Database.open(options)) {
      try (StorageTransaction tx = db.begin()) {
        tx.put(TestDirs.b("k" + System.nanoTime()), TestDirs.b("v"));
        tx.commit();
      }
      db.checkpoint();
      try (StorageTransaction tx = db.begin(true); KvCursor c = tx.scan(null, null)) {
        c.forEachRemaining(kv -> tx.get(kv.key()));
      }
      db.stats();
    }
  }
}
