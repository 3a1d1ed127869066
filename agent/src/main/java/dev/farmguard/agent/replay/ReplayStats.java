package dev.farmguard.agent.replay;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Counters of one replay, updated from lanes and event loops; problems are reported as they happen. */
public final class ReplayStats {

    /** Problems past this many are counted but not printed. */
    static final int MAX_REPORTED = 1000;

    final AtomicLong lines = new AtomicLong();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong acked = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong badLines = new AtomicLong();
    final AtomicLong connections = new AtomicLong();
    private final AtomicLong reported = new AtomicLong();
    private final Consumer<String> problems;

    public ReplayStats(Consumer<String> problems) {
        this.problems = problems;
    }

    void badLine(long lineNumber, String message) {
        badLines.incrementAndGet();
        report("line " + lineNumber + ": " + message);
    }

    void error(long lineNumber, String message) {
        errors.incrementAndGet();
        report("line " + lineNumber + ": not acknowledged: " + message);
    }

    private void report(String message) {
        long count = reported.incrementAndGet();
        if (count <= MAX_REPORTED) {
            problems.accept(message);
        } else if (count == MAX_REPORTED + 1) {
            problems.accept("more problems follow; only counted from here on");
        }
    }

    public ReplaySummary summary(long elapsedMillis) {
        return new ReplaySummary(lines.get(), sent.get(), acked.get(), duplicates.get(), errors.get(), badLines.get(),
                connections.get(), elapsedMillis);
    }
}
