package org.sochdb.vector.index;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sochdb.storage.catalog.TableDef;

/**
 * For each attribute value ({@link Attributes}), the graph nodes whose row had it: what lets a
 * filtered search test a node with one bit and know how many nodes match before it starts.
 * Nodes are only ever added (a changed row is a new node); visibility is checked separately.
 * A one-column primary key is not kept here (one list per row would cost more than the rest):
 * the caller finds its nodes by row key.
 */
final class AttributeIndex {
  private final TableDef table;
  private final int skip;
  private final int key;
  private final String keyAttribute;
  private final Map<String, Map<String, Postings>> byAttribute = new ConcurrentHashMap<>();

  /** A growing list of node ordinals. */
  private static final class Postings {
    private int[] ordinals = new int[4];
    private int size;

    synchronized void add(int ordinal) {
      if (size == ordinals.length) {
        ordinals = Arrays.copyOf(ordinals, size * 2);
      }
      ordinals[size++] = ordinal;
    }

    synchronized void setIn(BitSet bits) {
      for (int i = 0; i < size; i++) {
        bits.set(ordinals[i]);
      }
    }
  }

  /** @param skip the vector column; a one-column primary key is left out too */
  AttributeIndex(TableDef table, int skip) {
    this.table = table;
    this.skip = skip;
    this.key = table.primaryKey().size() == 1 ? table.columnIndex(table.primaryKey().get(0)) : -1;
    this.keyAttribute = key < 0 ? null : Attributes.column(table.columns().get(key).name());
  }

  /** The attribute of the one-column primary key, or null. */
  String keyAttribute() {
    return keyAttribute;
  }

  void add(int ordinal, Object[] row) {
    for (Attributes.Value v : Attributes.of(table, row, skip)) {
      if (v.attribute().equals(keyAttribute)) {
        continue;
      }
      byAttribute.computeIfAbsent(v.attribute(), k -> new ConcurrentHashMap<>())
          .computeIfAbsent(v.value(), k -> new Postings()).add(ordinal);
    }
  }

  /** Forgets every node (the graph they were in is gone). */
  void clear() {
    byAttribute.clear();
  }

  /** Whether two versions of a row differ in what filters can see. */
  boolean differ(Object[] a, Object[] b) {
    List<Attributes.Value> x = Attributes.of(table, a, skip);
    List<Attributes.Value> y = Attributes.of(table, b, skip);
    return x.equals(y) == false;
  }

  /**
   * The nodes whose row matched {@code filter} (which requires something), visible or not;
   * {@code byKey} sets the nodes of rows whose primary key is one of the given values.
   */
  BitSet matching(MetadataFilter filter, java.util.function.BiConsumer<Set<String>, BitSet> byKey) {
    BitSet result = null;
    for (Map.Entry<String, Set<String>> e : filter.required().entrySet()) {
      BitSet any = new BitSet();
      Map<String, Postings> values = byAttribute.get(e.getKey());
      if (e.getKey().equals(keyAttribute)) {
        byKey.accept(e.getValue(), any);
      } else if (values != null) {
        for (String value : e.getValue()) {
          Postings p = values.get(value);
          if (p != null) {
            p.setIn(any);
          }
        }
      }
      if (result == null) {
        result = any;
      } else {
        result.and(any);
      }
    }
    return result == null ? new BitSet() : result;
  }
}
