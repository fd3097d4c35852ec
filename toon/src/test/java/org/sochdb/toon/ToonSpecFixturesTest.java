package org.sochdb.toon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the vendored conformance fixtures of the TOON specification (toon-format/spec v4.0,
 * {@code src/test/resources/toon-spec-fixtures}) against the SPEC dialect. Every case is a test;
 * cases needing TOON features outside a single tabular array are skipped through an assumption
 * that states why. {@link #inventory()} pins how many run and how many are skipped.
 */
class ToonSpecFixturesTest {
    private static final String ROOT = "toon-spec-fixtures";

    /** Optional key, a bracket segment, then (possibly junk and) a field list: a tabular header attempt. */
    private static final Pattern TABULAR_HEADER =
            Pattern.compile("^(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\":\\[]*)\\[([^\\]]*)\\][^:{]*\\{");
    private static final Pattern EMPTY_ARRAY = Pattern.compile(
            "^(?:\\[\\]|(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\":\\[ ]+): \\[\\]|(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\":\\[ ]+)?\\[0[\\t|]?\\]:)$");
    private static final Pattern ANY_HEADER =
            Pattern.compile("^(?:- )?(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\":\\[]*)\\[[^\\]]*\\]");

    static final String SKIP_OBJECT = "document is an object with fields besides one table (TOON objects, \u00a78)";
    static final String SKIP_KEYED = "keyed tabular object [N:] (\u00a79.5)";
    static final String SKIP_ARRAY = "inline or list array, not tabular (\u00a79.1/\u00a79.2/\u00a79.4)";
    static final String SKIP_PRIMITIVE = "root primitive, empty document or key-value object (\u00a75, \u00a78)";
    static final String SKIP_NOT_TABULAR = "encode input objects are not uniform per \u00a79.3 (expanded list form \u00a79.4)";
    static final String SKIP_PRIMITIVE_ARRAY = "encode input is an array of primitives or arrays (\u00a79.1/\u00a79.2/\u00a79.4)";
    static final String SKIP_NOT_ARRAY = "encode input is not a single array (objects/primitives, \u00a77-\u00a78)";

    /** One fixture case. */
    static final class Case {
        final String file;
        final boolean encode;
        final String name;
        final Object input;
        final Object expected;
        final boolean shouldError;
        final Map<String, Object> options;
        final String skipReason;

        @SuppressWarnings("unchecked")
        Case(String file, Map<String, Object> test) {
            this.file = file;
            this.encode = file.startsWith("encode/");
            this.name = (String) test.get("name");
            this.input = test.get("input");
            this.expected = test.get("expected");
            this.shouldError = Boolean.TRUE.equals(test.get("shouldError"));
            this.options = test.containsKey("options") ? (Map<String, Object>) test.get("options") : Map.of();
            this.skipReason = encode ? encodeSkipReason(input) : decodeSkipReason((String) input);
        }

        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    static Stream<Case> cases() {
        return loadCases().stream();
    }

    @SuppressWarnings("unchecked")
    static List<Case> loadCases() {
        try {
            Path root = Paths.get(ToonSpecFixturesTest.class.getClassLoader().getResource(ROOT).toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
            }
            List<Case> cases = new ArrayList<>();
            for (Path f : files) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(Files.readString(f, StandardCharsets.UTF_8));
                for (Object t : (List<Object>) doc.get("tests")) {
                    cases.add(new Case(rel.substring(0, rel.length() - ".json".length()), (Map<String, Object>) t));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(Case c) {
        assumeTrue(c.skipReason == null, () -> "skipped, needs TOON features outside tabular data: " + c.skipReason);
        if (c.encode) {
            runEncode(c);
        } else {
            runDecode(c);
        }
    }

    /** Pins the fixture accounting so a classifier change cannot silently skip more cases. */
    @Test
    void inventory() {
        List<Case> all = loadCases();
        long run = all.stream().filter(c -> c.skipReason == null).count();
        long runErrors = all.stream().filter(c -> c.skipReason == null && c.shouldError).count();
        Map<String, Long> skipped = new TreeMap<>(all.stream().filter(c -> c.skipReason != null)
                .collect(Collectors.groupingBy(c -> (c.encode ? "encode: " : "decode: ") + c.skipReason,
                        Collectors.counting())));
        StringBuilder report = new StringBuilder("TOON spec fixtures: ").append(all.size()).append(" cases, ")
                .append(run).append(" run (").append(runErrors).append(" expect an error), ")
                .append(all.size() - run).append(" skipped:");
        skipped.forEach((reason, n) -> report.append("\n  ").append(n).append("  ").append(reason));
        System.out.println(report);
        assertEquals(EXPECTED_TOTAL, all.size(), report.toString());
        assertEquals(EXPECTED_RUN, run, report.toString());
    }

    static final int EXPECTED_TOTAL = 384;
    static final int EXPECTED_RUN = 79;

    // ------------------------------------------------------------------ classification

    static String decodeSkipReason(String toon) {
        List<String> content = new ArrayList<>();
        for (String l : toon.split("\n", -1)) {
            String line = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
            String t = line.strip();
            if (!t.isEmpty() && !(line.stripLeading().startsWith("#") && !line.startsWith("\t") && !line.contains("\t#"))) {
                content.add(line);
            }
        }
        if (content.isEmpty()) {
            return SKIP_PRIMITIVE;
        }
        String first = content.get(0);
        long topLevel = content.stream().filter(l -> !l.startsWith(" ")).count();
        if (EMPTY_ARRAY.matcher(first).matches()) {
            return topLevel == 1 && content.size() == 1 ? null : SKIP_OBJECT;
        }
        Matcher m = TABULAR_HEADER.matcher(first);
        if (m.find()) {
            if (m.group(1).contains(":")) {
                return SKIP_KEYED;
            }
            return topLevel == 1 ? null : SKIP_OBJECT;
        }
        if (ANY_HEADER.matcher(first).find()) {
            return first.matches("^[^\\[]*\\[[^\\]]*:.*") ? SKIP_KEYED : SKIP_ARRAY;
        }
        return SKIP_PRIMITIVE;
    }

    static String encodeSkipReason(Object input) {
        List<?> array = arrayOf(input);
        if (array == null) {
            return SKIP_NOT_ARRAY;
        }
        if (array.isEmpty() || tabular(array)) {
            return null;
        }
        return array.stream().allMatch(e -> e instanceof Map) ? SKIP_NOT_TABULAR : SKIP_PRIMITIVE_ARRAY;
    }

    private static List<?> arrayOf(Object input) {
        if (input instanceof List) {
            return (List<?>) input;
        }
        if (input instanceof Map && ((Map<?, ?>) input).size() == 1) {
            Object v = ((Map<?, ?>) input).values().iterator().next();
            return v instanceof List ? (List<?>) v : null;
        }
        return null;
    }

    /** §9.3 tabular detection: non-empty objects with one key set; every column uniform-primitive or nested-uniform. */
    private static boolean tabular(List<?> elements) {
        for (Object e : elements) {
            if (!(e instanceof Map) || ((Map<?, ?>) e).isEmpty()) {
                return false;
            }
        }
        return uniformObjects(new ArrayList<>(elements));
    }

    private static boolean uniformObjects(List<Object> maps) {
        if (!maps.stream().allMatch(m -> m instanceof Map && !((Map<?, ?>) m).isEmpty())) {
            return false;
        }
        Map<?, ?> first = (Map<?, ?>) maps.get(0);
        if (!maps.stream().allMatch(m -> ((Map<?, ?>) m).keySet().equals(first.keySet()))) {
            return false;
        }
        for (Object key : first.keySet()) {
            List<Object> column = new ArrayList<>();
            for (Object m : maps) {
                column.add(((Map<?, ?>) m).get(key));
            }
            boolean primitive = column.stream().allMatch(v -> !(v instanceof Map) && !(v instanceof List));
            if (!primitive && !uniformObjects(column)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ running

    @SuppressWarnings("unchecked")
    private static void runEncode(Case c) {
        ToonOptions options = ToonOptions.spec();
        Object delimiter = c.options.get("delimiter");
        if ("\t".equals(delimiter)) {
            options = options.withDelimiter(ToonDelimiter.TAB);
        } else if ("|".equals(delimiter)) {
            options = options.withDelimiter(ToonDelimiter.PIPE);
        }
        if (c.options.containsKey("indentSize")) {
            options = options.withIndent(((Number) c.options.get("indentSize")).intValue());
        }
        String name = c.input instanceof Map ? ((Map<String, Object>) c.input).keySet().iterator().next() : null;
        List<Map<String, Object>> rows = (List<Map<String, Object>>) arrayOf(c.input);
        if (c.shouldError) {
            ToonOptions o = options;
            assertThrows(IllegalArgumentException.class, () -> Toon.encode(name, rows, null, o));
            return;
        }
        assertEquals(c.expected, Toon.encode(name, rows, null, options));
    }

    private static void runDecode(Case c) {
        ToonOptions options = ToonOptions.spec();
        if (c.options.containsKey("strict")) {
            options = options.withStrict((Boolean) c.options.get("strict"));
        }
        if (c.options.containsKey("indentSize")) {
            options = options.withIndent(((Number) c.options.get("indentSize")).intValue());
        }
        String text = (String) c.input;
        if (c.shouldError) {
            ToonOptions o = options;
            ToonFormatException e = assertThrows(ToonFormatException.class,
                    () -> Toon.decode(text, ToonDialect.SPEC, o));
            assertTrue(e.getMessage().startsWith("line "), e.getMessage());
            return;
        }
        ToonTable table = Toon.decode(text, ToonDialect.SPEC, options);
        assertJsonEquals(c.expected, jsonModel(table), "$");
    }

    private static Object jsonModel(ToonTable table) {
        List<Object> rows = new ArrayList<>(table.rows());
        if (table.name() == null) {
            return rows;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(table.name(), rows);
        return doc;
    }

    /** JSON-model equality (spec §2): ordered keys, pairwise values, numbers by mathematical value. */
    static void assertJsonEquals(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, path);
        } else if (expected instanceof Map) {
            if (!(actual instanceof Map)) {
                fail(path + ": expected an object but was " + actual);
            }
            Map<?, ?> e = (Map<?, ?>) expected;
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(new ArrayList<>(e.keySet()), new ArrayList<>(a.keySet()), path + " keys");
            for (Object k : e.keySet()) {
                assertJsonEquals(e.get(k), a.get(k), path + "." + k);
            }
        } else if (expected instanceof List) {
            if (!(actual instanceof List)) {
                fail(path + ": expected an array but was " + actual);
            }
            List<?> e = (List<?>) expected;
            List<?> a = (List<?>) actual;
            assertEquals(e.size(), a.size(), path + " length");
            for (int i = 0; i < e.size(); i++) {
                assertJsonEquals(e.get(i), a.get(i), path + "[" + i + "]");
            }
        } else if (expected instanceof Number) {
            if (!(actual instanceof Number)) {
                fail(path + ": expected number " + expected + " but was " + actual.getClass().getSimpleName() + " " + actual);
            }
            assertEquals(0, new BigDecimal(expected.toString()).compareTo(new BigDecimal(actual.toString())),
                    path + ": expected " + expected + " but was " + actual);
        } else {
            assertEquals(expected, actual, path);
        }
    }
}
