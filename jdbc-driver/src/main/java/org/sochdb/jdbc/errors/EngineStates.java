package org.sochdb.jdbc.errors;

/**
 * SQLSTATEs for the embedded engine's (Calcite's) exceptions that carry none: a parse failure is
 * a syntax error (42601), a validation failure such as an unknown column a syntax error or access
 * rule violation (42000). Matched by class name so this package needs no Calcite dependency.
 */
final class EngineStates {

  private EngineStates() {
  }

  /** The state implied by the first recognised engine exception in {@code t}'s chain, or null. */
  static String infer(Throwable t) {
    for (int depth = 0; t != null && depth < CauseChain.MAX_DEPTH; depth++, t = t.getCause()) {
      switch (t.getClass().getName()) {
        case "org.apache.calcite.sql.parser.SqlParseException":
          return SqlStates.SYNTAX_ERROR;
        case "org.apache.calcite.sql.validate.SqlValidatorException":
        case "org.apache.calcite.runtime.CalciteContextException":
          return SqlStates.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
        default:
          break;
      }
    }
    return null;
  }
}
