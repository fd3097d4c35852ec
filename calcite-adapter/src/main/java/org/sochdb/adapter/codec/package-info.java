/**
 * Binary codecs for SQL values in SochDB's ordered byte map.
 *
 * <ul>
 *   <li>{@link org.sochdb.adapter.codec.ValueType}: the SQL types and the Java class that carries each one.</li>
 *   <li>{@link org.sochdb.adapter.codec.KeyCodec}: order-preserving, self-delimiting encoding for row keys and
 *       secondary-index entries (byte order = SQL order).</li>
 *   <li>{@link org.sochdb.adapter.codec.RowCodec}: compact encoding of a whole row for the stored value.</li>
 *   <li>{@link org.sochdb.adapter.codec.ValueCoercion}: converts JDBC-style Java inputs to the canonical class.</li>
 *   <li>{@link org.sochdb.adapter.codec.ByteSink}: the reusable growable buffer the encoders write into.</li>
 * </ul>
 */
package org.sochdb.adapter.codec;
