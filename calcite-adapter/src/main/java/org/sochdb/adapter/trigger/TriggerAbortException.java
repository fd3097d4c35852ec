package org.sochdb.adapter.trigger;

import org.sochdb.adapter.error.SqlStateCarrier;

/**
 * Thrown by a trigger to abort the statement that fired it, with an application error code:
 * {@code throw new TriggerAbortException("INVALID_AGE", "Age cannot be negative")}. Nothing of the
 * statement is written.
 *
 * <p>SQLSTATE 45000 (unhandled user-defined exception, as SQL/PSM's {@code SIGNAL}). Its message is
 * {@code "CODE: message"}. Through JDBC the application catches
 * {@code org.sochdb.jdbc.errors.TriggerAbortException}, an {@code SQLException} whose
 * {@code getCode()} is the code and whose message is this one.
 */
public class TriggerAbortException extends RuntimeException implements SqlStateCarrier {
  /** The SQLSTATE of every instance. */
  public static final String SQL_STATE = "45000";

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String reason;

  /**
   * @param code the application's error code, e.g. {@code "INVALID_AGE"}; may be null
   * @param message what went wrong, e.g. {@code "Age cannot be negative"}
   */
  public TriggerAbortException(String code, String message) {
    this(code, message, null);
  }

  /** As {@link #TriggerAbortException(String, String)}, with a cause. */
  public TriggerAbortException(String code, String message, Throwable cause) {
    super(code == null ? message : code + ": " + message, cause);
    this.code = code;
    this.reason = message;
  }

  /** The application's error code; null if none was given. */
  public String getCode() {
    return code;
  }

  /** The message without the code. */
  public String getReason() {
    return reason;
  }

  @Override
  public String getSqlState() {
    return SQL_STATE;
  }
}
