package org.sochdb.tck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sochdb.adapter.trigger.RowTrigger;
import org.sochdb.adapter.trigger.TriggerAbortException;
import org.sochdb.adapter.trigger.TriggerContext;

/** Java row triggers the trigger tests attach with {@code CALL 'org.sochdb.tck.TestTriggers$...'}. */
public final class TestTriggers {
  private TestTriggers() {}

  /** Every firing of {@link Recorder}, as {@code "TIMING EVENT table old=... new=..."}. */
  static final List<String> FIRED = Collections.synchronizedList(new ArrayList<>());

  /** The value classes {@link Recorder} saw in the last new (else old) row. */
  static final Map<String, Class<?>> CLASSES = Collections.synchronizedMap(new HashMap<>());

  /** The Python SDK guide's user_validator, in Java: normalizes email, refuses a negative age. */
  public static final class UserValidator implements RowTrigger {
    @Override
    public Map<String, Object> fire(TriggerContext ctx, Map<String, Object> oldRow, Map<String, Object> row)
        throws TriggerAbortException {
      if (row.get("email") instanceof String email) {
        row.put("email", email.toLowerCase(Locale.ROOT).strip());
      }
      Object age = row.get("age");
      if (age != null && ((Number) age).intValue() < 0) {
        throw new TriggerAbortException("INVALID_AGE", "Age cannot be negative");
      }
      return row;
    }
  }

  /** Records each firing in {@link #FIRED}; changes nothing. */
  public static final class Recorder implements RowTrigger {
    @Override
    public Map<String, Object> fire(TriggerContext ctx, Map<String, Object> oldRow, Map<String, Object> newRow) {
      FIRED.add(ctx.timing() + " " + ctx.event() + " " + ctx.table() + " old=" + oldRow + " new=" + newRow);
      Map<String, Object> seen = newRow != null ? newRow : oldRow;
      CLASSES.clear();
      seen.forEach((k, v) -> CLASSES.put(k, v == null ? Void.class : v.getClass()));
      return null;
    }
  }

  /** BEFORE UPDATE: upper-cases the name in a new map of just that column (the others keep theirs). */
  public static final class UpperName implements RowTrigger {
    @Override
    public Map<String, Object> fire(TriggerContext ctx, Map<String, Object> oldRow, Map<String, Object> newRow) {
      Map<String, Object> out = new HashMap<>();
      out.put("NAME", ((String) newRow.get("name")).toUpperCase(Locale.ROOT));
      return out;
    }
  }

  /** Aborts when the row (new, else old) has name 'bad'; for AFTER and DELETE triggers. */
  public static final class RefuseBad implements RowTrigger {
    @Override
    public Map<String, Object> fire(TriggerContext ctx, Map<String, Object> oldRow, Map<String, Object> newRow)
        throws TriggerAbortException {
      Map<String, Object> row = newRow != null ? newRow : oldRow;
      if ("bad".equals(row.get("name"))) {
        throw new TriggerAbortException("BAD_ROW", ctx.timing() + " " + ctx.event() + " refused " + row.get("id"));
      }
      return null;
    }
  }

  /** Sets a column that does not exist. */
  public static final class SetsUnknownColumn implements RowTrigger {
    @Override
    public Map<String, Object> fire(TriggerContext ctx, Map<String, Object> oldRow, Map<String, Object> newRow) {
      return Map.of("no_such_column", 1);
    }
  }

  /** Fails with an ordinary exception. */
  public static final class Broken implements RowTrigger {
    @Override
    public Map<String, Object> fire(TriggerContext ctx, Map<String, Object> oldRow, Map<String, Object> newRow) {
      throw new IllegalStateException("trigger bug");
    }
  }

  /** Not a trigger: CREATE TRIGGER must refuse it. */
  public static final class NotATrigger {
  }
}
