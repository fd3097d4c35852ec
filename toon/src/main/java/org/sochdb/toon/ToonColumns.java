package org.sochdb.toon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encoder-side column planning: decides which columns become nested field groups
 * (TOON spec &sect;9.3 "nested-uniform": every value a non-empty map, all with the same key set)
 * and flattens rows into leaf cells in depth-first header order.
 */
final class ToonColumns {
    private ToonColumns() {
    }

    /** Field entries for the given column names over the given rows (values positioned by column). */
    static List<ToonField> plan(List<String> names, List<Object[]> rows) {
        Set<String> seen = new HashSet<>();
        List<ToonField> fields = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (name == null) {
                throw new IllegalArgumentException("field name " + (c + 1) + " is null");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate field name '" + name
                        + "'; TOON decoders reject duplicate fields (use distinct names or SQL aliases)");
            }
            List<Object> column = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                column.add(row[c]);
            }
            fields.add(column(name, name, column));
        }
        return fields;
    }

    private static ToonField column(String name, String path, List<Object> values) {
        int maps = 0;
        for (Object v : values) {
            if (v instanceof Map) {
                maps++;
            }
        }
        if (maps == 0) {
            return ToonField.leaf(name);
        }
        Map<?, ?> first = (Map<?, ?>) values.get(0);
        boolean uniform = maps == values.size() && !first.isEmpty();
        for (int i = 1; uniform && i < values.size(); i++) {
            uniform = ((Map<?, ?>) values.get(i)).keySet().equals(first.keySet());
        }
        if (!uniform) {
            throw new IllegalArgumentException("column '" + path + "' cannot be written as a table: "
                    + "map values must be non-empty, present in every row and share the same keys");
        }
        List<ToonField> children = new ArrayList<>(first.size());
        for (Object key : first.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalArgumentException("column '" + path + "' has a non-String map key: " + key);
            }
            List<Object> sub = new ArrayList<>(values.size());
            for (Object v : values) {
                sub.add(((Map<?, ?>) v).get(key));
            }
            children.add(column((String) key, path + "." + key, sub));
        }
        return new ToonField(name, children);
    }

    /** Dotted paths of the leaf fields, depth-first ({@code customer.name}); for error messages. */
    static List<String> leafPaths(List<ToonField> fields) {
        List<String> out = new ArrayList<>();
        for (ToonField f : fields) {
            leafPaths(f, f.name, out);
        }
        return out;
    }

    private static void leafPaths(ToonField f, String path, List<String> out) {
        if (f.isLeaf()) {
            out.add(path);
        } else {
            for (ToonField c : f.children) {
                leafPaths(c, path + "." + c.name, out);
            }
        }
    }

    /** The row's leaf values in depth-first order of {@code fields}. */
    static List<Object> cells(Object[] row, List<ToonField> fields) {
        List<Object> out = new ArrayList<>(ToonField.leafCount(fields));
        for (int i = 0; i < fields.size(); i++) {
            flatten(row[i], fields.get(i), out);
        }
        return out;
    }

    private static void flatten(Object value, ToonField field, List<Object> out) {
        if (field.isLeaf()) {
            out.add(value);
            return;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        for (ToonField child : field.children) {
            flatten(map.get(child.name), child, out);
        }
    }
}
