package org.sochdb.client;

import java.sql.SQLException;

/**
 * An {@link SQLException} raised while a scan is iterated (an {@link java.util.Iterator} cannot
 * throw checked exceptions); {@link #getCause()} is the driver's exception, of the named kind
 * ({@code org.sochdb.jdbc.errors}) when there is one.
 */
public class UncheckedSQLException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps {@code cause}. */
  public UncheckedSQLException(SQLException cause) {
    super(cause.getMessage(), cause);
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
