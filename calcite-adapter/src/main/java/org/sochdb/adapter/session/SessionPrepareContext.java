package org.sochdb.adapter.session;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.tools.RelRunner;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A prepare context that carries the connection's {@link SochSession}, so that planning and DDL
 * find it without building a {@link DataContext}; optionally with another root schema to
 * validate against. The driver's connection makes every prepare context one of these.
 */
public final class SessionPrepareContext implements CalcitePrepare.Context {
  private final CalcitePrepare.Context inner;
  private final SochSession session;
  private final @Nullable CalciteSchema rootSchema;

  public SessionPrepareContext(CalcitePrepare.Context inner, SochSession session) {
    this(inner, session, null);
  }

  private SessionPrepareContext(CalcitePrepare.Context inner, SochSession session, @Nullable CalciteSchema rootSchema) {
    this.inner = inner;
    this.session = session;
    this.rootSchema = rootSchema;
  }

  public SochSession session() {
    return session;
  }

  /**
   * This context with {@code root} as the schema statements are validated against: Calcite takes
   * that snapshot when the statement arrives, before a namespace created since (by this
   * connection's last statement or by another connection) is added to the mutable root.
   */
  public SessionPrepareContext withRootSchema(CalciteSchema root) {
    return new SessionPrepareContext(inner, session, root);
  }

  @Override
  public JavaTypeFactory getTypeFactory() {
    return inner.getTypeFactory();
  }

  @Override
  public CalciteSchema getRootSchema() {
    return rootSchema != null ? rootSchema : inner.getRootSchema();
  }

  @Override
  public CalciteSchema getMutableRootSchema() {
    return inner.getMutableRootSchema();
  }

  @Override
  public List<String> getDefaultSchemaPath() {
    return inner.getDefaultSchemaPath();
  }

  @Override
  public CalciteConnectionConfig config() {
    return inner.config();
  }

  @Override
  public CalcitePrepare.SparkHandler spark() {
    return inner.spark();
  }

  @Override
  public DataContext getDataContext() {
    return inner.getDataContext();
  }

  @Override
  public @Nullable List<String> getObjectPath() {
    return inner.getObjectPath();
  }

  @Override
  public RelRunner getRelRunner() {
    return inner.getRelRunner();
  }
}
