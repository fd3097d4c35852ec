package org.sochdb.toon;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: ordered row maps from key/value pairs. */
final class Rows {
    private Rows() {
    }

    static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
