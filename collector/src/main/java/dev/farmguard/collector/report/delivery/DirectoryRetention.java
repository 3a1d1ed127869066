package dev.farmguard.collector.report.delivery;

import dev.farmguard.collector.config.ReportsSettings.Schedule;
import dev.farmguard.collector.report.ReportGenerator.Generated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The reports directory: the generator writes each run's files there ({@code farmguard-KIND-STAMP.EXT}); this keeps the
 * newest {@code keep} runs of the schedule's kind and deletes runs older than {@code keepFor}. Only files named like
 * this kind's reports are ever deleted.
 */
public final class DirectoryRetention implements Delivery {

    private final Clock clock;

    public DirectoryRetention(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "directory";
    }

    @Override
    public boolean wanted(Schedule schedule) {
        return true;
    }

    @Override
    public void deliver(Schedule schedule, Generated report) throws IOException {
        prune(schedule.directory(), "farmguard-" + schedule.kind().cliName() + "-", schedule.keep(),
                schedule.keepFor() == null ? null : clock.instant().minus(schedule.keepFor()));
    }

    /** Deletes runs beyond the newest {@code keep} (0 = any number) and runs stamped before {@code notBefore}. */
    static List<Path> prune(Path dir, String prefix, int keep, Instant notBefore) throws IOException {
        // the stamp in the name sorts in time order, so the run's base name orders runs
        TreeMap<String, List<Path>> runs = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(p -> {
                String name = p.getFileName().toString();
                int dot = name.indexOf('.', prefix.length());
                runs.computeIfAbsent(dot < 0 ? name : name.substring(0, dot), k -> new ArrayList<>()).add(p);
            });
        }
        List<Path> deleted = new ArrayList<>();
        int newer = 0;
        for (Map.Entry<String, List<Path>> run : runs.descendingMap().entrySet()) {
            newer++;
            Instant stamp = stamp(run.getKey().substring(prefix.length()));
            boolean tooMany = keep > 0 && newer > keep;
            boolean tooOld = notBefore != null && stamp != null && stamp.isBefore(notBefore);
            if (tooMany || tooOld) {
                for (Path p : run.getValue()) {
                    Files.deleteIfExists(p);
                    deleted.add(p);
                }
            }
        }
        return deleted;
    }

    private static Instant stamp(String text) {
        // yyyyMMddTHHmmssZ
        if (!text.matches("\\d{8}T\\d{6}Z")) {
            return null;
        }
        return Instant.parse(text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6, 8) + "T"
                + text.substring(9, 11) + ":" + text.substring(11, 13) + ":" + text.substring(13, 15) + "Z");
    }
}
