package org.sochdb.adapter.rel;

import java.lang.reflect.Method;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;

/**
 * The code of a leaf that reads rows through a static method taking the statement's
 * {@link DataContext} and a stashed spec: {@code rows(root, spec)} returning {@code Object[]} rows,
 * or, for one column, {@code scalarRows(root, spec)} returning bare values, which is how Calcite
 * passes one-column rows between operators.
 */
public final class ScanResults {
  private ScanResults() {}

  public static <S> EnumerableRel.Result of(EnumerableRelImplementor implementor, RelDataType rowType, Method rows,
      Method scalarRows, S spec, Class<S> specType) {
    boolean scalar = rowType.getFieldCount() == 1;
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), rowType,
        scalar ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY, false);
    Expression specExpr = implementor.stash(spec, specType);
    return implementor.result(physType,
        Blocks.toBlock(Expressions.call(scalar ? scalarRows : rows, DataContext.ROOT, specExpr)));
  }
}
