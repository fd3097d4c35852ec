package org.sochdb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sochdb.storage.Database;
import org.sochdb.storage.KvCursor;
import org.sochdb.storage.StorageOptions;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.engine.Bytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sochdb kv put|get|delete|scan DB ...}: the raw key-value store, keys and values as UTF-8. */
@Command(name = "kv", description = "Read and write the key-value store directly.",
    subcommands = {KvCommand.Put.class, KvCommand.Get.class, KvCommand.Delete.class, KvCommand.Scan.class})
final class KvCommand {
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static Database open(Path db) {
    return Database.open(StorageOptions.file(db));
  }

  @Command(name = "put", description = "Store VALUE under KEY.")
  static final class Put implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DB") Path db;
    @Parameters(index = "1", paramLabel = "KEY") String key;
    @Parameters(index = "2", paramLabel = "VALUE") String value;

    @Override
    public Integer call() {
      try (Database d = open(db); StorageTransaction tx = d.begin()) {
        tx.put(utf8(key), utf8(value));
        System.out.println("OK (lsn " + tx.commit() + ")");
      }
      return 0;
    }
  }

  @Command(name = "get", description = "Print the value under KEY; exit 1 when absent.")
  static final class Get implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DB") Path db;
    @Parameters(index = "1", paramLabel = "KEY") String key;

    @Override
    public Integer call() {
      try (Database d = open(db); StorageTransaction tx = d.begin(true)) {
        byte[] v = tx.get(utf8(key));
        if (v == null) {
          System.err.println("key not found: " + key);
          return 1;
        }
        System.out.println(text(v));
      }
      return 0;
    }
  }

  @Command(name = "delete", description = "Remove KEY.")
  static final class Delete implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DB") Path db;
    @Parameters(index = "1", paramLabel = "KEY") String key;

    @Override
    public Integer call() {
      try (Database d = open(db); StorageTransaction tx = d.begin()) {
        tx.delete(utf8(key));
        tx.commit();
      }
      return 0;
    }
  }

  @Command(name = "scan", description = "List KEY: VALUE lines for keys starting with PREFIX (all keys without one).")
  static final class Scan implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DB") Path db;
    @Parameters(index = "1", paramLabel = "PREFIX", defaultValue = "") String prefix;

    @Override
    public Integer call() {
      try (Database d = open(db); StorageTransaction tx = d.begin(true); KvCursor c = tx.scanPrefix(utf8(prefix))) {
        c.forEachRemaining(kv -> System.out.println(Bytes.toDisplay(kv.key()) + ": " + text(kv.value())));
      }
      return 0;
    }
  }
}
