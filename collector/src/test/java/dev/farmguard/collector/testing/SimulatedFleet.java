package dev.farmguard.collector.testing;

import dev.farmguard.agent.cli.AgentMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fleet written by the agent's {@code simulate} command (seeded): the replay file, the roster, the GeoIP CSVs,
 * the collector configuration snippet, and the ground truth, which only the scoring side of a test reads.
 */
public record SimulatedFleet(Path dir, Map<String, Label> labels) {

    /** labels.csv: {@code farm} or {@code benign}, and the scenario that produced the device. */
    public record Label(boolean farm, String scenario) {}

    /** Runs {@code farmguard-agent simulate} in this JVM and reads its labels. */
    public static SimulatedFleet generate(Path dir, long seed, int devices, int days, String... extraOptions)
            throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("simulate", "--seed", Long.toString(seed), "--out",
                dir.toString(), "--devices", Integer.toString(devices), "--days", Integer.toString(days)));
        args.addAll(List.of(extraOptions));
        int exit = AgentMain.execute(args.toArray(new String[0]));
        if (exit != 0) {
            throw new IllegalStateException("simulate exited with " + exit);
        }
        return new SimulatedFleet(dir, readLabels(dir.resolve("labels.csv")));
    }

    /**
     * Runs {@code farmguard-agent simulate --set redteam} in this JVM: the independent red-team set (farms from public
     * reporting and benign look-alikes, docs/redteam.md), written through the agent's own probe records and mapper.
     */
    public static SimulatedFleet generateRedTeam(Path dir, long seed, int devices, int days) throws IOException {
        return generate(dir, seed, devices, days, "--set", "redteam");
    }

    public Path replayFile() {
        return dir.resolve("fleet.jsonl");
    }

    public Path roster() {
        return dir.resolve("roster.csv");
    }

    public Path geoip() {
        return dir.resolve("geoip");
    }

    public Path collectorConfig() {
        return dir.resolve("collector-config.yaml");
    }

    private static Map<String, Label> readLabels(Path file) throws IOException {
        Map<String, Label> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",");
            out.put(cols[0], new Label(cols[1].equals("farm"), cols[2]));
        }
        return out;
    }
}
