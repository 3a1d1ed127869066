package dev.farmguard.collector.store;

import dev.farmguard.collector.model.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What scheduled fleet reports keep and read beside the fleet's state: the history of reports (trend and the
 * previous report's verdicts), the claims of scheduled runs, and reads the report needs that the {@link Store} does
 * not offer. Same database as the store.
 */
public interface ReportStore {

    /** Agent version of every device's latest snapshot, keyed by device id ("" when the agent did not say). */
    Map<String, String> agentVersions();

    /** Open cases (state not resolved / false_positive), oldest first; empty when this database has no cases table. */
    Optional<List<OpenCase>> openCases();

    /** The newest {@code limit} reports of a kind, oldest first. */
    List<HistoryEntry> history(String kind, int limit);

    /** Each device's verdict in the newest report of a kind; empty when none was recorded. */
    Map<String, PriorVerdict> previousVerdicts(String kind);

    /** Records a report: its counts join the history, its verdicts replace the previous report's. */
    void recordReport(HistoryEntry entry, Map<String, PriorVerdict> verdicts);

    /**
     * Claims the run of {@code schedule} at {@code slot}: true for exactly one caller over every collector sharing
     * the database, false when someone already has it.
     */
    boolean claimRun(String schedule, Instant slot, String collector, Instant now);

    /** Records how a claimed run ended ("delivered", or the failure). */
    void finishRun(String schedule, Instant slot, Instant now, String outcome);

    /** The newest slot claimed for the schedule, empty when it never ran. */
    Optional<Instant> lastRun(String schedule);

    /** Counts of one report, for the trend chart. */
    record HistoryEntry(String kind, Instant generatedAt, int devices, int ok, int review, int laptopFarm) {}

    /** A device's verdict and risk as a report showed them. */
    record PriorVerdict(Verdict verdict, int risk) {}

    /** A case still being worked on. */
    record OpenCase(String deviceId, String state, String assignee, Instant updatedAt) {}
}
