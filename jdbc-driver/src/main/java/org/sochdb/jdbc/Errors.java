package org.sochdb.jdbc;

import java.sql.SQLException;
import org.sochdb.jdbc.errors.DatabaseLockedException;
import org.sochdb.jdbc.errors.SqlErrors;

/**
 * Turns a failure while connecting into the {@link SQLException} users catch: a locked
 * database becomes {@link DatabaseLockedException} carrying the holder's process id, anything
 * else goes through {@link SqlErrors#translate} (named exceptions, standard subclasses by
 * SQLSTATE).
 */
final class Errors {
  private Errors() {}

  static SQLException toSql(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.sochdb.storage.error.DatabaseLockedException locked
          && locked.kind() == org.sochdb.storage.error.ErrorKind.DATABASE_LOCKED) {
        return new DatabaseLockedException(locked.getMessage(), locked.holderPid(), e);
      }
    }
    return SqlErrors.translate(e);
  }
}
