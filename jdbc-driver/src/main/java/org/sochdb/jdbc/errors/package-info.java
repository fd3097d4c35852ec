/**
 * SochDB's SQL exceptions: the named exceptions (each a subclass of the standard JDBC family for
 * its SQLSTATE) and {@link org.sochdb.jdbc.errors.SqlErrors}, which translates the embedded
 * driver's exceptions into them. The table is in {@code ERRORS.md}.
 */
package org.sochdb.jdbc.errors;
