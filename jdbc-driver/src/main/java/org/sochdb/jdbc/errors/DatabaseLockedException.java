package org.sochdb.jdbc.errors;

import java.sql.SQLNonTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown when a connection cannot be opened because another process holds the database's
 * exclusive file lock. SQLSTATE {@value #SQL_STATE} (object in use); a non-transient connection
 * failure, since retrying will not help until the holder exits.
 */
public class DatabaseLockedException extends SQLNonTransientConnectionException
    implements NamedSqlException {

  /** The SQLSTATE of every instance: 55006, object in use. */
  public static final String SQL_STATE = SqlStates.OBJECT_IN_USE;

  private static final long serialVersionUID = 1L;
  private static final Pattern PID = Pattern.compile("\\bpid[\\s=:]*(\\d+)", Pattern.CASE_INSENSITIVE);

  private final long holderPid;

  /**
   * Creates the exception; the holder's pid is taken from a {@code pid N} in the message, if any,
   * else it is unknown (-1).
   */
  public DatabaseLockedException(String message, Throwable cause) {
    this(message, parsePid(message), 0, cause);
  }

  /** Creates the exception for a known lock holder ({@code holderPid} -1 if unknown). */
  public DatabaseLockedException(String message, long holderPid, Throwable cause) {
    this(message, holderPid, 0, cause);
  }

  DatabaseLockedException(String message, long holderPid, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
    this.holderPid = holderPid;
  }

  /** The process id holding the lock, or -1 if unknown. */
  public long getHolderPid() {
    return holderPid;
  }

  static long parsePid(String message) {
    if (message == null) {
      return -1;
    }
    Matcher m = PID.matcher(message);
    if (!m.find()) {
      return -1;
    }
    try {
      return Long.parseLong(m.group(1));
    } catch (NumberFormatException tooLong) {
      return -1;
    }
  }
}
