package dev.farmguard.collector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.testing.ReplayedCollector;
import dev.farmguard.collector.testing.SimulatedFleet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The accuracy benchmark (run by hand, not a test): for each scenario (seed, fleet size) it simulates a fleet,
 * starts a collector, imports the roster through the API, replays the fleet with the real agent over TLS + PROXY
 * v2, runs detection through the API and compares the verdicts with the ground truth. Prints, per simulator
 * scenario and overall, the recall of farm laptops as {@code laptop_farm} and the shares of benign laptops flagged
 * {@code laptop_farm} and {@code review}. No rule reads labels: they are only read here, after the verdicts.
 *
 * <p>Arguments: {@code WORKDIR [SEED:DEVICES[:DAYS]]...}; default scenarios 11:1000, 12:1000, 13:1000, 14:2000.
 * {@code redteam:SEED:DEVICES[:DAYS]} generates the independent red-team set instead (docs/redteam.md).
 * With {@code -Dbench.explain=N} it prints the findings of up to N misjudged devices.
 */
public final class AccuracyBench {

    private AccuracyBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: AccuracyBench WORKDIR [SEED:DEVICES[:DAYS]]...");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        List<String> scenarios = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("11:1000", "12:1000", "13:1000", "14:2000");
        int explain = Integer.getInteger("bench.explain", 0);
        AccuracyTally total = new AccuracyTally();
        for (String s : scenarios) {
            boolean redTeam = s.startsWith("redteam:");
            String[] p = (redTeam ? s.substring("redteam:".length()) : s).split(":");
            long seed = Long.parseLong(p[0]);
            int devices = Integer.parseInt(p[1]);
            int days = p.length > 2 ? Integer.parseInt(p[2]) : 7;
            Path dir = work.resolve((redTeam ? "redteam-" : "seed-") + seed + "-" + devices);
            long t0 = System.nanoTime();
            SimulatedFleet fleet = redTeam ? SimulatedFleet.generateRedTeam(dir.resolve("fleet"), seed, devices, days)
                    : SimulatedFleet.generate(dir.resolve("fleet"), seed, devices, days);
            long t1 = System.nanoTime();
            AccuracyTally tally = new AccuracyTally();
            deleteRecursively(dir.resolve("collector"));
            try (ReplayedCollector c = ReplayedCollector.start(fleet, dir.resolve("collector"))) {
                int rows = c.importRoster(fleet);
                int exit = c.replay(fleet);
                long t2 = System.nanoTime();
                JsonNode run = c.runDetection();
                long t3 = System.nanoTime();
                Map<String, JsonNode> verdicts = c.devices();
                tally.add(fleet.labels(), verdicts);
                tally.print(System.out, String.format(Locale.ROOT,
                        "%sseed %d, %d devices, %d days: roster %d rows, replay exit %d; simulate %.1f s, "
                                + "replay %.1f s, detection run %.1f s (%s)", redTeam ? "red team, " : "", seed,
                        fleet.labels().size(), days, rows, exit, secs(t0, t1), secs(t1, t2), secs(t2, t3), run));
                if (explain > 0) {
                    explain(fleet, verdicts, explain);
                }
            }
            total.addAll(tally);
        }
        total.print(System.out, "ALL SCENARIOS " + scenarios);
    }

    private static void explain(SimulatedFleet fleet, Map<String, JsonNode> verdicts, int max) {
        List<String> shown = new ArrayList<>();
        fleet.labels().forEach((id, label) -> {
            JsonNode d = verdicts.get(id);
            String v = d == null ? "missing" : d.get("verdict").asText();
            boolean wrong = label.farm() ? !v.equals("laptop_farm") : !v.equals("ok");
            if (wrong && shown.size() < max) {
                shown.add(id);
                System.out.println("  MISJUDGED " + label.scenario() + " " + id + " -> " + v + " risk "
                        + (d == null ? "?" : d.get("risk").asText()));
                if (d != null) {
                    for (JsonNode f : d.get("findings")) {
                        System.out.println("      " + f.get("severity").asText() + " " + f.get("rule").asText() + ": "
                                + f.get("summary").asText());
                    }
                }
            }
        });
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }

    private static void deleteRecursively(Path p) throws java.io.IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
