package dev.farmguard.collector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.testing.SimulatedFleet;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Verdicts against ground truth, per simulator scenario and overall. */
final class AccuracyTally {

    /** Counts of one scenario (or of everything). */
    static final class Counts {
        int devices;
        int farms;
        int farmsCaught;
        int farmsReview;
        int benign;
        int benignFarm;
        int benignReview;

        void add(boolean farm, String verdict) {
            devices++;
            if (farm) {
                farms++;
                farmsCaught += verdict.equals("laptop_farm") ? 1 : 0;
                farmsReview += verdict.equals("review") ? 1 : 0;
            } else {
                benign++;
                benignFarm += verdict.equals("laptop_farm") ? 1 : 0;
                benignReview += verdict.equals("review") ? 1 : 0;
            }
        }

        void addAll(Counts o) {
            devices += o.devices;
            farms += o.farms;
            farmsCaught += o.farmsCaught;
            farmsReview += o.farmsReview;
            benign += o.benign;
            benignFarm += o.benignFarm;
            benignReview += o.benignReview;
        }
    }

    final Map<String, Counts> byScenario = new TreeMap<>();
    final Counts overall = new Counts();
    int missingVerdicts;

    void add(Map<String, SimulatedFleet.Label> labels, Map<String, JsonNode> devices) {
        labels.forEach((id, label) -> {
            JsonNode d = devices.get(id);
            String verdict = d == null ? "missing" : d.get("verdict").asText();
            if (d == null) {
                missingVerdicts++;
            }
            byScenario.computeIfAbsent(label.scenario(), s -> new Counts()).add(label.farm(), verdict);
            overall.add(label.farm(), verdict);
        });
    }

    void addAll(AccuracyTally o) {
        o.byScenario.forEach((s, c) -> byScenario.computeIfAbsent(s, x -> new Counts()).addAll(c));
        overall.addAll(o.overall);
        missingVerdicts += o.missingVerdicts;
    }

    void print(PrintStream out, String title) {
        out.println(title);
        out.printf(Locale.ROOT, "  %-18s %7s %9s %9s %14s %12s%n", "scenario", "devices", "label", "recall",
                "benign farm", "benign review");
        byScenario.forEach((s, c) -> out.printf(Locale.ROOT, "  %-18s %7d %9s %9s %14s %12s%n", s, c.devices,
                c.farms > 0 ? "farm" : "benign", c.farms > 0 ? ratio(c.farmsCaught, c.farms) : "-",
                c.benign > 0 ? percent(c.benignFarm, c.benign) : "-", c.benign > 0 ? percent(c.benignReview, c.benign) : "-"));
        Counts o = overall;
        out.printf(Locale.ROOT, "  overall: %d devices (%d farm, %d benign); farm recall as laptop_farm %s (%d/%d, %d more "
                        + "in review); benign laptop_farm %s (%d); benign review %s (%d); missing verdicts %d%n",
                o.devices, o.farms, o.benign, ratio(o.farmsCaught, o.farms), o.farmsCaught, o.farms, o.farmsReview,
                percent(o.benignFarm, o.benign), o.benignFarm, percent(o.benignReview, o.benign), o.benignReview,
                missingVerdicts);
    }

    static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
    }
}
