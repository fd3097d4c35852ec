package org.sochdb.tck;

import org.sochdb.client.SochDB;

/** A child process that opens a database with the client, says "open", and holds it until stdin closes. */
public final class ClientLockHolder {
  private ClientLockHolder() {}

  public static void main(String[] args) throws Exception {
    try (SochDB db = SochDB.open(args[0])) {
      db.putPath("held/by", String.valueOf(ProcessHandle.current().pid()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock until the parent closes our stdin
      }
    }
  }
}
