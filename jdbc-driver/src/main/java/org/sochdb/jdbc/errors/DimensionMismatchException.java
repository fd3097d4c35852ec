package org.sochdb.jdbc.errors;

import java.sql.SQLDataException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown when a vector's length differs from the dimension of the column or index it is used
 * with. SQLSTATE {@value #SQL_STATE} (data exception); the message reads
 * {@code "vector dimension mismatch: expected N, got M"}.
 */
public class DimensionMismatchException extends SQLDataException implements NamedSqlException {

  /** The SQLSTATE of every instance: 22000, data exception. */
  public static final String SQL_STATE = SqlStates.DATA_EXCEPTION;

  private static final long serialVersionUID = 1L;
  private static final Pattern MESSAGE =
      Pattern.compile("vector dimension mismatch: expected (\\d+), got (\\d+)");

  private final int expected;
  private final int actual;

  /** Creates the exception with the standard message for these dimensions. */
  public DimensionMismatchException(int expected, int actual) {
    this(expected, actual, null);
  }

  /** Creates the exception with the standard message for these dimensions. */
  public DimensionMismatchException(int expected, int actual, Throwable cause) {
    this(message(expected, actual), expected, actual, 0, cause);
  }

  /**
   * Creates the exception from a message (as a remote server sends it); the dimensions are read
   * from it if it contains the standard text, else they are -1.
   */
  public DimensionMismatchException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  DimensionMismatchException(String message, int vendorCode, Throwable cause) {
    this(message, parse(message, 1), parse(message, 2), vendorCode, cause);
  }

  DimensionMismatchException(
      String message, int expected, int actual, int vendorCode, Throwable cause) {
    super(message, SQL_STATE, vendorCode, cause);
    this.expected = expected;
    this.actual = actual;
  }

  /** The standard message: {@code "vector dimension mismatch: expected N, got M"}. */
  public static String message(int expected, int actual) {
    return "vector dimension mismatch: expected " + expected + ", got " + actual;
  }

  /** Whether {@code message} contains the standard text this exception is recognised by. */
  static boolean matches(String message) {
    return message != null && MESSAGE.matcher(message).find();
  }

  /** The dimension the column or index requires, or -1 if unknown. */
  public int getExpected() {
    return expected;
  }

  /** The dimension of the vector supplied, or -1 if unknown. */
  public int getActual() {
    return actual;
  }

  private static int parse(String message, int group) {
    if (message == null) {
      return -1;
    }
    Matcher m = MESSAGE.matcher(message);
    if (!m.find()) {
      return -1;
    }
    try {
      return Integer.parseInt(m.group(group));
    } catch (NumberFormatException tooLong) {
      return -1;
    }
  }
}
