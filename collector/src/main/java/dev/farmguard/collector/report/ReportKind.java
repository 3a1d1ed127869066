package dev.farmguard.collector.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of fleet report. The daily summary is the short one for management (counts, trend, changes, the riskiest
 * devices, coverage); the weekly laptop-farm report adds the co-location clusters, the map and longer lists.
 *
 * @param silentAfter a device without a check-in this long before the fleet's newest one counts as silent
 * @param listLimit   how many devices the riskiest / changes / coverage lists show (the CSV and JSON keep all)
 * @param detailed    whether clusters and the map are included
 */
public enum ReportKind {
    DAILY_SUMMARY("daily-summary", "Daily fleet summary", Duration.ofHours(24), 10, false),
    WEEKLY_FARM("weekly-farm", "Weekly laptop-farm report", Duration.ofHours(72), 25, true);

    private final String cliName;
    private final String title;
    private final Duration silentAfter;
    private final int listLimit;
    private final boolean detailed;

    ReportKind(String cliName, String title, Duration silentAfter, int listLimit, boolean detailed) {
        this.cliName = cliName;
        this.title = title;
        this.silentAfter = silentAfter;
        this.listLimit = listLimit;
        this.detailed = detailed;
    }

    public String cliName() {
        return cliName;
    }

    public String title() {
        return title;
    }

    public Duration silentAfter() {
        return silentAfter;
    }

    public int listLimit() {
        return listLimit;
    }

    public boolean detailed() {
        return detailed;
    }

    /** The kind named {@code text} (its CLI name); anything else is an error listing the kinds. */
    public static ReportKind parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report kind '" + text + "'; use one of "
                        + Arrays.stream(values()).map(ReportKind::cliName).collect(Collectors.joining(", "))));
    }
}
