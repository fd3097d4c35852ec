package org.sochdb.vector;

import org.sochdb.adapter.spi.FunctionRegistry;
import org.sochdb.adapter.spi.SochFunctionProvider;
import org.sochdb.vector.index.FullTextMethod;
import org.sochdb.vector.index.HnswMethod;
import org.sochdb.vector.plan.HnswOrderRule;
import org.sochdb.vector.sql.CollectionsTable;
import org.sochdb.vector.sql.DistanceFunctions;
import org.sochdb.vector.sql.HybridSearch;
import org.sochdb.vector.sql.KeywordSearch;
import org.sochdb.vector.sql.VectorSearch;

/**
 * Vector, keyword and hybrid search in SQL: the HNSW and FULLTEXT index methods, their functions
 * and {@code sys.collections}.
 */
public final class VectorFunctionProvider implements SochFunctionProvider {
  @Override
  public void register(FunctionRegistry registry) {
    registry.indexMethod(new HnswMethod())
        .indexMethod(new FullTextMethod())
        .table(VectorSearch.NAME, VectorSearch.class, "vectorSearch")
        .table(KeywordSearch.NAME, KeywordSearch.class, "keywordSearch")
        .table(HybridSearch.NAME, HybridSearch.class, "hybridSearch")
        .scalar("cosine_distance", DistanceFunctions.class, "cosineDistance")
        .scalar("l2_distance", DistanceFunctions.class, "l2Distance")
        .scalar("inner_product", DistanceFunctions.class, "innerProduct")
        .scalar("vector_dims", DistanceFunctions.class, "vectorDims")
        .systemTable("sys", CollectionsTable.NAME, new CollectionsTable())
        .rule(HnswOrderRule.INSTANCE);
  }
}
