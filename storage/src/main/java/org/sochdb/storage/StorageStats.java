package org.sochdb.storage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reading of the engine's counters (the seed's {@code stats()}): {@code cache_hits} are
 * reads answered from the in-memory version store, {@code cache_misses} reads that went to
 * the base image on disk; {@code wal_lsn} is the LSN of the latest commit.
 */
public record StorageStats(
    long keysCount,
    long bytesWritten,
    long bytesRead,
    long transactionsCommitted,
    long transactionsAborted,
    long cacheHits,
    long cacheMisses,
    long walLsn,
    long checkpointLsn,
    int activeTransactions) {

  /** The counters under the names of SURFACE.md section 8, in that order. */
  public Map<String, Long> asMap() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("keys_count", keysCount);
    m.put("bytes_written", bytesWritten);
    m.put("bytes_read", bytesRead);
    m.put("transactions_committed", transactionsCommitted);
    m.put("transactions_aborted", transactionsAborted);
    m.put("cache_hits", cacheHits);
    m.put("cache_misses", cacheMisses);
    m.put("wal_lsn", walLsn);
    return m;
  }
}
