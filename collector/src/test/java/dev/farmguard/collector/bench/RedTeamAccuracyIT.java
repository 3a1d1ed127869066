package dev.farmguard.collector.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.testing.ReplayedCollector;
import dev.farmguard.collector.testing.SimulatedFleet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's targets on the independent red-team set (docs/redteam.md), which was written from public reporting
 * and everyday behaviour without looking at the rules: ~220 laptops over 4 days generated through the agent's own
 * probe records and mapper, replayed by the real agent into a real collector, judged through the API.
 * No benign laptop judged {@code laptop_farm}; benign {@code review} at most 2 % overall and 5 % in each look-alike
 * class (issue 8's targets); farm recall as {@code laptop_farm} at least {@link #RECALL_FLOOR}. Issue 8's 0.95 is
 * measured on fresh 600-laptop seeds over 7 days (BENCHMARKS.md: 0.96); this fleet is smaller and shorter (4 days
 * leave less evidence per laptop), so its floor is a regression guard with room for the variance of ~70 farms.
 * A failure lists every misjudged laptop of each scenario with its findings.
 */
class RedTeamAccuracyIT {

    private static final long SEED = 20261207;
    /** A regression guard below issue 8's 0.95 (met on the full-size seeds): ~70 farms over 4 days vary more. */
    static final double RECALL_FLOOR = 0.85;

    @TempDir
    Path dir;

    @Test
    void farmsAreCaughtAndLookAlikesStayQuiet() throws Exception {
        long t0 = System.nanoTime();
        SimulatedFleet fleet = SimulatedFleet.generateRedTeam(dir.resolve("fleet"), SEED, 220, 4);
        long t1 = System.nanoTime();
        AccuracyTally tally = new AccuracyTally();
        Map<String, JsonNode> verdicts;
        long t2;
        try (ReplayedCollector c = ReplayedCollector.start(fleet, dir.resolve("collector"))) {
            assertThat(c.importRoster(fleet)).isEqualTo(fleet.labels().size());
            assertThat(c.replay(fleet)).as("replay exit code").isZero();
            t2 = System.nanoTime();
            c.runDetection();
            verdicts = c.devices();
        }
        tally.add(fleet.labels(), verdicts);
        String title = String.format(java.util.Locale.ROOT, "red-team set, seed %d: generate %.0f s, replay %.0f s, "
                + "detection %.0f s", SEED, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
        String report = report(tally, title, fleet, verdicts);
        AccuracyTally.Counts all = tally.overall;
        List<String> missed = new ArrayList<>();
        if (tally.missingVerdicts > 0) {
            missed.add(tally.missingVerdicts + " laptops without a verdict");
        }
        if (all.farmsCaught < RECALL_FLOOR * all.farms) {
            missed.add("farm recall as laptop_farm " + AccuracyTally.ratio(all.farmsCaught, all.farms) + " < "
                    + RECALL_FLOOR);
        }
        if (all.benignFarm > 0) {
            missed.add(all.benignFarm + " benign laptops judged laptop_farm");
        }
        if (all.benignReview > 0.02 * all.benign) {
            missed.add("benign review " + AccuracyTally.percent(all.benignReview, all.benign) + " > 2 %");
        }
        tally.byScenario.forEach((scenario, c) -> {
            if (c.benign > 0 && c.benignReview > 0.05 * c.benign) {
                missed.add("look-alike " + scenario + " in review " + AccuracyTally.percent(c.benignReview, c.benign)
                        + " > 5 %");
            }
        });
        assertThat(missed).as("issue 8 targets on the red-team set\n" + report).isEmpty();
    }

    /** The per-scenario table, then each misjudged laptop with its findings, grouped by scenario. */
    private static String report(AccuracyTally tally, String title, SimulatedFleet fleet,
            Map<String, JsonNode> verdicts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        tally.print(out, title);
        tally.byScenario.keySet().forEach(scenario -> {
            List<String> wrong = new ArrayList<>();
            fleet.labels().forEach((id, label) -> {
                if (!label.scenario().equals(scenario)) {
                    return;
                }
                JsonNode d = verdicts.get(id);
                String v = d == null ? "missing" : d.get("verdict").asText();
                if (label.farm() ? !v.equals("laptop_farm") : !v.equals("ok")) {
                    StringBuilder line = new StringBuilder("    " + id + " -> " + v);
                    if (d != null) {
                        line.append(" risk ").append(d.get("risk").asText());
                        d.get("findings").forEach(f -> line.append("\n        ").append(f.get("severity").asText())
                                .append(' ').append(f.get("rule").asText()).append(": ")
                                .append(f.get("summary").asText()));
                    }
                    wrong.add(line.toString());
                }
            });
            if (!wrong.isEmpty()) {
                out.println("  " + scenario + ": " + wrong.size() + " misjudged");
                wrong.forEach(out::println);
            }
        });
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
