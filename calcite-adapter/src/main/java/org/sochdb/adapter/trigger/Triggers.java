package org.sochdb.adapter.trigger;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.error.SqlStateCarrier;
import java.util.function.UnaryOperator;
import org.sochdb.adapter.trigger.TriggerContext.Event;
import org.sochdb.adapter.trigger.TriggerContext.Timing;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.catalog.TriggerDef;

/**
 * Finds and fires the row triggers of one writing statement's table: the Java ones
 * ({@code CALL 'class'}, a {@link RowTrigger}) and the script ones ({@code AS $$...$$}, a
 * {@link ScriptTrigger}), in name order, each instantiated once for the statement on its first
 * firing. Rows cross to triggers as column-name maps of Java values (see {@link RowTrigger}) and
 * come back through the writer's {@code toStorage}, so a changed row is checked like any other.
 */
public final class Triggers {
  private final TableDef table;
  private final ValueType[] types;
  private final UnaryOperator<Object[]> toStorage;
  private final List<String> columns;
  private final List<Bound> bound = new ArrayList<>();

  /**
   * Creates the triggers of one statement on {@code table}, whose rows have {@code types} in storage
   * form; {@code toStorage} turns a row of Java values into storage form, checking each value.
   */
  public Triggers(List<TriggerDef> triggers, TableDef table, ValueType[] types, UnaryOperator<Object[]> toStorage) {
    this.table = table;
    this.types = types;
    this.toStorage = toStorage;
    List<TriggerDef> defs = new ArrayList<>(triggers);
    defs.sort(Comparator.comparing(TriggerDef::name));
    this.columns = columnNames(table);
    for (TriggerDef d : defs) {
      bound.add(new Bound(d, new TriggerContext(d.name(), d.schema(), d.table(), Timing.valueOf(d.timing()),
          Event.valueOf(d.event()), columns)));
    }
  }

  /**
   * Fires the BEFORE triggers of {@code event}; returns the row to write (storage form): {@code row}
   * as the triggers left it (for DELETE, {@code row} is null and so is the result).
   */
  public Object[] before(Event event, Object[] old, Object[] row) {
    return fire(Timing.BEFORE, event, old, row);
  }

  /** Fires the AFTER triggers of {@code event} for a row just written (or deleted). */
  public void after(Event event, Object[] old, Object[] row) {
    fire(Timing.AFTER, event, old, row);
  }

  private Object[] fire(Timing timing, Event event, Object[] old, Object[] row) {
    if (bound.isEmpty()) {
      return row;
    }
    Map<String, Object> oldMap = null;
    Object[] current = row;
    for (Bound b : bound) {
      if (b.ctx.timing() != timing || b.ctx.event() != event) {
        continue;
      }
      if (old != null && oldMap == null) {
        oldMap = Collections.unmodifiableMap(toMap(old));
      }
      boolean changeable = timing == Timing.BEFORE && current != null;
      Map<String, Object> newMap = current == null ? null
          : changeable ? toMap(current) : Collections.unmodifiableMap(toMap(current));
      Map<String, Object> result = invoke(b, oldMap, newMap);
      if (changeable) {
        current = fromMap(b, newMap, result);
      }
    }
    return current;
  }

  private Map<String, Object> invoke(Bound b, Map<String, Object> oldMap, Map<String, Object> newMap) {
    RowTrigger t = b.instance();
    try {
      return t.fire(b.ctx, oldMap, newMap);
    } catch (RuntimeException e) {
      if (e instanceof SqlStateCarrier) {
        throw e;
      }
      throw failed(b.def, e);
    } catch (SQLException e) {
      String state = e.getSQLState();
      throw new SochSqlException(state == null || state.isBlank() ? "38000" : state, e.getMessage(), e);
    } catch (Exception e) {
      throw failed(b.def, e);
    } catch (StackOverflowError e) {
      throw new SochSqlException("54001", "trigger \"" + b.def.name() + "\" on table \"" + b.def.table()
          + "\" recursed too deeply", e);
    }
  }

  private static SochSqlException failed(TriggerDef def, Exception e) {
    return new SochSqlException("38000", "trigger \"" + def.name() + "\" on table \"" + def.table() + "\" failed: "
        + e, e);
  }

