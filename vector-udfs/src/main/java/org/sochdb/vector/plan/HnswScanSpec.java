package org.sochdb.vector.plan;

import org.sochdb.storage.catalog.IndexDef;
import org.sochdb.storage.catalog.TableDef;

/**
 * What a planned HNSW scan reads: the {@code k} rows of {@code table} nearest to a query vector
 * by {@code index}, returning the columns of {@code projection} (null: all). The query vector
 * is a statement parameter ({@code parameter >= 0}) or a text literal; k is a number or a
 * parameter too. Stashed in the plan; holds no per-connection state.
 */
public record HnswScanSpec(TableDef table, IndexDef index, int[] projection, int parameter, String literal,
    long k, int kParameter) {}
