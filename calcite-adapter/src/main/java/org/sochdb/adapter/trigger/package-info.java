/**
 * The public API of SochDB row triggers written in Java: implement {@link
 * org.sochdb.adapter.trigger.RowTrigger}, attach it with {@code CREATE TRIGGER ... FOR EACH ROW CALL
 * 'com.example.MyTrigger'}, and abort a statement with {@link
 * org.sochdb.adapter.trigger.TriggerAbortException}. Script triggers ({@code AS $$ ... $$},
 * JavaScript) and the full rules are described in {@code docs/TRIGGERS.md}.
 */
package org.sochdb.adapter.trigger;
