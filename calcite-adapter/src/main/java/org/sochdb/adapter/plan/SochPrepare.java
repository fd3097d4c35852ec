package org.sochdb.adapter.plan;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.sochdb.adapter.plan.fast.PointSelectFastPath;
import org.sochdb.adapter.schema.SchemaSync;
import org.sochdb.adapter.session.PlanCache;
import org.sochdb.adapter.session.SessionPrepareContext;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.adapter.spi.SochFunctions;

/**
 * Calcite's prepare with SochDB's rules and a plan cache keyed by SQL text.
 *
 * <p>Calcite re-parses, re-plans and re-compiles (Janino) every plain {@code Statement} and
 * every new {@code prepareStatement}: about 5-30 ms. A prepared signature holds no
 * connection state (generated code finds the session through the DataContext of each run),
 * so it is cached per database, keyed by (SQL, default schema, row limit, element type,
 * catalog generation), and reused by any connection. Statements run while the connection has
 * uncommitted DDL are neither cached nor served from the cache.
 */
public final class SochPrepare extends CalcitePrepareImpl {
  @Override
  protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext, org.apache.calcite.plan.Context externalContext,
      RelOptCostFactory costFactory) {
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    SochRules.REPLACED.forEach(planner::removeRule);
    SochRules.ALL.forEach(planner::addRule);
    SochFunctions.rules().forEach(planner::addRule);
    return planner;
  }

  @Override
  public <T> CalciteSignature<T> prepareSql(CalcitePrepare.Context original, Query<T> query, Type elementType,
      long maxRowCount) {
    SochSession session = SochSessions.of(original);
    return SochSessions.preparing(session, () -> prepareSql(original, session, query, elementType, maxRowCount));
  }

  private <T> CalciteSignature<T> prepareSql(CalcitePrepare.Context original, SochSession session, Query<T> query,
      Type elementType, long maxRowCount) {
    CalcitePrepare.Context context = original;
    if (SchemaSync.sync(context.getMutableRootSchema(), session)) {
      context = withRootSnapshot(context, session);
    }
    if (query.sql == null) {
      return super.prepareSql(withFunctions(context, session), query, elementType, maxRowCount);
    }
    if (session.seesSharedCatalog()) {
      LiteralParameterizer.Parameterized p = LiteralParameterizer.parameterize(query.sql);
      if (p != null) {
        CalciteSignature<T> withParams = cachedPrepare(context, session, p.sql(), elementType, maxRowCount, true);
        if (withParams != null) {
          Object[] values = LiteralBinding.convert(p.values(), withParams.parameters);

          if (values != null) {
            return LiteralBinding.bind(query.sql, withParams, values);
          }
        }
      }
    }
    return cachedPrepare(context, session, query.sql, elementType, maxRowCount, false);
  }

  /**
   * Prepares {@code sql}, or takes its plan from the database's cache. With {@code tentative}
   * (a rewritten statement) a failure returns null, and is remembered, instead of throwing.
   */
  @SuppressWarnings("unchecked")
  private <T> CalciteSignature<T> cachedPrepare(CalcitePrepare.Context context, SochSession session, String sql,
      Type elementType, long maxRowCount, boolean tentative) {
    boolean shareable = session.seesSharedCatalog();
    List<Object> key = List.of(sql, context.getDefaultSchemaPath(), String.valueOf(elementType), maxRowCount,
        session.database().generation());
    PlanCache cache = session.database().planCache();
    if (shareable) {
      Object hit = cache.get(key);
      if (hit == FAILED) {
        return null;
      }
      if (hit != null) {
        return (CalciteSignature<T>) hit;
      }
    }
    CalciteSignature<T> signature = elementType == Object[].class
        ? PointSelectFastPath.prepare(context, sql, maxRowCount) : null;
    if (signature == null) {
      CalcitePrepare.Context planning = withFunctions(context, session);
      try {
        signature = super.prepareSql(planning, Query.of(sql), elementType, maxRowCount);
      } catch (RuntimeException e) {
        if (tentative == false) {
          throw PrepareErrors.explain(e, sql);
        }
        if (shareable) {
          cache.put(key, FAILED);
        }
        return null;
      }
    }
    if (shareable && session.seesSharedCatalog() && isCacheable(signature)) {
      cache.put(key, signature);
    }
    return signature;
  }

  /** The context with the SQL functions installed, which happens before the first planning of a connection. */
  private static CalcitePrepare.Context withFunctions(CalcitePrepare.Context context, SochSession session) {
    if (session.claimFunctionInstall() == false) {
      return context;
    }
    SochFunctions.install(context.getMutableRootSchema().plus());
    return context.getRootSchema() == context.getMutableRootSchema() ? context : withRootSnapshot(context, session);
  }

  /** The context validating against a fresh snapshot of the mutable root schema. */
  private static CalcitePrepare.Context withRootSnapshot(CalcitePrepare.Context context, SochSession session) {
    org.apache.calcite.jdbc.CalciteSchema snapshot = context.getMutableRootSchema()
        .createSnapshot(new org.apache.calcite.schema.impl.LongSchemaVersion(System.nanoTime()));
    return context instanceof SessionPrepareContext s ? s.withRootSchema(snapshot)
        : new SessionPrepareContext(context, session).withRootSchema(snapshot);
  }

  @Override
  protected SqlRexConvertletTable createConvertletTable() {
    return SochConvertlets.INSTANCE;
  }

  /** Calcite's preparing statement, converting SQL to relational expressions with {@link SochSqlToRelConverter}. */
  @Override
  protected CalcitePreparingStmt getPreparingStmt(CalcitePrepare.Context context, Type elementType,
      CalciteCatalogReader catalogReader, RelOptPlanner planner) {
    JavaTypeFactory typeFactory = context.getTypeFactory();
    EnumerableRel.Prefer prefer = elementType == Object[].class ? EnumerableRel.Prefer.ARRAY
        : EnumerableRel.Prefer.CUSTOM;
    RelOptCluster cluster = createCluster(planner, new RexBuilder(typeFactory));
    return new CalcitePreparingStmt(this, context, catalogReader, typeFactory, context.getRootSchema(), prefer,
        cluster, EnumerableConvention.INSTANCE, createConvertletTable()) {
      @Override
      protected SqlToRelConverter getSqlToRelConverter(SqlValidator validator, Prepare.CatalogReader reader,
          SqlToRelConverter.Config config) {
        return new SochSqlToRelConverter(this, validator, reader, cluster, convertletTable, config);
      }

      @Override
      protected SqlValidator createSqlValidator(Prepare.CatalogReader reader,
          UnaryOperator<SqlValidator.Config> configTransform) {
        return SochSqlValidator.create(context, (CalciteCatalogReader) reader, configTransform);
      }
    };
  }

  /** Marks a rewritten statement that does not prepare, so it is not tried again. */
  private static final Object FAILED = new Object();

  private static boolean isCacheable(CalciteSignature<?> s) {
    return s.statementType != null && s.statementType != Meta.StatementType.OTHER_DDL
        && s.statementType.name().toUpperCase(Locale.ROOT).endsWith("DDL") == false;
  }
}
