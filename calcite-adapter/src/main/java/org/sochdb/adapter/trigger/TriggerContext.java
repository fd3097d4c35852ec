package org.sochdb.adapter.trigger;

import java.util.List;

/**
 * What a {@link RowTrigger} is told about the firing: its own name, the table, when and why it fires.
 *
 * @param triggerName the trigger's name, as created
 * @param schema the schema (namespace) of the table
 * @param table the table whose row changes
 * @param timing {@link Timing#BEFORE} or {@link Timing#AFTER} the row is written
 * @param event the row change: {@link Event#INSERT}, {@link Event#UPDATE} or {@link Event#DELETE}
 * @param columns the table's column names, in table order (the keys of the row maps)
 */
public record TriggerContext(String triggerName, String schema, String table, Timing timing, Event event,
    List<String> columns) {

  public TriggerContext {
    columns = List.copyOf(columns);
  }

  /** When a trigger fires relative to the row change. */
  public enum Timing {
    BEFORE, AFTER
  }

  /** The row change that fires a trigger. */
  public enum Event {
    INSERT, UPDATE, DELETE
  }
}