  /** A row in storage form as a trigger sees it: column name (any case) → Java value. */
  private Map<String, Object> toMap(Object[] row) {
    Map<String, Object> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < row.length; i++) {
      m.put(columns.get(i), toJava(types[i], row[i]));
    }
    return m;
  }

  /** The value of a stored column as a trigger's map holds it (documented on {@link RowTrigger}). */
  static Object toJava(ValueType t, Object v) {
    if (v == null) {
      return null;
    }
    return switch (t) {
      case DATE -> LocalDate.ofEpochDay((Integer) v);
      case TIME -> LocalTime.ofNanoOfDay((Integer) v * 1_000_000L);
      case TIMESTAMP -> {
        long ms = (Long) v;
        yield LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000L), (int) Math.floorMod(ms, 1000L) * 1_000_000,
            ZoneOffset.UTC);
      }
      case VARBINARY -> ((byte[]) v).clone();
      case VECTOR -> ((float[]) v).clone();
      default -> v;
    };
  }

  /** The row a BEFORE trigger hands back: {@code newMap} overlaid with {@code result}, in storage form. */
  private Object[] fromMap(Bound b, Map<String, Object> newMap, Map<String, Object> result) {
    Map<String, Object> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    merged.putAll(newMap);
    if (result != null && result != newMap) {
      for (Map.Entry<String, Object> e : result.entrySet()) {
        if (e.getKey() == null) {
          throw unknownColumn(b.def, null);
        }
        merged.put(e.getKey(), e.getValue());
      }
    }
    List<String> names = columns;
    for (String key : merged.keySet()) {
      if (table.columnIndex(key) < 0) {
        throw unknownColumn(b.def, key);
      }
    }
    Object[] values = new Object[names.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = merged.get(names.get(i));
    }
    try {
      return toStorage.apply(values);
    } catch (SochSqlException e) {
      throw new SochSqlException(e.getSqlState(), "trigger \"" + b.def.name() + "\" on table \"" + b.def.table()
          + "\" set a bad value: " + e.getMessage(), e);
    }
  }

  private SochSqlException unknownColumn(TriggerDef def, String key) {
    return new SochSqlException("42703", "trigger \"" + def.name() + "\" set \"" + key + "\", which is not a column"
        + " of table \"" + def.table() + "\" (its columns: " + String.join(", ", columns) + ")");
  }

  /**
   * Checks a trigger as CREATE TRIGGER defines it, without running user Java code: a {@code CALL}
   * class must be found, implement {@link RowTrigger} and have a public no-argument constructor; a
   * script must compile, run its top level within its budget and define its function. Fails with a
   * 42000-family {@link SochSqlException} (the script's line for a syntax error).
   */
  public static void check(TriggerDef def) {
    if (def.className() != null) {
      constructor(def.className());
    } else {
      ScriptTrigger.check(def);
    }
  }

  /** The public no-argument constructor of a {@link RowTrigger} class, or 42000 naming the class. */
  private static Constructor<? extends RowTrigger> constructor(String className) {
    Class<?> c = load(className);
    if (RowTrigger.class.isAssignableFrom(c) == false) {
      throw new SochSqlException("42000", "trigger class " + className + " does not implement "
          + RowTrigger.class.getName());
    }
    if (c.isInterface() || Modifier.isAbstract(c.getModifiers()) || Modifier.isPublic(c.getModifiers()) == false) {
      throw new SochSqlException("42000", "trigger class " + className + " must be a public, non-abstract class");
    }
    try {
      return c.asSubclass(RowTrigger.class).getConstructor();
    } catch (NoSuchMethodException e) {
      throw new SochSqlException("42000", "trigger class " + className + " needs a public no-argument constructor");
    }
  }

  private static Class<?> load(String className) {
    List<ClassLoader> loaders = new ArrayList<>(2);
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      loaders.add(context);
    }
    loaders.add(Triggers.class.getClassLoader());
    Throwable failure = null;
    for (ClassLoader loader : loaders) {
      try {
        return Class.forName(className, false, loader);
      } catch (ClassNotFoundException e) {
        failure = failure == null ? e : failure;
      } catch (LinkageError e) {
        failure = e;
      }
    }
    throw new SochSqlException("42000", "trigger class " + className + " was not found"
        + (failure instanceof LinkageError ? " (" + failure + ")" : "")
        + "; put it on the class path of the application (or the thread context class loader)", failure);
  }

  /** A trigger of the table and, once it has fired, its instance for this statement. */
  private final class Bound {
    final TriggerDef def;
    final TriggerContext ctx;
    private RowTrigger instance;

    Bound(TriggerDef def, TriggerContext ctx) {
      this.def = def;
      this.ctx = ctx;
    }

    RowTrigger instance() {
      if (instance == null) {
        instance = def.className() == null ? new ScriptTrigger(def, table, types) : create(def);
      }
      return instance;
    }

    private RowTrigger create(TriggerDef d) {
      Constructor<? extends RowTrigger> ctor = constructor(d.className());
      try {
        return ctor.newInstance();
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r && r instanceof SqlStateCarrier) {
          throw r;
        }
        throw new SochSqlException("38000", "trigger class " + d.className() + " could not be created: " + cause,
            cause);
      } catch (ReflectiveOperationException e) {
        throw new SochSqlException("38000", "trigger class " + d.className() + " could not be created: " + e, e);
      }
    }
  }

  /** The column names of {@code table}, in order. */
  static List<String> columnNames(TableDef table) {
    return table.columns().stream().map(c -> c.name()).toList();
  }
}
