package org.sochdb.adapter.session;

import org.apache.calcite.DataContext;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.sochdb.adapter.error.SochSqlException;

/**
 * Finds the session of the connection that runs a statement, from what Calcite hands to
 * generated code, functions and DDL. The one way in: the driver puts the session into every
 * {@link DataContext} as the variable {@value #VARIABLE} ({@link SessionDataContext}) and into
 * every prepare context ({@link SessionPrepareContext}).
 */
public final class SochSessions {
  /** The DataContext variable that holds the connection's {@link SochSession}. */
  public static final String VARIABLE = "sochdb.session";

  /** The session whose statement this thread is preparing. */
  private static final ThreadLocal<SochSession> PREPARING = new ThreadLocal<>();

  private SochSessions() {}

  /**
   * The session whose statement this thread is preparing, for what runs while Calcite plans
   * and has no context to ask: a table function deriving its row type from a table the
   * caller's catalog defines. Null outside preparation.
   */
  public static SochSession preparing() {
    return PREPARING.get();
  }

  /** Runs {@code work} (the preparation of one statement) with {@link #preparing()} answering {@code session}. */
  public static <T> T preparing(SochSession session, java.util.function.Supplier<T> work) {
    SochSession outer = PREPARING.get();
    PREPARING.set(session);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        PREPARING.remove();
      } else {
        PREPARING.set(outer);
      }
    }
  }

  /** The session of the statement that {@code root} belongs to. */
  public static SochSession of(DataContext root) {
    if (root.get(VARIABLE) instanceof SochSession s) {
      return s;
    }
    throw new SochSqlException("XX000", "the statement runs without a SochDB session: its DataContext lacks " + VARIABLE);
  }

  /** The session of the connection preparing a statement. */
  public static SochSession of(CalcitePrepare.Context context) {
    return context instanceof SessionPrepareContext s ? s.session() : of(context.getDataContext());
  }
}
