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

  public static SochSession of(CalcitePrepare.Context context) {
    return of(context.getDataContext());
  }
}
