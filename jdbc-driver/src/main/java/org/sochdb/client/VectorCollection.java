package org.sochdb.client;

/**
 * Seam for a namespace's vector collection (the seed's {@code Collection}: insert, insert_batch,
 * search, vector_search, keyword_search, hybrid_search, delete, count). Its methods come with
 * the vector and keyword search issue (SURFACE.md section 4), over {@code CREATE COLLECTION} and
 * the {@code vector_search}/{@code keyword_search}/{@code hybrid_search} table functions;
 * until then the client's accessors throw {@link UnsupportedOperationException}.
 */
public interface VectorCollection {
  /** The exception the seams throw until the search issue lands. */
  static UnsupportedOperationException notYet() {
    return new UnsupportedOperationException("collections come with the vector and keyword search issue "
        + "(SURFACE.md section 4); until then use SQL tables with a VECTOR(n) column");
  }
}
