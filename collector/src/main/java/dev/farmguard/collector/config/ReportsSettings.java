package dev.farmguard.collector.config;

import com.cronutils.model.Cron;
import dev.farmguard.collector.report.ReportFormat;
import dev.farmguard.collector.report.ReportKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Scheduled fleet reports (YAML section {@code reports}): the schedules and the SMTP server that e-mails them.
 *
 * @param checkEvery how often the collector looks for a due schedule (a run starts at most this late)
 * @param smtp       null when no schedule e-mails
 */
public record ReportsSettings(List<Schedule> schedules, Duration checkEvery, Smtp smtp) {

    public static final ReportsSettings NONE = new ReportsSettings(List.of(), Duration.ofSeconds(30), null);

    public ReportsSettings {
        schedules = List.copyOf(schedules);
    }

    /**
     * One scheduled report and where it goes.
     *
     * @param name      unique; the key of the schedule's runs in the database (keep it when editing the schedule)
     * @param cron      a five-field Unix cron expression, read in {@code zone}
     * @param directory where the files are written (kept there: the reports directory)
     * @param keep      how many runs of this schedule the directory keeps (0 = no count limit)
     * @param keepFor   how long files are kept (null = no age limit)
     * @param webhook   null when no webhook; it receives the JSON report with links to the files
     * @param linkBase  prefix of the file links in the webhook body ("" = file: URIs of the directory)
     * @param emailTo   recipients ([] = no e-mail)
     */
    public record Schedule(String name, Cron cron, ZoneId zone, ReportKind kind, List<ReportFormat> formats,
                           Path directory, int keep, Duration keepFor, URI webhook, String linkBase,
                           List<String> emailTo, String subject) {
        public Schedule {
            formats = List.copyOf(formats);
            emailTo = List.copyOf(emailTo);
        }
    }

    /** How mail leaves: plain SMTP upgraded with STARTTLS (required), or TLS from the first byte ("smtps"). */
    public enum Security { STARTTLS, TLS, NONE }

    /**
     * @param passwordFile null for a server without authentication
     * @param trustFile    a PEM CA bundle to trust instead of the JVM's (a private mail relay), null for the JVM's
     */
    public record Smtp(String host, int port, Security security, String username, Path passwordFile, String from,
                       Path trustFile, Duration timeout) {}
}
