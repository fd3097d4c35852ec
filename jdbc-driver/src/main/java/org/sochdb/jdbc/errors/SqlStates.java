package org.sochdb.jdbc.errors;

/**
 * SQLSTATE values used by the SochDB driver, as constants.
 *
 * <p>The named exceptions repeat their own state as {@code SQL_STATE}; this class collects those
 * plus the generic states the driver emits itself. See {@code ERRORS.md} for the full table.
 */
public final class SqlStates {

  /** 08003: connection does not exist (used after close). */
  public static final String CONNECTION_DOES_NOT_EXIST = "08003";
  /** 0A000: feature not supported. */
  public static final String FEATURE_NOT_SUPPORTED = "0A000";
  /** 22000: data exception (also {@link DimensionMismatchException}). */
  public static final String DATA_EXCEPTION = "22000";
  /** 22023: invalid parameter value ({@link ValidationException}). */
  public static final String INVALID_PARAMETER_VALUE = "22023";
  /** 23505: unique violation. */
  public static final String UNIQUE_VIOLATION = "23505";
  /** 25006: read-only SQL transaction. */
  public static final String READ_ONLY_TRANSACTION = "25006";
  /** 3F000: invalid schema name ({@link NamespaceNotFoundException}). */
  public static final String INVALID_SCHEMA_NAME = "3F000";
  /** 40001: serialization failure ({@link SerializationFailureException}). */
  public static final String SERIALIZATION_FAILURE = "40001";
  /** 42000: syntax error or access rule violation. */
  public static final String SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION = "42000";
  /** 42000: syntax error or access rule violation (the standard class code). */
  public static final String SYNTAX_ERROR = "42000";
  /** 42P01: undefined table ({@link CollectionNotFoundException}). */
  public static final String UNDEFINED_TABLE = "42P01";
  /** 42P06: duplicate schema ({@link NamespaceExistsException}). */
  public static final String DUPLICATE_SCHEMA = "42P06";
  /** 42P07: duplicate table ({@link CollectionExistsException}). */
  public static final String DUPLICATE_TABLE = "42P07";
  /** 45000: unhandled user-defined exception ({@link org.sochdb.adapter.trigger.TriggerAbortException}). */
  public static final String USER_DEFINED = "45000";
  /** 55006: object in use ({@link DatabaseLockedException}). */
  public static final String OBJECT_IN_USE = "55006";
  /** 55P03: lock not available ({@link LockTimeoutException}). */
  public static final String LOCK_NOT_AVAILABLE = "55P03";
  /** 57014: query canceled (surfaces as {@link java.sql.SQLTimeoutException}). */
  public static final String QUERY_CANCELED = "57014";
  /** XX000: internal error (an unexpected runtime failure inside the driver or engine). */
  public static final String INTERNAL_ERROR = "XX000";

  private SqlStates() {
  }
}
