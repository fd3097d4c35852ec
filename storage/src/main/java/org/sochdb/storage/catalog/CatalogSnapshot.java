package org.sochdb.storage.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Every definition of the catalog as one transaction saw it, at catalog {@link #version}.
 * Immutable; lookups match names exactly first, then ignoring case.
 */
public record CatalogSnapshot(long version, List<NamespaceDef> namespaces, List<TableDef> tables,
    List<IndexDef> indexes, List<TriggerDef> triggers) {

  public Optional<NamespaceDef> namespace(String name) {
    return pick(namespaces.stream().filter(n -> n.name().equalsIgnoreCase(name)).toList(), name,
        NamespaceDef::name);
  }

  public Optional<TableDef> table(String schema, String name) {
    return pick(tables.stream()
        .filter(t -> t.schema().equalsIgnoreCase(schema) && t.name().equalsIgnoreCase(name)).toList(),
        name, TableDef::name);
  }

  public List<TableDef> tables(String schema) {
    return tables.stream().filter(t -> t.schema().equalsIgnoreCase(schema)).toList();
  }

  public Optional<IndexDef> index(String schema, String name) {
    return pick(indexes.stream()
        .filter(i -> i.schema().equalsIgnoreCase(schema) && i.name().equalsIgnoreCase(name)).toList(),
        name, IndexDef::name);
  }

  public List<IndexDef> indexesOf(TableDef table) {
    return indexes.stream()
        .filter(i -> i.schema().equals(table.schema()) && i.table().equals(table.name())).toList();
  }

  public List<TriggerDef> triggersOf(TableDef table) {
    return triggers.stream()
        .filter(t -> t.schema().equals(table.schema()) && t.table().equals(table.name())).toList();
  }

  public Optional<TriggerDef> trigger(String schema, String name) {
    return pick(triggers.stream()
        .filter(t -> t.schema().equalsIgnoreCase(schema) && t.name().equalsIgnoreCase(name)).toList(),
        name, TriggerDef::name);
  }

  /** Tables whose foreign keys reference {@code table}. */
  public List<TableDef> referencing(TableDef table) {
    return tables.stream().filter(t -> t.foreignKeys().stream().anyMatch(fk ->
        fk.refSchema().equals(table.schema()) && fk.refTable().equals(table.name()))).toList();
  }

  private static <T> Optional<T> pick(List<T> candidates, String name, java.util.function.Function<T, String> nameOf) {
    if (candidates.size() <= 1) {
      return candidates.stream().findFirst();
    }
    return candidates.stream().filter(c -> nameOf.apply(c).equals(name)).findFirst()
        .or(() -> candidates.stream().findFirst());
  }
}
