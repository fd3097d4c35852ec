package org.sochdb.storage.catalog;

/**
 * A row trigger.
 *
 * @param timing {@code BEFORE} or {@code AFTER}
 * @param event {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param className the implementing class for {@code CALL '...'} triggers, else null
 * @param script the inline script body for {@code AS $$ ... $$} triggers, else null
 */
public record TriggerDef(String schema, String name, String table, String timing, String event,
    String className, String script) {}
