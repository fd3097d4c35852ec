package org.sochdb.jdbc.functions;

import org.sochdb.adapter.spi.FunctionRegistry;
import org.sochdb.adapter.spi.SochFunctionProvider;

/**
 * The SQL functions that live in the driver module because they use its TOON codec:
 * {@code toon(name, sql [, dialect])} and {@code TABLE(from_toon(text))} ({@link ToonFunctions}).
 * Listed in {@code META-INF/services/org.sochdb.adapter.spi.SochFunctionProvider}.
 */
public final class DriverFunctionProvider implements SochFunctionProvider {
  @Override
  public void register(FunctionRegistry r) {
    r.contextScalar("toon", ToonFunctions.class, "toon").table("from_toon", ToonFunctions.class, "fromToon");
  }
}
