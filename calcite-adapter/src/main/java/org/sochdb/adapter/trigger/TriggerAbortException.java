package org.sochdb.adapter.trigger;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown by a trigger to abort the statement that fired it, with an application error code, and
 * caught by the application from the statement: one exception for both sides. Trigger code writes
 * {@code throw new TriggerAbortException("INVALID_AGE", "Age cannot be negative")}; nothing of the
 * statement is written, and {@code executeUpdate} throws this exception, whose {@link #getCode()}
 * is the code.
 *
 * <p>SQLSTATE {@value #SQL_STATE} (unhandled user-defined exception, as SQL/PSM's {@code SIGNAL}).
 * Its message is {@code "CODE: message"}, so the code also shows in logs and survives where only a
 * message travels ({@link #fromMessage}).
 */
public class TriggerAbortException extends SQLException {
  /** The SQLSTATE of every instance: 45000, unhandled user-defined exception. */
  public static final String SQL_STATE = "45000";

  private static final long serialVersionUID = 1L;
  private static final Pattern CODED = Pattern.compile("^([A-Z][A-Z0-9_]*): (.*)$", Pattern.DOTALL);

  private final String code;
  private final String reason;

  /**
   * Creates the exception a trigger throws.
   *
   * @param code the application's error code, e.g. {@code "INVALID_AGE"}; may be null
   * @param message what went wrong, e.g. {@code "Age cannot be negative"}
   */
  public TriggerAbortException(String code, String message) {
    this(code, message, null);
  }

  /** As {@link #TriggerAbortException(String, String)}, with a cause. */
  public TriggerAbortException(String code, String message, Throwable cause) {
    this(code, message, 0, cause);
  }

  private TriggerAbortException(String code, String message, int vendorCode, Throwable cause) {
    super(code == null ? message : code + ": " + message, SQL_STATE, vendorCode, cause);
    this.code = code;
    this.reason = message;
  }

  /**
   * The exception whose complete message is {@code message}: a leading {@code CODE: } (upper-case
   * letters, digits, underscores) is taken as the code, otherwise the code is null. For messages
   * that crossed a boundary that carries text only.
   */
  public static TriggerAbortException fromMessage(String message, int vendorCode, Throwable cause) {
    Matcher m = message == null ? null : CODED.matcher(message);
    return m != null && m.matches() ? new TriggerAbortException(m.group(1), m.group(2), vendorCode, cause)
        : new TriggerAbortException(null, message, vendorCode, cause);
  }

  /** The application's error code, e.g. {@code "INVALID_AGE"}; null if none was given. */
  public String getCode() {
    return code;
  }

  /** The message without the code. */
  public String getReason() {
    return reason;
  }
}
