package org.sochdb.jdbc;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.storage.StorageOptions;
import org.sochdb.storage.SyncMode;
import org.sochdb.storage.engine.EngineKind;

/**
 * A parsed {@code jdbc:sochdb:} URL: where the database is and the options given after
 * {@code ;} or as {@link Properties} (the URL wins). Unknown options and bad values are
 * refused by name.
 *
 * <pre>
 *   jdbc:sochdb:./data/app            a directory, created if missing
 *   jdbc:sochdb:file:/abs/path/app    the same, explicit
 *   jdbc:sochdb:mem:name              in memory, shared by name in this JVM
 *   jdbc:sochdb:remote:http://host:8765   through the Avatica server
 * </pre>
 */
public record ConnectionOptions(String url, String location, boolean memory, boolean remote, Map<String, String> options) {
  public static final String PREFIX = "jdbc:sochdb:";

  /** Options a user may set; documented in docs/CONFIGURATION.md. */
  public static final Set<String> KNOWN = Set.of("sync_mode", "create_if_missing", "read_only", "concurrent",
      "lock_timeout_ms", "cache_mb", "user", "password", "wal_enabled", "engine");

  public static ConnectionOptions parse(String url, Properties info) {
    String rest = url.substring(PREFIX.length());
    String[] parts = rest.split(";");
    String location = parts[0].trim();
    Map<String, String> opts = new LinkedHashMap<>();
    if (info != null) {
      for (String k : info.stringPropertyNames()) {
        opts.put(k.toLowerCase(Locale.ROOT), info.getProperty(k));
      }
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new SochSqlException("08001", "option '" + p + "' in the URL has no value; write name=value");
      }
      opts.put(p.substring(0, eq).trim().toLowerCase(Locale.ROOT), p.substring(eq + 1).trim());
    }
    for (String k : opts.keySet()) {
      if (KNOWN.contains(k) == false) {
        throw new SochSqlException("08001", "unknown connection option '" + k + "'; known options: "
            + String.join(", ", new java.util.TreeSet<>(KNOWN)));
      }
    }
    if (location.isEmpty()) {
      throw new SochSqlException("08001", "the URL names no database: write jdbc:sochdb:./path, jdbc:sochdb:mem:name "
          + "or jdbc:sochdb:remote:http://host:port");
    }
    boolean memory = location.startsWith("mem:");
    boolean remote = location.startsWith("remote:");
    if (memory) {
      location = location.substring(4);
    } else if (location.startsWith("file:")) {
      location = location.substring(5);
    } else if (remote) {
      location = location.substring(7);
    }
    return new ConnectionOptions(url, location, memory, remote, Map.copyOf(opts));
  }

  /** The storage options for an embedded database. */
  public StorageOptions storage() {
    StorageOptions s = memory ? StorageOptions.memory(location) : StorageOptions.file(Path.of(location));
    String v = options.get("sync_mode");
    if (v != null) {
      s = s.withSyncMode(choice(v, SyncMode::parse));
    }
    String engine = options.get("engine");
    if (engine != null) {
      // Only a new database is created on it: an existing one stays on the engine of its files.
      s = s.withEngine(choice(engine, EngineKind::parse));
    }
    if (bool("wal_enabled", true) == false) {
      if (v != null && s.syncMode() != SyncMode.OFF) {
        throw new SochSqlException("22023", "options wal_enabled=false and sync_mode=" + v + " contradict each "
            + "other: without a write-ahead log commits cannot be synced; drop one of them");
      }
      s = s.withSyncMode(SyncMode.OFF);
    }
    s = s.withCreateIfMissing(bool("create_if_missing", true)).withReadOnly(bool("read_only", false))
        .withLockTimeoutMs(number("lock_timeout_ms", 0, 0, Integer.MAX_VALUE))
        .withCacheMb((int) number("cache_mb", StorageOptions.DEFAULT_CACHE_MB, 1, 1 << 20));
    if (bool("concurrent", false)) {
      throw new SochSqlException("0A000", "concurrent=true (serving other processes over loopback) is not "
          + "available in this build yet; open the database from one process, or start bin/sochdb server");
    }
    return s;
  }

  /** One of a set of names, parsed by {@code parse}, whose refusal names the accepted values. */
  private static <T> T choice(String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new SochSqlException("22023", e.getMessage());
    }
  }

  public boolean bool(String name, boolean dflt) {
    String v = options.get(name);
    if (v == null) {
      return dflt;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new SochSqlException("22023", "option " + name + " must be true or false, not '" + v + "'");
    };
  }

  private long number(String name, long dflt, long min, long max) {
    String v = options.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      long n = Long.parseLong(v.trim());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new SochSqlException("22023", "option " + name + " must be a whole number from " + min + " to " + max
          + ", not '" + v + "'");
    }
  }
}
