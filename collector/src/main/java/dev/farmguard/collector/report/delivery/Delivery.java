package dev.farmguard.collector.report.delivery;

import dev.farmguard.collector.config.ReportsSettings.Schedule;
import dev.farmguard.collector.report.ReportGenerator.Generated;
import java.io.IOException;

/** One way a scheduled report leaves the collector once its files are written. */
public interface Delivery {

    /** Short name for logs and the run's outcome ("webhook", "e-mail"). */
    String name();

    /** Whether the schedule asks for this delivery. */
    boolean wanted(Schedule schedule);

    void deliver(Schedule schedule, Generated report) throws IOException;
}
