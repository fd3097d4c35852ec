package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlCreate;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import org.checkerframework.checker.nullness.qual.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE TRIGGER [IF NOT EXISTS] name {BEFORE | AFTER}
 * {INSERT | UPDATE | DELETE} ON [schema.]t FOR EACH ROW
 * {CALL 'com.example.Cls' | AS $$ script $$}}.
 *
 * <p>Exactly one of {@link #getClassName()} (a Java class) and
 * {@link #getScript()} (a JavaScript body) is set. The parser also takes
 * {@code AS 'script'} (a quoted string); the node unparses the script as
 * {@code $$script$$}, or as a quoted string if the script contains
 * {@code $$}.
 */
public class SqlCreateTrigger extends SqlCreate {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("CREATE TRIGGER", SqlKind.OTHER_DDL);

  /** When the trigger fires relative to the row change. */
  public enum Timing {
    BEFORE, AFTER
  }

  /** The row change that fires the trigger. */
  public enum Event {
    INSERT, UPDATE, DELETE
  }

  private final SqlIdentifier name;
  private final Timing timing;
  private final Event event;
  private final SqlIdentifier table;
  private final @Nullable String className;
  private final @Nullable String script;

  /** Creates a CREATE TRIGGER; exactly one of className and script is set. */
  public SqlCreateTrigger(SqlParserPos pos, boolean ifNotExists,
      SqlIdentifier name, Timing timing, Event event, SqlIdentifier table,
      @Nullable String className, @Nullable String script) {
    super(OPERATOR, pos, false, ifNotExists);
    this.name = Objects.requireNonNull(name, "name");
    this.timing = Objects.requireNonNull(timing, "timing");
    this.event = Objects.requireNonNull(event, "event");
    this.table = Objects.requireNonNull(table, "table");
    if ((className == null) == (script == null)) {
      throw new IllegalArgumentException(
          "exactly one of className and script must be given");
    }
    this.className = className;
    this.script = script;
  }

  /** Returns the trigger's name. */
  public SqlIdentifier getName() {
    return name;
  }

  /** Returns whether {@code IF NOT EXISTS} was written. */
  public boolean isIfNotExists() {
    return ifNotExists;
  }

  /** Returns {@code BEFORE} or {@code AFTER}. */
  public Timing getTiming() {
    return timing;
  }

  /** Returns {@code INSERT}, {@code UPDATE} or {@code DELETE}. */
  public Event getEvent() {
    return event;
  }

  /** Returns the table the trigger is on, {@code t} or {@code schema.t}. */
  public SqlIdentifier getTable() {
    return table;
  }

  /** Returns the class after {@code CALL}, or null for a script trigger. */
  public @Nullable String getClassName() {
    return className;
  }

  /**
   * Returns the JavaScript between {@code $$} and {@code $$}, exactly as
   * written (whitespace included), or null for a {@code CALL} trigger.
   */
  public @Nullable String getScript() {
    return script;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(SqlLiteral.createBoolean(ifNotExists, pos),
        name, SqlLiteral.createSymbol(timing, pos),
        SqlLiteral.createSymbol(event, pos), table,
        className == null ? null : SqlLiteral.createCharString(className, pos),
        script == null ? null : SqlLiteral.createCharString(script, pos));
  }

  @Override public void unparse(SqlWriter writer, int leftPrec,
      int rightPrec) {
    writer.keyword("CREATE TRIGGER");
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    writer.keyword(timing.name());
    writer.keyword(event.name());
    writer.keyword("ON");
    table.unparse(writer, 0, 0);
    writer.keyword("FOR EACH ROW");
    if (className != null) {
      writer.keyword("CALL");
      SqlLiteral.createCharString(className, pos).unparse(writer, 0, 0);
    } else {
      writer.keyword("AS");
      final String s = Objects.requireNonNull(script, "script");
      if (s.contains("$$")) {
        SqlLiteral.createCharString(s, pos).unparse(writer, 0, 0);
      } else {
        writer.literal("$$" + s + "$$");
      }
    }
  }
}
