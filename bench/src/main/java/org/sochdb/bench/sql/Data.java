package org.sochdb.bench.sql;

/**
 * The benchmark's rows, computed from their ids alone so that both engines hold exactly the
 * same data and a query's answer can be compared across engines.
 */
final class Data {
  private Data() {}

  static final String[] COUNTRIES = {"AR", "AU", "BR", "CA", "CN", "DE", "EG", "ES", "FR", "GB", "ID", "IN", "IT",
      "JP", "KR", "MX", "NG", "NL", "PL", "RU", "SE", "TR", "US", "VN", "ZA"};

  /** A well-mixed 64-bit hash (SplitMix64's finalizer). */
  static long mix(long x) {
    x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
    x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
    return x ^ (x >>> 31);
  }

  /** {@code name-00000042}: built by hand, String.format would cost more than an H2 insert. */
  static String name(long id) {
    String digits = Long.toString(id);
    StringBuilder sb = new StringBuilder(13 + digits.length()).append("name-");
    for (int i = digits.length(); i < 8; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  /** An amount in [0, 1000) with two decimals: exact in both engines' DOUBLE. */
  static double amount(long id) {
    return Math.floorMod(mix(id), 100_000L) / 100.0;
  }

  static int customerOf(long orderId, int customers) {
    return (int) Math.floorMod(mix(orderId * 31 + 7), (long) customers) + 1;
  }

  static String country(long customerId) {
    return COUNTRIES[(int) Math.floorMod(mix(customerId + 1000), (long) COUNTRIES.length)];
  }
}
