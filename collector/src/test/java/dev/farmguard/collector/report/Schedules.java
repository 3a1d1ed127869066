package dev.farmguard.collector.report;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import dev.farmguard.collector.config.ReportsSettings.Schedule;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** Schedules for tests. */
final class Schedules {

    private Schedules() {}

    /** Every day at 07:00 Berlin time, the daily summary. */
    static Schedule daily(String name, Path dir, List<ReportFormat> formats, int keep, URI webhook, List<String> to) {
        return new Schedule(name, new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX))
                .parse("0 7 * * *"), ZoneId.of("Europe/Berlin"), ReportKind.DAILY_SUMMARY, formats, dir, keep, null,
                webhook, "", to, "");
    }
}
