package dev.farmguard.agent.replay;

import dev.farmguard.agent.enroll.Enroller;
import dev.farmguard.agent.transport.CollectorConnector;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays a JSON-lines file over the real wire protocol. The reader thread checks each line's envelope
 * and hands it to the lane owning its device id's hash; each lane parses, opens sessions (with a PROXY v2
 * header carrying the line's observed IP) and streams with a bounded window of unacknowledged snapshots.
 */
public final class ReplayRunner {

    /**
     * Replay tuning.
     *
     * @param lanes           parallel senders (each owns a hash-partition of device ids)
     * @param window          unacknowledged snapshots per session
     * @param ackTimeout      a snapshot not acknowledged within this is an error
     * @param sessionsPerLane sessions a lane keeps open (least recently used closed first)
     * @param connectAttempts tries to open a session before its record counts as an error
     */
    public record Options(int lanes, int window, Duration ackTimeout, int sessionsPerLane, int connectAttempts) {

        public Options {
            if (lanes < 1 || window < 1 || sessionsPerLane < 1 || connectAttempts < 1) {
                throw new IllegalArgumentException("lanes, window, sessions per lane and connect attempts must be >= 1");
            }
        }

        public static Options defaults() {
            return new Options(4, 32, Duration.ofSeconds(60), 256, 3);
        }
    }

    private final CollectorConnector connector;
    private final Options options;
    private final Consumer<String> problems;
    private final ReplayCredentials credentials;

    /**
     * @param enrollToken a {@code replay} enrollment token for the recorded device ids; null for none (the
     *                    collector then refuses every session)
     * @param problems    receives one message per bad line or unacknowledged record, with its line number
     */
    public ReplayRunner(CollectorConnector connector, Options options, String enrollToken, Consumer<String> problems) {
        this.connector = connector;
        this.options = options;
        this.problems = problems;
        this.credentials = new ReplayCredentials(new Enroller(connector), enrollToken);
    }

    /** Replays the whole file and waits for every Ack. */
    public ReplaySummary run(Path file) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ReplayStats stats = new ReplayStats(problems);
        List<ReplayLane> lanes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.lanes(); i++) {
            ReplayLane lane = new ReplayLane(new LaneConnections(connector, credentials, stats, options.ackTimeout(),
                    options.sessionsPerLane(), options.connectAttempts()), stats, options.window());
            lanes.add(lane);
            Thread thread = new Thread(lane, "replay-lane-" + i);
            threads.add(thread);
            thread.start();
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // UTF-8 byte order mark written by some editors
                }
                if (line.isBlank()) {
                    continue;
                }
                stats.lines.incrementAndGet();
                try {
                    ReplayLine parsed = ReplayLine.parse(line, lineNumber);
                    lanes.get(Math.floorMod(parsed.deviceId().hashCode(), lanes.size())).submit(parsed);
                } catch (BadLineException e) {
                    stats.badLine(lineNumber, e.getMessage());
                }
            }
        } finally {
            for (ReplayLane lane : lanes) {
                lane.finish();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        return stats.summary((System.nanoTime() - start) / 1_000_000);
    }
}
