/**
 * The JDBC wrapping layer of the SochDB driver: {@link org.sochdb.jdbc.JdbcWrapper} wraps the
 * embedded (Avatica) connection so that errors are translated and generated keys, network timeout,
 * {@code isValid} and {@code abort} work; {@link org.sochdb.jdbc.ConnectionHooks} is how the driver
 * plugs in.
 */
package org.sochdb.jdbc;
