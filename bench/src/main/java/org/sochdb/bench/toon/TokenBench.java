package org.sochdb.bench.toon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sochdb.toon.Toon;
import org.sochdb.toon.ToonDialect;
import org.sochdb.toon.ToonOptions;
import org.sochdb.toon.ToonTable;

/**
 * Token counts (OpenAI o200k_base, via jtokkit) of one table of {@link RealisticRows} written as
 * compact JSON, pretty JSON, CSV and the two TOON dialects. Prints a Markdown table.
 *
 * <p>Options: {@code --rows=N} (default 100), {@code --seed=S} (default 42), {@code --show}
 * (also print the first lines of every text).
 */
public final class TokenBench {
    private static final String TABLE = "customers";

    private TokenBench() {
    }

    public static void main(String[] args) throws Exception {
        int rowCount = 100;
        long seed = 42;
        boolean show = false;
        for (String a : args) {
            if (a.startsWith("--rows=")) {
                rowCount = Integer.parseInt(a.substring(7));
            } else if (a.startsWith("--seed=")) {
                seed = Long.parseLong(a.substring(7));
            } else if (a.equals("--show")) {
                show = true;
            } else {
                throw new IllegalArgumentException("unknown option " + a + " (--rows=N, --seed=S, --show)");
            }
        }

        List<Map<String, Object>> rows = RealisticRows.generate(rowCount, seed);
        List<String> fields = RealisticRows.FIELDS;

        ObjectMapper mapper = new ObjectMapper();
        String compactJson = mapper.writeValueAsString(rows);
        String prettyJson = prettyJson(mapper, rows);
        String csv = csv(rows, fields);
        String toonCompact = Toon.encode(TABLE, rows, fields);
        String toonSpec = Toon.encode(TABLE, rows, fields, ToonOptions.spec());

        verifyToon("TOON compact", toonCompact, ToonDialect.COMPACT, rows, fields);
        verifyToon("TOON spec", toonSpec, ToonDialect.SPEC, rows, fields);
        if (!mapper.readTree(compactJson).equals(mapper.readTree(prettyJson))) {
            throw new AssertionError("compact and pretty JSON differ");
        }

        Encoding enc = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
        List<Object[]> results = new ArrayList<>();
        results.add(new Object[] {"JSON, compact (array of objects, no spaces)", compactJson});
        results.add(new Object[] {"JSON, pretty (2-space indent)", prettyJson});
        results.add(new Object[] {"CSV (header + rows, RFC 4180 quoting, CRLF)", csv});
        results.add(new Object[] {"TOON compact dialect (one line, `;` between rows)", toonCompact});
        results.add(new Object[] {"TOON spec dialect (v4.0 tabular, one row per line)", toonSpec});

        int compactTokens = enc.countTokens(compactJson);
        int prettyTokens = enc.countTokens(prettyJson);
        System.out.printf(Locale.ROOT, "%d rows, seed %d, tokenizer o200k_base (jtokkit)%n%n", rowCount, seed);
        System.out.println("| format | tokens | chars | tokens vs compact JSON | tokens vs pretty JSON |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (Object[] r : results) {
            String text = (String) r[1];
            int tokens = enc.countTokens(text);
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %s | %s |%n", r[0], tokens, text.length(),
                    pct(tokens, compactTokens), pct(tokens, prettyTokens));
        }
        System.out.println();
        System.out.println("Percent = (tokens - baseline) / baseline; negative = fewer tokens than the baseline.");
        System.out.println("Both TOON texts decode (Toon.decode, strict) back to the same " + rowCount + " rows.");

        if (show) {
            for (Object[] r : results) {
                System.out.println();
                System.out.println("--- " + r[0] + " (first 400 chars) ---");
                String text = (String) r[1];
                System.out.println(text.substring(0, Math.min(400, text.length())));
            }
        }
    }

    private static String pct(int tokens, int baseline) {
        if (tokens == baseline) {
            return "0.0%";
        }
        return String.format(Locale.ROOT, "%+.1f%%", 100.0 * (tokens - baseline) / baseline);
    }

    /** Python {@code json.dumps(rows, indent=2)} style: 2-space indent, "key": value, LF. */
    private static String prettyJson(ObjectMapper mapper, Object value) throws JsonProcessingException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer).writeValueAsString(value);
    }

    /** Header plus one record per row, CRLF line breaks, RFC 4180 quoting; null is an empty field. */
    private static String csv(List<Map<String, Object>> rows, List<String> fields) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", fields.stream().map(TokenBench::csvField).toList())).append("\r\n");
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object v = row.get(fields.get(i));
                if (v != null) {
                    sb.append(csvField(v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v.toString()));
                }
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Decodes {@code text} strictly and checks name, dialect, fields and every value; throws otherwise. */
    private static void verifyToon(String label, String text, ToonDialect dialect,
                                   List<Map<String, Object>> rows, List<String> fields) {
        ToonTable t = Toon.decode(text);
        check(label, "table name", TABLE, t.name());
        check(label, "dialect", dialect, t.dialect());
        check(label, "fields", fields, t.fields());
        check(label, "row count", rows.size(), t.rowCount());
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> want = rows.get(r);
            Map<String, Object> got = t.rows().get(r);
            for (String f : fields) {
                Object w = want.get(f);
                Object g = got.get(f);
                if (!sameValue(w, g)) {
                    throw new AssertionError(label + ": row " + (r + 1) + " field " + f + ": wrote "
                            + describe(w) + " but decoded " + describe(g));
                }
            }
        }
    }

    /** Equality up to TOON's documented normalization: integers come back as Long, decimals as BigDecimal/Long. */
    private static boolean sameValue(Object want, Object got) {
        if (want instanceof Number && got instanceof Number) {
            return new BigDecimal(want.toString()).compareTo(new BigDecimal(got.toString())) == 0;
        }
        return Objects.equals(want, got);
    }

    private static void check(String label, String what, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            throw new AssertionError(label + ": " + what + " expected " + want + " but decoded " + got);
        }
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }
}
