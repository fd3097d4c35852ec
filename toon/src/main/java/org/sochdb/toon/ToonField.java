package org.sochdb.toon;

import java.util.Collections;
import java.util.List;

/** One field entry of a header's field list; a non-empty {@code children} list is a nested field group. */
final class ToonField {
    final String name;
    final List<ToonField> children;

    ToonField(String name, List<ToonField> children) {
        this.name = name;
        this.children = children == null ? Collections.emptyList() : children;
    }

    static ToonField leaf(String name) {
        return new ToonField(name, null);
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    /** Number of row cells this entry occupies (depth-first leaves). */
    int leafCount() {
        return isLeaf() ? 1 : leafCount(children);
    }

    static int leafCount(List<ToonField> fields) {
        int n = 0;
        for (ToonField f : fields) {
            n += f.leafCount();
        }
        return n;
    }
}
