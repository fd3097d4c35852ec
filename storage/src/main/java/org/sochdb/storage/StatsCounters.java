package org.sochdb.storage;

import java.util.concurrent.atomic.LongAdder;

/** The live counters behind {@link StorageStats}; each is safe to bump from any thread. */
public final class StatsCounters {
  public final LongAdder bytesWritten = new LongAdder();
  public final LongAdder bytesRead = new LongAdder();
  public final LongAdder transactionsCommitted = new LongAdder();
  public final LongAdder transactionsAborted = new LongAdder();
  /** Reads answered from the in-memory version store. */
  public final LongAdder cacheHits = new LongAdder();
  /** Reads that went down to the engine's base image. */
  public final LongAdder cacheMisses = new LongAdder();
}
