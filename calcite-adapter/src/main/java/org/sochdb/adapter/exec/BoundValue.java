package org.sochdb.adapter.exec;

import org.apache.calcite.DataContext;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.types.SqlTypes;

/** One end of a key range as planned: a constant, or a statement parameter read at run time. */
public sealed interface BoundValue {
  /** The value in storage form; null when it is SQL NULL (a comparison with it is never true). */
  Object resolve(DataContext root, ValueType type);

  /** A literal, already in storage form. */
  record Constant(Object value) implements BoundValue {
    @Override
    public Object resolve(DataContext root, ValueType type) {
      return value;
    }

    @Override
    public String toString() {
      return String.valueOf(value instanceof String s ? "'" + s + "'" : value);
    }
  }

  /** The {@code index}-th {@code ?} of the statement. */
  record Param(int index) implements BoundValue {
    @Override
    public Object resolve(DataContext root, ValueType type) {
      return SqlTypes.toStorage(type, root.get("?" + index));
    }

    @Override
    public String toString() {
      return "?" + index;
    }
  }
}
