package org.sochdb.bench.storage;

/**
 * One engine as the benchmark drives it. Each method is one whole measured operation, so the
 * interface call is outside every inner loop.
 */
interface KvTarget extends AutoCloseable {
  /** Puts keys {@code [from, to)} of the dataset, each with its value, in one transaction. */
  void putBatch(Dataset data, int from, int to);

  /** Makes everything committed so far durable in the engine's main file (checkpoint / chunk + fsync). */
  void flush();

  /** Closes and reopens the same files. */
  void reopen();

  /**
   * Reads every key of {@code data.readOrder()} in one read transaction.
   *
   * @return how many were found (must be all)
   */
  long pointReads(Dataset data);

  /** Iterates every entry in key order in one read transaction; returns the count. */
  long fullScan();

  /**
   * Iterates the entries from {@code first} through {@code last} (both present, inclusive) in
   * one read transaction; {@code endExclusive} is the key right after {@code last}.
   *
   * @return the count
   */
  long rangeScan(byte[] first, byte[] last, byte[] endExclusive);

  /** One transaction with a single put, committed as durably as the mode says. Thread-safe. */
  void commitOne(byte[] key, byte[] value);

  /** A short description of the engine's state for the log (e.g. where reads were served from). */
  String describe();

  @Override
  void close();
}
