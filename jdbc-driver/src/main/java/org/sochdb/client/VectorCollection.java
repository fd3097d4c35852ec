package org.sochdb.client;

/**
 * A namespace's vector collection (insert, search by vector, keyword or both, delete, count).
 * Not supported yet: the {@link Namespace} accessors throw {@link UnsupportedOperationException}.
 */
public interface VectorCollection {
  /** The exception the accessors throw while collections are not supported. */
  static UnsupportedOperationException notYet() {
    return new UnsupportedOperationException("vector and keyword collections are not supported yet; "
        + "a table with a VECTOR(n) column stores vectors");
  }
}
