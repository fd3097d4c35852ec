package org.sochdb.storage;

import java.nio.file.Path;

/** A child process that opens a database, says "open", and holds it until stdin closes. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (Database db = Database.open(StorageOptions.file(Path.of(args[0])))) {
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock until the parent closes our stdin
      }
    }
  }
}
