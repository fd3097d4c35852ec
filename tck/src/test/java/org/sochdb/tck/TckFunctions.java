package org.sochdb.tck;

import java.sql.Connection;
import java.sql.SQLException;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.sochdb.adapter.spi.FunctionRegistry;
import org.sochdb.adapter.spi.SochFunctionProvider;

/**
 * A third-party function module, as the search, queue and graph modules will be: found by
 * {@code ServiceLoader} through this test's {@code META-INF/services} file, it adds a scalar
 * function, a context function and a table function to every connection.
 */
public final class TckFunctions implements SochFunctionProvider {
  @Override
  public void register(FunctionRegistry r) {
    r.scalar("tck_reverse", TckFunctions.class, "reverse")
        .contextScalar("tck_auto_commit", TckFunctions.class, "autoCommit")
        .table("tck_series", TckFunctions.class, "series");
  }

  /** {@code tck_reverse(text)}. */
  public static String reverse(String s) {
    return s == null ? null : new StringBuilder(s).reverse().toString();
  }

  /** {@code tck_auto_commit()}: the calling connection's auto-commit flag, read through the context. */
  public static Boolean autoCommit(DataContext root) throws SQLException {
    return ((Connection) root.getQueryProvider()).getAutoCommit();
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
