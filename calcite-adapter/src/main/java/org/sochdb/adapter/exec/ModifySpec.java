package org.sochdb.adapter.exec;

import java.util.List;
import org.apache.calcite.rel.core.TableModify;
import org.sochdb.storage.catalog.TableDef;

/**
 * What a planned INSERT, UPSERT, UPDATE, DELETE or MERGE does to one table; stashed in the
 * plan, stateless.
 *
 * @param updateColumns the SET columns of UPDATE and MERGE, in SET order
 * @param upsert INSERT that replaces a row with the same primary key
 */
public record ModifySpec(TableDef table, TableModify.Operation operation, List<String> updateColumns,
    boolean upsert) {}
