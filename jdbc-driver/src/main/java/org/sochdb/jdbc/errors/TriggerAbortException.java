package org.sochdb.jdbc.errors;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown by trigger code to abort the statement that fired it, with an application-defined code.
 * SQLSTATE {@value #SQL_STATE} (unhandled user-defined exception, as SQL/PSM's {@code SIGNAL}).
 *
 * <p>User trigger code throws {@code new TriggerAbortException("INVALID_AGE", "age must be >= 0")};
 * the application catches it from {@code executeUpdate} and reads {@link #getCode()}. The message
 * is {@code "CODE: message"} so the code also shows in logs, and so the code survives when only a
 * message travels (see {@link #TriggerAbortException(String, Throwable)}).
 */
public class TriggerAbortException extends SQLException implements NamedSqlException {

  /** The SQLSTATE of every instance: 45000, unhandled user-defined exception. */
  public static final String SQL_STATE = SqlStates.USER_DEFINED;

  private static final long serialVersionUID = 1L;
  private static final Pattern CODED = Pattern.compile("^([A-Z][A-Z0-9_]*): ", Pattern.DOTALL);

  private final String code;

  /**
   * Creates the exception for trigger code.
   *
   * @param code the application's error code, e.g. {@code "INVALID_AGE"}; may be null
   * @param message what went wrong; the exception's message is {@code code + ": " + message}
   */
  public TriggerAbortException(String code, String message) {
    this(code, message, null);
  }

  /** As {@link #TriggerAbortException(String, String)}, with a cause. */
  public TriggerAbortException(String code, String message, Throwable cause) {
    super(code == null ? message : code + ": " + message, SQL_STATE, 0, cause);
    this.code = code;
  }

  /**
   * Creates the exception from a complete message; a leading {@code CODE: } (upper-case letters,
   * digits, underscores) is taken as the code, otherwise the code is null.
   */
  public TriggerAbortException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  TriggerAbortException(String message, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
    this.code = parseCode(message);
  }

  /** The application's error code, e.g. {@code "INVALID_AGE"}; null if none was given. */
  public String getCode() {
    return code;
  }

  private static String parseCode(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = CODED.matcher(message);
    return m.find() ? m.group(1) : null;
  }
}
