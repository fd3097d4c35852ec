package org.sochdb.jdbc.errors;

/**
 * SQLSTATEs for the embedded engine's (Calcite's) exceptions that carry none: a parse failure is
 * a syntax error (42000, the SQL standard's class code), a validation failure such as an unknown column a syntax error or access
 * rule violation (42000). Matched by class name so this package needs no Calcite dependency.
 */
final class EngineStates {

  private EngineStates() {
  }

  /** The first link of {@code t}'s chain whose class implies a state, or null. */
  static Throwable source(Throwable t) {
    for (int depth = 0; t != null && depth < CauseChain.MAX_DEPTH; depth++, t = t.getCause()) {
      if (stateOf(t) != null) {
        return t;
      }
    }
    return null;
  }

  /** The state implied by the first recognised engine exception in {@code t}'s chain, or null. */
  static String infer(Throwable t) {
    Throwable s = source(t);
    return s == null ? null : stateOf(s);
  }

  /** The state one link implies by its class (and, for validation errors, its message). */
  static String stateOf(Throwable t) {
    String message = String.valueOf(t.getMessage());
    switch (t.getClass().getName()) {
      case "org.apache.calcite.sql.parser.SqlParseException":
        return SqlStates.SYNTAX_ERROR;
      case "org.apache.calcite.sql.validate.SqlValidatorException":
      case "org.apache.calcite.runtime.CalciteContextException":
        if (message.contains("does not allow NULLs")) {
          return "23502"; // an INSERT that leaves a NOT NULL column without a value
        }
        if (message.matches("(?s).*(Object|Table) '[^']*' not found.*")) {
          return "42S02"; // unknown table, as H2 and ODBC report it
        }
        if (message.matches("(?s).*Column '[^']*' not found.*")) {
          return "42S22"; // unknown column
        }
        return SqlStates.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
      case "java.sql.SQLException":
        return message.contains("unbound parameter") ? "07001" : null;
      case "java.lang.ArithmeticException":
        return message.contains("zero") ? "22012" : "22003";
      case "java.lang.NumberFormatException":
        return "22018";
      case "java.lang.ClassCastException":
        // a value of the wrong type reaching generated code: text given for a number, say
        return message.contains("java.lang.String") ? "22018" : null;
      case "java.lang.IllegalArgumentException":
      case "java.time.DateTimeException":
      case "java.time.format.DateTimeParseException":
        return message.matches("(?is).*(date|time|day|month|year|hour|minute|second).*") ? "22007" : null;
      case "java.lang.IllegalStateException":
        return message.contains("more than one value in agg SINGLE_VALUE") ? "21000" : null;
      default:
        return null;
    }
  }
}
