package org.sochdb.storage.catalog;

import java.util.List;

/**
 * A FOREIGN KEY constraint: {@code columns} of the owning table reference {@code refColumns}
 * (a primary or unique key) of {@code refSchema.refTable}.
 *
 * @param onDelete {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code NO ACTION}
 */
public record ForeignKeyDef(String name, List<String> columns, String refSchema, String refTable,
    List<String> refColumns, String onDelete) {}
