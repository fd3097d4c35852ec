package org.sochdb.cli.bulk;

import picocli.CommandLine;

/** Converts {@code --threads}: {@code all} (every core) or a positive number; anything else is a usage error. */
final class Threads implements CommandLine.ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    if ("all".equalsIgnoreCase(value)) {
      return Runtime.getRuntime().availableProcessors();
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CommandLine.TypeConversionException("'" + value + "' is neither all nor a positive number");
  }
}
