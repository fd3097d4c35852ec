package org.sochdb.vector.text;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sochdb.storage.StorageTransaction;
import org.sochdb.storage.TransactionListener;

/**
 * Terms' postings as committed, kept in memory so a search reads them once instead of scanning
 * storage for every query, and never handed to a snapshot that should see other postings.
 *
 * <p>For each term the cache knows the LSN of the last commit that changed its postings
 * ({@code changedAt}; terms not changed since the cache began have {@link #baseline}), and
 * whether a commit that changes it is under way ({@code committing}). A term's postings as seen
 * by a snapshot at LSN {@code s >= changedAt} are the same for every such snapshot, so postings
 * read by one of them serve all the others, until the next change. A transaction that wrote a
 * term itself reads it from storage. Writers announce their terms before their commit becomes
 * visible and settle them after, so a reader never takes postings while their term is in flux.
 */
final class PostingsCache {
  /** At most this many postings are kept; past it the cache starts over. */
  private static final long MAX_POSTINGS = 4_000_000;

  private final long baseline;
  private final ConcurrentHashMap<String, Term> terms = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Writer> writers = new ConcurrentHashMap<>();
  private final AtomicLong cachedPostings = new AtomicLong();

  /** What is known of one term. */
  private static final class Term {
    volatile long changedAt;
    final AtomicInteger committing = new AtomicInteger();
    volatile Cached cached;

    Term(long changedAt) {
      this.changedAt = changedAt;
    }
  }

  private record Cached(long asOf, TermPostings postings) {}

  /** @param baseline an LSN no later than any commit this cache will not hear of */
  PostingsCache(long baseline) {
    this.baseline = baseline;
  }

  /** {@code tx} writes postings of {@code term}; called before the write. */
  void writing(StorageTransaction tx, String term) {
    Writer w = writers.computeIfAbsent(tx.id(), id -> {
      Writer created = new Writer(id);
      tx.addListener(created);
      return created;
    });
    w.terms.add(term);
  }

  /** The postings of {@code term} as {@code tx} sees them. */
  TermPostings load(StorageTransaction tx, String term, byte[] termPrefix) {
    Writer own = writers.get(tx.id());
    if (own != null && own.terms.contains(term)) {
      return TermPostings.load(tx, termPrefix);
    }
    long snapshot = tx.snapshotLsn();
    Term t = terms.computeIfAbsent(term, x -> new Term(baseline));
    long changedAt = t.changedAt;
    boolean settled = t.committing.get() == 0 && snapshot >= changedAt;
    Cached c = t.cached;
    if (settled && c != null && c.asOf() >= changedAt) {
      return c.postings();
    }
    TermPostings read = TermPostings.load(tx, termPrefix);
    if (settled && t.committing.get() == 0 && t.changedAt == changedAt) {
      if (cachedPostings.addAndGet(read.size) > MAX_POSTINGS) {
        terms.values().forEach(x -> x.cached = null);
        cachedPostings.set(read.size);
      }
      t.cached = new Cached(snapshot, read);
    }
    return read;
  }

  /** One writing transaction: the terms it changes, followed through its end. */
  private final class Writer implements TransactionListener {
    private final long txId;
    final Set<String> terms = ConcurrentHashMap.newKeySet();
    private volatile boolean announced;

    Writer(long txId) {
      this.txId = txId;
    }

    @Override
    public void beforeCommit(StorageTransaction tx) {
      for (String term : terms) {
        term(term).committing.incrementAndGet();
      }
      announced = true;
    }

    @Override
    public void afterCommit(StorageTransaction tx, long lsn) {
      for (String term : terms) {
        Term t = term(term);
        t.cached = null;
        t.changedAt = Math.max(t.changedAt, lsn);
        if (announced) {
          t.committing.decrementAndGet();
        }
      }
      writers.remove(txId);
    }

    @Override
    public void afterRollback(StorageTransaction tx) {
      if (announced) {
        for (String term : terms) {
          term(term).committing.decrementAndGet();
        }
      }
      writers.remove(txId);
    }

    private Term term(String term) {
      return PostingsCache.this.terms.computeIfAbsent(term, x -> new Term(baseline));
    }
  }
}
