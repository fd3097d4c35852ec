package org.sochdb.adapter.spi;

import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.Table;

/**
 * What a {@link SochFunctionProvider} registers: SQL functions (added to each connection's root
 * schema, so they are called unqualified) and tables of system schemas such as {@code sys}.
 *
 * <p>Methods are named by class and method name and must be {@code public static} and not
 * overloaded. SQL types come from the Java types (String is VARCHAR, Long BIGINT, Integer
 * INTEGER, Boolean BOOLEAN, Double DOUBLE, {@code ByteString} VARBINARY); use boxed types so that
 * NULL arguments arrive as null. A parameter annotated
 * {@code @org.apache.calcite.linq4j.function.Parameter(name = "...", optional = true)} may be
 * left out (it then arrives as null). Registering a name twice adds an overload, told apart by
 * argument count and types. Function names match case-insensitively, as SQL names do.
 */
public interface FunctionRegistry {
  /** A scalar function: {@code static R m(A1, ..., An)}. */
  FunctionRegistry scalar(String name, Class<?> type, String method);

  /**
   * A scalar function that needs the connection: {@code static R m(DataContext, A1, ..., An)};
   * SQL passes the n arguments after the context. Never constant-folded at plan time.
   */
  FunctionRegistry contextScalar(String name, Class<?> type, String method);

  /**
   * A table function, called as {@code TABLE(name(args))}: {@code static ScannableTable m(A1, ...,
   * An)}. The method runs twice: while the statement is planned, with the literal arguments (null
   * for others), for the row type; and as it runs, with every argument, for the rows, which the
   * returned table's {@code scan(DataContext)} produces.
   */
  FunctionRegistry table(String name, Class<?> type, String method);

  /** Any Calcite function object (a table macro, an aggregate, a hand-made table function). */
  FunctionRegistry function(String name, Function function);

  /** A table of system schema {@code schema} (created on first use), e.g. {@code sys.stats}. */
  FunctionRegistry systemTable(String schema, String name, Table table);

  /** An index structure for {@code CREATE INDEX ... USING name}; one method per name. */
  FunctionRegistry indexMethod(IndexMethod method);

  /**
   * A planner rule added to every planning, e.g. one that answers {@code ORDER BY distance
   * LIMIT k} from an index.
   */
  FunctionRegistry rule(RelOptRule rule);
}
