package org.sochdb.adapter.error;

import org.sochdb.storage.error.StorageException;

/** Turns storage failures into {@link SochSqlException}s with the storage kind's SQLSTATE. */
public final class StorageErrors {
  private StorageErrors() {}

  public static SochSqlException toSql(StorageException e) {
    return new SochSqlException(e.sqlState(), e.getMessage(), e);
  }
}
