package org.sochdb.adapter.spi;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.ReflectiveCallNotNullImplementor;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.impl.ReflectiveFunctionBase;
import org.apache.calcite.util.ReflectUtil;

/**
 * A scalar function backed by a static method whose first parameter is the statement's
 * {@link DataContext}, which generated code passes ({@code DataContext.ROOT}) ahead of the SQL
 * arguments. Calcite's own {@code ScalarFunctionImpl} cannot reach the context; table functions
 * can, through {@code scan(DataContext)}, but {@code SELECT checkpoint()} is a scalar call.
 *
 * <p>The method is not {@code @Deterministic}, so generated code calls it on every row and
 * never hoists it into a constant.
 */
final class ContextScalarFunction implements ScalarFunction, ImplementableFunction {
  private final Method method;
  private final List<FunctionParameter> parameters;

  ContextScalarFunction(Method method) {
    Class<?>[] types = method.getParameterTypes();
    if (Modifier.isStatic(method.getModifiers()) == false || types.length == 0 || types[0] != DataContext.class) {
      throw new IllegalArgumentException(method + " must be static and take a DataContext first");
    }
    this.method = method;
    ReflectiveFunctionBase.ParameterListBuilder b = ReflectiveFunctionBase.builder();
    for (int i = 1; i < types.length; i++) {
      b.add(types[i], ReflectUtil.getParameterName(method, i), ReflectUtil.isParameterOptional(method, i));
    }
    this.parameters = b.build();
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return parameters;
  }

  @Override
  public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    return typeFactory.createJavaType(method.getReturnType());
  }

  @Override
  public CallImplementor getImplementor() {
    return RexImpTable.createImplementor(new ReflectiveCallNotNullImplementor(method) {
      @Override
      public Expression implement(RexToLixTranslator translator, RexCall call, List<Expression> operands) {
        List<Expression> withRoot = new ArrayList<>(operands.size() + 1);
        withRoot.add(translator.getRoot());
        withRoot.addAll(operands);
        return super.implement(translator, call, withRoot);
      }
    }, NullPolicy.NONE, false);
  }

  @Override
  public String toString() {
    return "ContextScalarFunction(" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
  }
}
