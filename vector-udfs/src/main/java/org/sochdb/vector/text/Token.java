package org.sochdb.vector.text;

/**
 * One analyzed term of a text and its position: positions count the gaps that removed stop
 * words leave, as Lucene's do, so a phrase matches only where its words stood in the text.
 */
public record Token(String term, int position) {}
