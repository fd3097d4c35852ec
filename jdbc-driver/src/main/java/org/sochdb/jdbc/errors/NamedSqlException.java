package org.sochdb.jdbc.errors;

/**
 * Marker for SochDB's own named exceptions. {@link SqlErrors#translate(java.sql.SQLException)}
 * returns an exception that carries this marker (or finds one in a cause chain) unchanged.
 */
interface NamedSqlException {
}
