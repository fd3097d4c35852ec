package org.sochdb.adapter.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalcitePrepare;

/**
 * A prepare context whose connection config answers {@link SochConformance}: Calcite reads
 * the conformance only from the config, and a connection property can name only its enum.
 */
final class ContextWithConformance {
  private ContextWithConformance() {}

  static CalcitePrepare.Context wrap(CalcitePrepare.Context context) {
    CalciteConnectionConfig config = delegating(CalciteConnectionConfig.class, context.config(), "conformance",
        SochConformance.INSTANCE);
    return delegating(CalcitePrepare.Context.class, context, "config", config);
  }

  /**
   * {@code context} with {@code root} as the schema statements are validated against: Calcite takes
   * that snapshot when the statement arrives, before {@code SchemaSync} could add a namespace
   * created since (by this connection's last statement or by another connection).
   */
  static CalcitePrepare.Context withRootSchema(CalcitePrepare.Context context, org.apache.calcite.jdbc.CalciteSchema root) {
    return delegating(CalcitePrepare.Context.class, context, "getRootSchema", root);
  }

  private static <T> T delegating(Class<T> type, T inner, String method, Object answer) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
      if (m.getName().equals(method) && m.getParameterCount() == 0) {
        return answer;
      }
      try {
        return m.invoke(inner, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }));
  }
}
