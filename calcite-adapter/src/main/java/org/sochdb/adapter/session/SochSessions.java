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

  private SochSessions() {}

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
