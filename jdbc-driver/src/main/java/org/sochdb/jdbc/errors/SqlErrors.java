package org.sochdb.jdbc.errors;

import org.sochdb.adapter.error.SqlStateCarrier;
import org.sochdb.adapter.trigger.TriggerAbortException;
import org.sochdb.adapter.error.VectorDimensionException;
import org.sochdb.storage.error.LockHeldException;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns the errors of the embedded driver into the exceptions SochDB users catch: the standard
 * {@link SQLException} subclass for the SQLSTATE's class, or one of the named exceptions of this
 * package (and the trigger API's {@link TriggerAbortException}). See {@code ERRORS.md} for the table.
 *
 * <p>{@link #translate(Throwable)} finds the state, in this order:
 * <ol>
 *   <li>a named exception (of this package, or a {@link TriggerAbortException}) anywhere in the cause
 *       chain is returned as is;
 *   <li>a {@link SqlStateCarrier} in the chain gives the state and the message;
 *   <li>else the first link with a SQLSTATE: an {@link SQLException}'s own state, or one embedded
 *       in a message as Avatica formats it ({@code Error 1001 (23505) : ...});
 *   <li>else Calcite's parse and validation exceptions imply one (42000, or 23502, 42S02, 42S22 by message);
 *   <li>else an {@code SQLException} keeps having none, and anything else becomes
 *       {@value SqlStates#INTERNAL_ERROR} (internal error).
 * </ol>
 * The message is that of the link the state came from, with Avatica's prefixes
 * ({@code Error while executing SQL "...": } and {@code Error N (SSSSS) : }) removed. The result
 * keeps the vendor code, has the original exception as its cause, and carries over its
 * {@linkplain SQLException#getNextException() next exception}. An exception that needs no change
 * is returned itself.
 */
public final class SqlErrors {

  private SqlErrors() {
  }

  /** Translates a driver exception; see the class comment. Never returns null. */
  public static SQLException translate(SQLException e) {
    return translate((Throwable) e);
  }

  /**
   * Translates any failure (an {@link SQLException}, or a {@link RuntimeException} or
   * {@link Error} that escaped the engine) into an {@link SQLException}; see the class comment.
   * Never returns null.
   */
  public static SQLException translate(Throwable t) {
    Objects.requireNonNull(t, "t");
    Throwable named = CauseChain.find(t, SqlErrors::isNamed);
    if (named != null) {
      return (SQLException) named;
    }
    Throwable source = CauseChain.find(t, SqlErrors::isCarrier);
    String state;
    if (source != null) {
      state = carrierState(source);
    } else {
      source = CauseChain.find(t, link -> stateOf(link) != null);
      if (source != null) {
        state = stateOf(source);
      } else {
        Throwable engine = EngineStates.source(t);
        source = engine == null ? t : engine;
        state = engine == null ? null : EngineStates.stateOf(engine);
        if (state == null && !(t instanceof SQLException)) {
          state = SqlStates.INTERNAL_ERROR;
        }
      }
    }
    state = normalize(state);

    String message = ErrorMessages.clean(source);
    if (message == null && source != t) {
      message = ErrorMessages.clean(t);
    }
    if (message == null && !(t instanceof SQLException)) {
      message = t.getClass().getName();
    }

    int vendorCode = t instanceof SQLException ? ((SQLException) t).getErrorCode() : 0;
    if (vendorCode == 0 && source instanceof SQLException) {
      vendorCode = ((SQLException) source).getErrorCode();
    }

    SQLException result = create(state, message, vendorCode, t);
    if (t instanceof SQLException) {
      SQLException e = (SQLException) t;
      if (source == e
          && Objects.equals(message, e.getMessage())
          && Objects.equals(state, normalize(e.getSQLState()))
          && result.getClass().isInstance(e)) {
        return e;
      }
      if (e.getNextException() != null) {
        result.setNextException(e.getNextException());
      }
    }
    return result;
  }

  /**
   * Creates the exception SochDB throws for {@code sqlState}: a named exception for the states it
   * owns (55006, 55P03, 3F000, 42P06, 42P01, 42P07, 22023, 22000 with the dimension-mismatch
   * message, 45000, 40001), else the standard subclass for the state's class (see
   * {@code ERRORS.md}), else a plain {@link SQLException}.
   *
   * @param sqlState the SQLSTATE; may be null (plain {@code SQLException} without a state)
   * @param message the message, used as is
   * @param cause the cause; may be null
   */
  public static SQLException fromSqlState(String sqlState, String message, Throwable cause) {
    return create(normalize(sqlState), message, 0, cause);
  }

  private static SQLException create(String state, String message, int vendor, Throwable cause) {
    if (state == null) {
      return new SQLException(message, null, vendor, cause);
    }
    switch (state) {
      case DatabaseLockedException.SQL_STATE:
        return new DatabaseLockedException(message, holderPid(cause), vendor, cause);
      case LockTimeoutException.SQL_STATE:
        return new LockTimeoutException(message, vendor, cause);
      case NamespaceNotFoundException.SQL_STATE:
        return new NamespaceNotFoundException(message, vendor, cause);
      case NamespaceExistsException.SQL_STATE:
        return new NamespaceExistsException(message, vendor, cause);
      case CollectionNotFoundException.SQL_STATE:
        return new CollectionNotFoundException(message, vendor, cause);
      case CollectionExistsException.SQL_STATE:
        return new CollectionExistsException(message, vendor, cause);
      case ValidationException.SQL_STATE:
        return new ValidationException(message, vendor, cause);
      case DimensionMismatchException.SQL_STATE:
        Throwable dims = CauseChain.find(cause, t -> t instanceof VectorDimensionException);
        if (dims != null) {
          var d = (VectorDimensionException) dims;
          return new DimensionMismatchException(message, d.expected(), d.actual(), vendor, cause);
        }
        if (DimensionMismatchException.matches(message)) {
          return new DimensionMismatchException(message, vendor, cause);
        }
        break;
      case TriggerAbortException.SQL_STATE:
        return TriggerAbortException.fromMessage(message, vendor, cause);
      case SerializationFailureException.SQL_STATE:
        return new SerializationFailureException(message, vendor, cause);
      case SqlStates.READ_ONLY_TRANSACTION:
        return new SQLNonTransientException(message, state, vendor, cause);
      case SqlStates.QUERY_CANCELED:
        return new SQLTimeoutException(message, state, vendor, cause);
      default:
        break;
    }
    switch (state.length() < 2 ? state : state.substring(0, 2)) {
      case "08":
        return new SQLNonTransientConnectionException(message, state, vendor, cause);
      case "0A":
        return new SQLFeatureNotSupportedException(message, state, vendor, cause);
      case "22":
        return new SQLDataException(message, state, vendor, cause);
      case "23":
        return new SQLIntegrityConstraintViolationException(message, state, vendor, cause);
      case "28":
        return new SQLInvalidAuthorizationSpecException(message, state, vendor, cause);
      case "3F":
      case "42":
        return new SQLSyntaxErrorException(message, state, vendor, cause);
      case "40":
        return new SQLTransactionRollbackException(message, state, vendor, cause);
      default:
        return new SQLException(message, state, vendor, cause);
    }
  }

  /** The process id of the lock's holder, as the storage engine found it; -1 if none travelled. */
  private static long holderPid(Throwable cause) {
    Throwable held = CauseChain.find(cause, t -> t instanceof LockHeldException);
    return held == null ? -1 : ((LockHeldException) held).holderPid();
  }

  private static boolean isNamed(Throwable t) {
    return (t instanceof NamedSqlException && t instanceof SQLException) || t instanceof TriggerAbortException;
  }

  private static boolean isCarrier(Throwable t) {
    return normalize(carrierState(t)) != null;
  }

  /** The state an engine exception carries: the SQL layer's, or the storage engine's kind. */
  private static String carrierState(Throwable t) {
    if (t instanceof SqlStateCarrier c) {
      return c.getSqlState();
    }
    if (t instanceof org.sochdb.storage.error.StorageException se) {
      return se.sqlState();
    }
    return null;
  }

  /** A link's own SQLSTATE, or one embedded in its message; null if neither. */
  private static String stateOf(Throwable t) {
    if (t instanceof SQLException) {
      String own = normalize(((SQLException) t).getSQLState());
      if (own != null) {
        return own;
      }
    }
    return ErrorMessages.embeddedState(t.getMessage());
  }

  private static String normalize(String state) {
    if (state == null) {
      return null;
    }
    String s = state.trim();
    return s.isEmpty() ? null : s.toUpperCase(Locale.ROOT);
  }
}
