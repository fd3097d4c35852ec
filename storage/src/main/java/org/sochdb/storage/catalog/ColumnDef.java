package org.sochdb.storage.catalog;

/**
 * A column of a table.
 *
 * @param type the SQL type name as SochDB stores it ({@code INTEGER}, {@code VARCHAR},
 *     {@code DECIMAL}, {@code VECTOR}, ...)
 * @param precision length or precision, -1 when unspecified; the dimension for {@code VECTOR}
 * @param scale decimal scale, -1 when unspecified
 * @param defaultSql the DEFAULT expression as SQL text, or null
 * @param autoIncrement whether missing values come from the table's sequence
 */
public record ColumnDef(String name, String type, int precision, int scale, boolean nullable,
    String defaultSql, boolean autoIncrement) {}
