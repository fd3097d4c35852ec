package org.sochdb.storage.engine;

/** One entry of an ordered byte map; a {@code null} value in a batch means delete. */
public record KvEntry(byte[] key, byte[] value) {}
