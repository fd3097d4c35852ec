package org.sochdb.storage.tx;

/** What a committed-state lookup found: a version in memory, or nothing (read the base). */
record ReadResult(boolean inMemory, byte[] value) {}
