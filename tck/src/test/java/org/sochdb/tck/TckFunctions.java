package org.sochdb.tck;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.adapter.spi.FunctionRegistry;
import org.sochdb.adapter.spi.SochFunctionProvider;
import org.sochdb.storage.KvCursor;

/**
 * A third-party function module, as the search, queue and graph modules are: found by
 * {@code ServiceLoader} through this test's {@code META-INF/services} file, it adds scalar
 * functions, context functions and table functions to every connection. The context and table
 * functions reach the caller's session through {@link SochSessions#of(DataContext)} and read and
 * write private keys (key space {@code 0x03}, an id no table has) in the caller's transaction.
 */
public final class TckFunctions implements SochFunctionProvider {
  private static final byte[] PREFIX = {0x03, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

  @Override
  public void register(FunctionRegistry r) {
    r.scalar("tck_reverse", TckFunctions.class, "reverse")
        .contextScalar("tck_auto_commit", TckFunctions.class, "autoCommit")
        .contextScalar("tck_put", TckFunctions.class, "put")
        .contextScalar("tck_get", TckFunctions.class, "get")
        .table("tck_series", TckFunctions.class, "series")
        .table("tck_keys", TckFunctions.class, "keys");
  }

  /** {@code tck_reverse(text)}. */
  public static String reverse(String s) {
    return s == null ? null : new StringBuilder(s).reverse().toString();
  }

  /** {@code tck_auto_commit()}: the calling connection's auto-commit flag, read through the context. */
  public static Boolean autoCommit(DataContext root) {
    return SochSessions.of(root).autoCommit();
  }

  /** {@code tck_put(key, value)}: writes a private key in the caller's transaction; TRUE. */
  public static Boolean put(DataContext root, String key, String value) {
    return SochSessions.of(root).write(false, tx -> {
      tx.put(key(key), value.getBytes(StandardCharsets.UTF_8));
      return true;
    });
  }

  /** {@code tck_get(key)}: a private key's value as the caller's transaction sees it, or NULL. */
  public static String get(DataContext root, String key) {
    byte[] v = SochSessions.of(root).read(tx -> tx.get(key(key)));
    return v == null ? null : new String(v, StandardCharsets.UTF_8);
  }

  /** {@code TABLE(tck_keys())}: the private keys the caller's transaction sees, as column {@code k}. */
  public static ScannableTable keys() {
    return new Keys();
  }

  private static final class Keys extends AbstractTable implements ScannableTable {
    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
      return f.builder().add("k", SqlTypeName.VARCHAR).build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      List<Object[]> rows = new ArrayList<>();
      SochSessions.of(root).read(tx -> {
        try (KvCursor c = tx.scanPrefix(PREFIX)) {
          c.forEachRemaining(e -> rows.add(new Object[] {
              new String(e.key(), PREFIX.length, e.key().length - PREFIX.length, StandardCharsets.UTF_8)}));
        }
        return null;
      });
      return Linq4j.asEnumerable(rows);
    }
  }

  private static byte[] key(String k) {
    byte[] text = k.getBytes(StandardCharsets.UTF_8);
    byte[] key = Arrays.copyOf(PREFIX, PREFIX.length + text.length);
    System.arraycopy(text, 0, key, PREFIX.length, text.length);
    return key;
  }

  /** {@code TABLE(tck_series(n))}: the integers 1 to n, as column {@code n}. */
  public static ScannableTable series(Integer n) {
    return new Series(n == null ? 0 : n);
  }

  private static final class Series extends AbstractTable implements ScannableTable {
    private final int n;

    Series(int n) {
      this.n = n;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
      return f.builder().add("n", SqlTypeName.INTEGER).build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      return Linq4j.asEnumerable(java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> new Object[] {i}).toList());
    }
  }
}
