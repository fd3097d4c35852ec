package org.sochdb.adapter.session;

import org.apache.calcite.DataContext;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.SochMetaBase;

/** Finds the session of the connection that runs a statement, from what Calcite hands us. */
public final class SochSessions {
  private SochSessions() {}

  public static SochSession of(DataContext root) {
    return SochMetaBase.sessionOf(root.getQueryProvider());
  }

  /**
   * The session behind a prepare context, found through the connection's root schema:
   * {@code context.getDataContext()} would build a whole DataContext (a quarter of a cached
   * statement's cost) just to reach the connection.
   */
  public static SochSession of(CalcitePrepare.Context context) {
    SochSession s;
    synchronized (BY_ROOT) {
      s = BY_ROOT.get(context.getMutableRootSchema());
    }
    return s != null ? s : of(context.getDataContext());
  }

  /** Connections' root schemas (identity) to their sessions; weak, so closed ones go. */
  private static final java.util.Map<org.apache.calcite.jdbc.CalciteSchema, SochSession> BY_ROOT =
      new java.util.WeakHashMap<>();

  /** Called when a connection is opened. */
  public static void register(org.apache.calcite.jdbc.CalciteSchema root, SochSession session) {
    synchronized (BY_ROOT) {
      BY_ROOT.put(root, session);
    }
  }
}
