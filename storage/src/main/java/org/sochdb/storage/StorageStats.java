package org.sochdb.storage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reading of the engine's counters: {@code cache_hits} are reads answered from the in-memory
 * version store, {@code cache_misses} reads that went to the base image on disk; {@code wal_lsn}
 * is the LSN of the latest commit.
 *
 * @param backgroundFailure what the first failed background checkpoint or log sync said, or
 *     null; once set, the database refuses commits until it is reopened
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
    int activeTransactions,
    String backgroundFailure) {

  /**
   * The counters {@code sys.stats} shows, in its column order. {@code background_failures} is
   * 0, or 1 once a background checkpoint or log sync has failed: only the first is kept, since
   * commits are refused from then on until the database is reopened.
   */
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
    m.put("background_failures", backgroundFailure == null ? 0L : 1L);
    return m;
  }
}
