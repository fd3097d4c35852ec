package org.sochdb.jdbc.errors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and cleans the messages Avatica and Calcite wrap around the real error: finds a SQLSTATE
 * embedded as {@code Error 1001 (23505) : ...} and strips that prefix and
 * {@code Error while executing SQL "...": }.
 */
final class ErrorMessages {

  /** AvaticaSqlException's message: {@code "Error " + errorCode + " (" + sqlState + ") : " + msg}. */
  private static final Pattern AVATICA_PREFIX = Pattern.compile("Error -?\\d+ \\(([^)]*)\\) : ");
  private static final Pattern EMBEDDED_STATE = Pattern.compile("Error -?\\d+ \\(([0-9A-Z]{5})\\) : ");
  /** AvaticaStatement's message: {@code "Error while executing SQL \"" + sql + "\": " + cause}. */
  private static final String EXECUTING = "Error while executing SQL \"";
  private static final String SQL_END = "\": ";

  private ErrorMessages() {
  }

  /** The SQLSTATE in an Avatica-formatted {@code Error N (SSSSS) : } part of the message, or null. */
  static String embeddedState(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = EMBEDDED_STATE.matcher(message);
    return m.find() ? m.group(1) : null;
  }

  /** {@code t}'s message without Avatica's prefixes; null if it has no message. */
  static String clean(Throwable t) {
    String m = t.getMessage();
    while (m != null) {
      Matcher avatica = AVATICA_PREFIX.matcher(m);
      if (avatica.lookingAt()) {
        m = m.substring(avatica.end());
        continue;
      }
      String rest = m.startsWith(EXECUTING) ? afterSql(m, t.getCause()) : null;
      if (rest == null) {
        break;
      }
      m = rest;
    }
    return m;
  }

  /**
   * What follows the quoted SQL in {@code Error while executing SQL "...": rest}, or null. The SQL
   * itself may contain {@code ": }, so this prefers the cause's message (Avatica appends exactly
   * that), then scans the SQL respecting its quotes, then takes the first {@code ": }.
   */
  private static String afterSql(String m, Throwable cause) {
    int start = EXECUTING.length();
    String causeMessage = cause == null ? null : cause.getMessage();
    if (causeMessage != null
        && m.length() >= start + SQL_END.length() + causeMessage.length()
        && m.endsWith(causeMessage)
        && m.startsWith(SQL_END, m.length() - causeMessage.length() - SQL_END.length())) {
      return causeMessage;
    }
    char quote = 0;
    for (int i = start; i < m.length(); i++) {
      char c = m.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' && m.startsWith(SQL_END, i)) {
        return m.substring(i + SQL_END.length());
      } else if (c == '"' || c == '\'') {
        quote = c;
      }
    }
    int end = m.indexOf(SQL_END, start);
    return end < 0 ? null : m.substring(end + SQL_END.length());
  }
}
