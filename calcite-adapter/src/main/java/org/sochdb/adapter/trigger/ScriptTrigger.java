package org.sochdb.adapter.trigger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.WrappedException;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.error.SqlStateCarrier;
import org.sochdb.adapter.trigger.TriggerContext.Event;
import org.sochdb.adapter.trigger.TriggerContext.Timing;
import org.sochdb.storage.catalog.TableDef;
import org.sochdb.storage.catalog.TriggerDef;

/**
 * A script trigger ({@code AS $$ ... $$}): JavaScript run by Mozilla Rhino in a sandbox. The script's
 * top level runs once per statement and defines {@code on_<timing>_<event>}, e.g.
 * {@code on_before_insert(row)}, which is called for each row; see {@code docs/TRIGGERS.md}.
 *
 * <p>The sandbox: only the safe standard objects (no {@code Packages}, {@code java}, {@code JavaAdapter}
 * or {@code getClass}), a class shutter that refuses every Java class, interpreted mode with a bounded
 * interpreter stack, and an instruction budget of {@value #BUDGET} for the top level and for each
 * row's call, past which the statement fails with SQLSTATE 57014. Scripts only ever see JavaScript
 * values: rows are plain objects of strings, numbers, booleans, null and arrays.
 */
final class ScriptTrigger implements RowTrigger {
  /** Instructions one call (or the script's top level) may run. */
  static final int BUDGET = 10_000_000;
  private static final int STACK_DEPTH = 400;
  private static final Sandbox SANDBOX = new Sandbox();
  /** Compiled scripts by trigger name and text; interpreted scripts may be shared by threads. */
  private static final Map<String, Script> COMPILED = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Script> eldest) {
          return size() > 256;
        }
      });

  private final TriggerDef def;
  private final TableDef table;
  private final ValueType[] types;
  private final List<String> names;
  private Scriptable scope;
  private Function function;

  /** A trigger of {@code table}, whose rows have {@code types}; a null table only checks the script. */
  ScriptTrigger(TriggerDef def, TableDef table, ValueType[] types) {
    this.def = def;
    this.table = table;
    this.types = types;
    this.names = table == null ? List.of() : Triggers.columnNames(table);
  }

  /** The function a script defines for a trigger: {@code on_before_insert}, {@code on_after_delete}... */
  static String functionName(String timing, String event) {
    return "on_" + timing.toLowerCase(Locale.ROOT) + "_" + event.toLowerCase(Locale.ROOT);
  }

  /** CREATE TRIGGER's check: the script compiles, its top level runs, and it defines its function. */
  static void check(TriggerDef def) {
    Context cx = enter();
    try {
      new ScriptTrigger(def, null, null).setUp(cx, true);
    } finally {
      Context.exit();
    }
  }

  /** Enters a sandbox context on this thread; the caller must {@link Context#exit()}. */
  private static Context enter() {
    Context cx = SANDBOX.enterContext();
    if (cx instanceof SandboxContext == false) {
      Context.exit();
      throw new SochSqlException("38000", "cannot run a trigger script: this thread is already running "
          + "JavaScript outside SochDB's sandbox");
    }
    return cx;
  }

  private void setUp(Context cx, boolean creating) {
    Script script = compile(cx);
    ScriptableObject s = cx.initSafeStandardObjects();
    ScriptableObject.defineProperty(s, "abort", new LambdaFunction(s, "abort", 2, ScriptTrigger::abort),
        ScriptableObject.DONTENUM | ScriptableObject.READONLY | ScriptableObject.PERMANENT);
    Scriptable info = cx.newObject(s);
    info.put("name", info, def.name());
    info.put("schema", info, def.schema());
    info.put("table", info, def.table());
    info.put("timing", info, def.timing());
    info.put("event", info, def.event());
    ScriptableObject.defineProperty(s, "trigger", info, ScriptableObject.DONTENUM);
    run(cx, creating, () -> script.exec(cx, s));
    String name = functionName(def.timing(), def.event());
    Object f = ScriptableObject.getProperty(s, name);
    if (f instanceof Function fn) {
      this.scope = s;
      this.function = fn;
      return;
    }
    String args = "UPDATE".equals(def.event()) ? "(row, oldRow)" : "(row)";
    throw new SochSqlException(creating ? "42000" : "38000", "the script of trigger \"" + def.name()
        + "\" defines no function " + name + args + ", which a " + def.timing() + " " + def.event()
        + " trigger calls for each row");
  }

  private Script compile(Context cx) {
    String key = def.schema() + "." + def.name() + "\u0000" + def.script();
    Script s = COMPILED.get(key);
    if (s != null) {
      return s;
    }
    try {
      s = cx.compileString(def.script(), "trigger " + def.name(), 1, null);
    } catch (EvaluatorException e) {
      String near = e.lineSource() == null || e.lineSource().isBlank() ? "" : " near \"" + e.lineSource().strip() + "\"";
      throw new SochSqlException("42000", "syntax error in the script of trigger \"" + def.name() + "\" at line "
          + e.lineNumber() + " of the script" + near + ": " + e.details());
    }
    COMPILED.put(key, s);
    return s;
  }

  private static Object abort(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
    boolean coded = args.length >= 2;
    String code = coded && args[0] != null && Undefined.isUndefined(args[0]) == false ? Context.toString(args[0])
        : null;
    Object message = args.length == 0 ? "aborted by trigger" : args[coded ? 1 : 0];
    TriggerAbortException abort = new TriggerAbortException(code, Context.toString(message));
    // A script callback cannot throw a checked exception: the unchecked carrier brings it to the caller.
    throw new SochSqlException(TriggerAbortException.SQL_STATE, abort.getMessage(), abort);
  }

  @Override
  public Map<String, Object> fire(TriggerContext ctx, Map<String, Object> oldRow, Map<String, Object> newRow) {
    Context cx = enter();
    try {
      if (function == null) {
        setUp(cx, false);
      }
      Map<String, Object> primary = newRow != null ? newRow : oldRow;
      Object[] given = new Object[types.length];
      Scriptable row = toJs(cx, primary, given);
      Object[] args = ctx.event() == Event.UPDATE ? new Object[] {row, toJs(cx, oldRow, null)} : new Object[] {row};
      Object result = run(cx, false, () -> function.call(cx, scope, scope, args));
      if (ctx.timing() == Timing.AFTER || ctx.event() == Event.DELETE) {
        return null;
      }
      Scriptable out = result instanceof Scriptable s && result instanceof Function == false ? s : row;
      return fromJs(out, newRow, given);
    } finally {
      Context.exit();
    }
  }

  /** Runs script code under a fresh budget, turning its failures into SQL errors. */
  private <T> T run(Context cx, boolean creating, java.util.function.Supplier<T> action) {
    ((SandboxContext) cx).used = 0;
    try {
      return action.get();
    } catch (BudgetExceeded e) {
      throw new SochSqlException("57014", "trigger script exceeded its instruction budget (" + BUDGET
          + " instructions) in trigger \"" + def.name() + "\" on table \"" + def.table() + "\"");
    } catch (WrappedException e) {
      Throwable inner = e.getWrappedException();
      if (inner instanceof RuntimeException r && r instanceof SqlStateCarrier) {
        throw r;
      }
      throw new SochSqlException("38000", "the script of trigger \"" + def.name() + "\" failed: " + inner, inner);
    } catch (RhinoException e) {
      throw new SochSqlException(creating ? "42000" : "38000", "the script of trigger \"" + def.name()
          + "\" on table \"" + def.table() + "\" failed at line " + e.lineNumber() + " of the script: " + e.details(),
          e);
    } catch (StackOverflowError e) {
      throw new SochSqlException("54001", "the script of trigger \"" + def.name() + "\" recursed too deeply", e);
    }
  }

  // ------------------------------------------------------------------ Java <-> JavaScript

  /** A row map as a plain JavaScript object, in column order; {@code given} receives each value put. */
  private Scriptable toJs(Context cx, Map<String, Object> map, Object[] given) {
    Scriptable obj = cx.newObject(scope);
    for (int i = 0; i < names.size(); i++) {
      Object v = toJs(cx, map.get(names.get(i)));
      obj.put(names.get(i), obj, v);
      if (given != null) {
        given[i] = v;
      }
    }
    return obj;
  }

  private Object toJs(Context cx, Object v) {
    if (v == null || v instanceof Boolean || v instanceof String) {
      return v;
    }
    if (v instanceof Float f) {
      return Double.valueOf(f.toString()); // 0.1f shows as 0.1, not 0.10000000149011612
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof byte[] b) {
      Object[] els = new Object[b.length];
      for (int i = 0; i < b.length; i++) {
        els[i] = (double) (b[i] & 0xff);
      }
      return cx.newArray(scope, els);
    }
    if (v instanceof float[] f) {
      Object[] els = new Object[f.length];
      for (int i = 0; i < f.length; i++) {
        els[i] = Double.valueOf(Float.toString(f[i]));
      }
      return cx.newArray(scope, els);
    }
    return v.toString(); // LocalDate, LocalTime, LocalDateTime: ISO text
  }

  /**
   * The row a script hands back, as a map over {@code newRow}: a property whose value is still the one
   * given keeps the column's exact Java value (no round trip through a JavaScript number).
   */
  private Map<String, Object> fromJs(Scriptable out, Map<String, Object> newRow, Object[] given) {
    Map<String, Object> result = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Object id : out.getIds()) {
      String key = String.valueOf(id);
      int col = id instanceof String ? table.columnIndex(key) : -1;
      if (col < 0) {
        throw new SochSqlException("42703", "the script of trigger \"" + def.name() + "\" set \"" + key
            + "\", which is not a column of table \"" + def.table() + "\" (its columns: " + String.join(", ", names)
            + ")");
      }
      Object v = ScriptableObject.getProperty(out, key);
      String name = names.get(col);
      if (v == given[col] || (v != null && v.equals(given[col]))) {
        result.put(name, newRow.get(name));
      } else {
        result.put(name, toJava(v, types[col], name));
      }
    }
    return result;
  }

  /** A JavaScript value for a column of type {@code t}, in a form {@link RowWriter#toStorage} takes. */
  private Object toJava(Object v, ValueType t, String column) {
    if (v == null || Undefined.isUndefined(v)) {
      return null;
    }
    if (v instanceof Boolean) {
      return v;
    }
    if (v instanceof CharSequence) {
      return v.toString();
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return switch (t) {
        case CHAR, VARCHAR -> Context.toString(v);
        case DECIMAL -> Double.isFinite(d) ? new BigDecimal(Context.toString(v)) : d;
        case TINYINT, SMALLINT, INTEGER, BIGINT, DATE, TIME, TIMESTAMP ->
            d == Math.rint(d) && Math.abs(d) < 9.2e18 ? (Object) (long) d : (Object) d;
        default -> d;
      };
    }
    if (v instanceof Scriptable s && "Date".equals(s.getClassName())) {
      double ms = Context.toNumber(s);
      if (Double.isNaN(ms)) {
        throw badValue(column, t, "an invalid Date");
      }
      long millis = (long) ms;
      return switch (t) {
        case TIMESTAMP -> millis;
        case DATE -> LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
        case TIME -> LocalTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
        case CHAR, VARCHAR -> LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC).toString();
        default -> throw badValue(column, t, "a Date");
      };
    }
    if (v instanceof NativeArray a && (t == ValueType.VECTOR || t == ValueType.VARBINARY)) {
      long n = a.getLength();
      Object[] els = new Object[(int) Math.min(n, Integer.MAX_VALUE)];
      byte[] bytes = t == ValueType.VARBINARY ? new byte[els.length] : null;
      for (int i = 0; i < els.length; i++) {
        Object e = a.get(i, a);
        if (!(e instanceof Number num)) {
          throw badValue(column, t, "an array whose element " + i + " is not a number");
        }
        double d = num.doubleValue();
        if (bytes != null) {
          if (d != Math.rint(d) || d < -128 || d > 255) {
            throw badValue(column, t, "an array whose element " + i + " (" + Context.toString(e)
                + ") is not a byte (0 to 255)");
          }
          bytes[i] = (byte) (int) d;
        }
        els[i] = d;
      }
      return bytes != null ? bytes : els;
    }
    String kind = v instanceof Scriptable s ? "a JavaScript " + s.getClassName() : "a " + v.getClass().getSimpleName();
    throw badValue(column, t, kind);
  }

  private SochSqlException badValue(String column, ValueType t, String what) {
    return new SochSqlException("22018", "the script of trigger \"" + def.name() + "\" set column \"" + column
        + "\" of type " + t + " to " + what);
  }

  // ------------------------------------------------------------------ the sandbox

  /** Thrown from the instruction observer; an Error, so scripts can neither catch it nor run finally blocks. */
  private static final class BudgetExceeded extends Error {
    private static final long serialVersionUID = 1L;

    BudgetExceeded() {
      super("trigger script exceeded its instruction budget", null, false, false);
    }
  }

  private static final class SandboxContext extends Context {
    long used;

    SandboxContext(ContextFactory factory) {
      super(factory);
    }
  }

  /** Makes contexts that see no Java class, interpret scripts and count their instructions. */
  private static final class Sandbox extends ContextFactory {
    @Override
    protected Context makeContext() {
      SandboxContext cx = new SandboxContext(this);
      cx.setLanguageVersion(Context.VERSION_ES6);
      cx.setInterpretedMode(true);
      cx.setMaximumInterpreterStackDepth(STACK_DEPTH);
      cx.setClassShutter(className -> false);
      cx.setInstructionObserverThreshold(10_000);
      return cx;
    }

    @Override
    protected boolean hasFeature(Context cx, int featureIndex) {
      if (featureIndex == Context.FEATURE_ENHANCED_JAVA_ACCESS || featureIndex == Context.FEATURE_E4X) {
        return false;
      }
      return super.hasFeature(cx, featureIndex);
    }

    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
      SandboxContext s = (SandboxContext) cx;
      s.used += instructionCount;
      if (s.used > BUDGET) {
        throw new BudgetExceeded();
      }
    }
  }
}
