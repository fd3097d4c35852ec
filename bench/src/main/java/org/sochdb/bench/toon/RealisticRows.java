package org.sochdb.bench.toon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic "customer" rows of mixed types for the token benchmark: the same seed always
 * gives the same rows. Columns, in order:
 * <ul>
 *   <li>{@code id} Integer, 1..n</li>
 *   <li>{@code name} "First Last" from fixed name lists</li>
 *   <li>{@code email} derived from the name, lowercase, one of several domains</li>
 *   <li>{@code city} from a fixed list (some with spaces)</li>
 *   <li>{@code signup_date} ISO-8601 date text, 2019-01-01 .. 2024-12-31</li>
 *   <li>{@code plan} one of free, basic, pro, team, enterprise</li>
 *   <li>{@code monthly_spend} BigDecimal with scale 2 (0.00 for the free plan)</li>
 *   <li>{@code active} Boolean</li>
 *   <li>{@code notes} short free text, some containing commas, about a third null</li>
 * </ul>
 */
public final class RealisticRows {
    public static final List<String> FIELDS = List.of(
            "id", "name", "email", "city", "signup_date", "plan", "monthly_spend", "active", "notes");

    private static final String[] FIRST = {
        "Alice", "Bob", "Carlos", "Diana", "Ethan", "Fatima", "George", "Hannah", "Ivan", "Julia",
        "Kenji", "Laura", "Mohammed", "Nina", "Oliver", "Priya", "Quentin", "Rosa", "Samuel", "Tara",
        "Umar", "Valentina", "William", "Xin", "Yusuf", "Zoe", "Liam", "Emma", "Noah", "Sofia"
    };
    private static final String[] LAST = {
        "Smith", "Johnson", "Garcia", "Müller", "Nguyen", "Kowalski", "Rossi", "Silva", "Kim", "Patel",
        "Brown", "Dubois", "Okafor", "Andersson", "Tanaka", "Lopez", "Novak", "Cohen", "Murphy", "Schmidt"
    };
    private static final String[] DOMAINS = {
        "gmail.com", "outlook.com", "yahoo.com", "proton.me", "example.org", "acme-corp.com"
    };
    private static final String[] CITIES = {
        "Berlin", "New York", "São Paulo", "Tokyo", "London", "Paris", "Toronto", "Sydney",
        "Mumbai", "Lagos", "Madrid", "San Francisco", "Warsaw", "Seoul", "Amsterdam"
    };
    private static final String[] PLANS = {"free", "basic", "pro", "team", "enterprise"};
    private static final double[][] SPEND_RANGE = {{0, 0}, {5, 20}, {20, 80}, {80, 400}, {400, 5000}};
    private static final String[] NOTES = {
        "Prefers email contact",
        "Asked for an invoice, paid by card",
        "Upgraded after trial",
        "VIP customer, handle with care",
        "Requested data export",
        "Churn risk, low usage last month",
        "Referred by a friend",
        "Needs SSO, waiting on IT",
        "Paused subscription in summer",
        "Reported a billing bug, resolved",
        "Interested in annual plan",
        "Uses the API heavily, rate limits discussed"
    };

    private RealisticRows() {
    }

    /** {@code count} rows generated from {@code seed}. */
    public static List<Map<String, Object>> generate(int count, long seed) {
        Random rnd = new Random(seed);
        LocalDate start = LocalDate.of(2019, 1, 1);
        int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - start.toEpochDay()) + 1;
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String first = FIRST[rnd.nextInt(FIRST.length)];
            String last = LAST[rnd.nextInt(LAST.length)];
            String local = ascii(first) + (rnd.nextBoolean() ? "." : "_") + ascii(last)
                    + (rnd.nextInt(3) == 0 ? String.valueOf(rnd.nextInt(100)) : "");
            int plan = weightedPlan(rnd);
            double lo = SPEND_RANGE[plan][0];
            double hi = SPEND_RANGE[plan][1];
            BigDecimal spend = BigDecimal.valueOf(lo + rnd.nextDouble() * (hi - lo))
                    .setScale(2, RoundingMode.HALF_UP);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", i);
            row.put("name", first + " " + last);
            row.put("email", local.toLowerCase(Locale.ROOT) + "@" + DOMAINS[rnd.nextInt(DOMAINS.length)]);
            row.put("city", CITIES[rnd.nextInt(CITIES.length)]);
            row.put("signup_date", start.plusDays(rnd.nextInt(days)).toString());
            row.put("plan", PLANS[plan]);
            row.put("monthly_spend", spend);
            row.put("active", rnd.nextInt(5) != 0);
            row.put("notes", rnd.nextInt(3) == 0 ? null : NOTES[rnd.nextInt(NOTES.length)]);
            rows.add(row);
        }
        return rows;
    }

    private static int weightedPlan(Random rnd) {
        int p = rnd.nextInt(100);
        return p < 30 ? 0 : p < 55 ? 1 : p < 80 ? 2 : p < 93 ? 3 : 4;
    }

    private static String ascii(String s) {
        return s.replace("ü", "ue").replace("ã", "a");
    }
}
