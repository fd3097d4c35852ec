package org.sochdb.adapter.spi;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.schema.impl.TableFunctionImpl;

/**
 * Loads every {@link SochFunctionProvider} once per JVM and installs what they registered into
 * a connection's root schema ({@link #install}), which the driver does as each connection opens.
 * Thread-safe.
 */
public final class SochFunctions {
  private SochFunctions() {}

  /** What the providers registered: functions by name (overloads in order), system tables, index methods, rules. */
  private record Registered(List<Map.Entry<String, Function>> functions, Map<String, Map<String, Table>> schemas,
      Map<String, IndexMethod> indexMethods, List<RelOptRule> rules) {}

  private static Registered registered;

  /** Loads the providers on first use; a provider that fails is reported, and tried again next time. */
  private static synchronized Registered registered() {
    if (registered == null) {
      registered = load();
    }
    return registered;
  }

  /** Adds the registered functions and system schemas to {@code root}. */
  public static void install(SchemaPlus root) {
    Registered r = registered();
    for (Map.Entry<String, Function> f : r.functions()) {
      root.add(f.getKey(), f.getValue());
    }
    for (Map.Entry<String, Map<String, Table>> s : r.schemas().entrySet()) {
      Map<String, Table> tables = s.getValue();
      root.add(s.getKey(), new AbstractSchema() {
        @Override
        protected Map<String, Table> getTableMap() {
          return tables;
        }
      });
    }
  }

  /** The names of the system schemas the providers registered (lower case, as written). */
  public static List<String> systemSchemas() {
    return List.copyOf(registered().schemas().keySet());
  }

  /** The index method named after {@code USING}, if a module registered one. */
  public static Optional<IndexMethod> indexMethod(String name) {
    return Optional.ofNullable(registered().indexMethods().get(name.toUpperCase(Locale.ROOT)));
  }

  /** The planner rules the providers registered. */
  public static List<RelOptRule> rules() {
    return registered().rules();
  }

  private static Registered load() {
    Collector c = new Collector();
    ServiceLoader<SochFunctionProvider> loader =
        ServiceLoader.load(SochFunctionProvider.class, SochFunctionProvider.class.getClassLoader());
    for (SochFunctionProvider p : loader) {
      try {
        p.register(c);
      } catch (RuntimeException e) {
        throw new IllegalStateException("SQL function provider " + p.getClass().getName() + " failed: " + e.getMessage(), e);
      }
    }
    Map<String, Map<String, Table>> schemas = new LinkedHashMap<>();
    c.schemas.forEach((k, v) -> schemas.put(k, Map.copyOf(v)));
    return new Registered(List.copyOf(c.functions), Map.copyOf(schemas), Map.copyOf(c.indexMethods),
        List.copyOf(c.rules));
  }

  /** The registry providers see while they are loaded. */
  private static final class Collector implements FunctionRegistry {
    final List<Map.Entry<String, Function>> functions = new ArrayList<>();
    final Map<String, Map<String, Table>> schemas = new LinkedHashMap<>();
    final Map<String, IndexMethod> indexMethods = new LinkedHashMap<>();
    final List<RelOptRule> rules = new ArrayList<>();

    @Override
    public FunctionRegistry scalar(String name, Class<?> type, String method) {
      return function(name, ScalarFunctionImpl.create(method(type, method)));
    }

    @Override
    public FunctionRegistry contextScalar(String name, Class<?> type, String method) {
      return function(name, new ContextScalarFunction(method(type, method)));
    }

    @Override
    public FunctionRegistry table(String name, Class<?> type, String method) {
      Function f = TableFunctionImpl.create(method(type, method));
      if (f == null) {
        throw new IllegalArgumentException(type.getName() + "." + method + " must return a ScannableTable or QueryableTable");
      }
      return function(name, f);
    }

    @Override
    public FunctionRegistry function(String name, Function function) {
      functions.add(Map.entry(name, function));
      return this;
    }

    @Override
    public FunctionRegistry systemTable(String schema, String name, Table table) {
      schemas.computeIfAbsent(schema, k -> new LinkedHashMap<>()).put(name, table);
      return this;
    }

    @Override
    public FunctionRegistry indexMethod(IndexMethod method) {
      String name = method.name().toUpperCase(Locale.ROOT);
      if (indexMethods.putIfAbsent(name, method) != null) {
        throw new IllegalArgumentException("two modules register index method " + name);
      }
      return this;
    }

    @Override
    public FunctionRegistry rule(RelOptRule rule) {
      rules.add(rule);
      return this;
    }

    private static Method method(Class<?> type, String name) {
      Method found = null;
      for (Method m : type.getMethods()) {
        if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())) {
          if (found != null) {
            throw new IllegalArgumentException(type.getName() + "." + name + " is overloaded; give each SQL "
                + "overload a method of its own name");
          }
          found = m;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("no public static method " + type.getName() + "." + name);
      }
      return found;
    }
  }
}
