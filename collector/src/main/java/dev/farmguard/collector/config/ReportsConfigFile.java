package dev.farmguard.collector.config;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.farmguard.collector.config.ReportsSettings.Schedule;
import dev.farmguard.collector.config.ReportsSettings.Security;
import dev.farmguard.collector.config.ReportsSettings.Smtp;
import dev.farmguard.collector.report.ReportFormat;
import dev.farmguard.collector.report.ReportKind;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the {@code reports} section of the collector's YAML file (the rest of the file is {@link ConfigFile}'s).
 * Every problem is a {@link ConfigException} naming the key, found at startup.
 */
public final class ReportsConfigFile {

    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final Set<String> SCHEDULE_KEYS = Set.of("name", "cron", "time-zone", "kind", "formats",
            "directory", "keep", "keep-days", "webhook", "link-base", "email-to", "subject");

    private ReportsConfigFile() {}

    /** The file's report schedules; {@link ReportsSettings#NONE} when it has no {@code reports} section. */
    public static ReportsSettings read(Path file, Path dataDir) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read: " + e.getMessage(), "pass a readable YAML file");
        }
        if (root == null || !root.isObject() || !root.has("reports") || root.get("reports").isNull()) {
            return ReportsSettings.NONE;
        }
        YamlSection top = new YamlSection("", root, new HashSet<>(iterable(root)));
        return read(top.section("reports", Set.of("schedules", "check-every", "smtp")), dataDir);
    }

    static ReportsSettings read(YamlSection reports, Path dataDir) {
        Smtp smtp = reports.has("smtp") ? smtp(reports.section("smtp", Set.of("host", "port", "security", "username",
                "password-file", "from", "trust-file", "timeout"))) : null;
        List<Schedule> schedules = reports.has("schedules")
                ? reports.sections("schedules", SCHEDULE_KEYS).stream().map(s -> schedule(s, dataDir)).toList()
                : List.of();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < schedules.size(); i++) {
            Schedule s = schedules.get(i);
            if (!names.add(s.name())) {
                throw new ConfigException("reports.schedules[" + i + "].name", "'" + s.name() + "' is used twice",
                        "give every schedule its own name");
            }
            if (!s.emailTo().isEmpty() && smtp == null) {
                throw new ConfigException("reports.schedules[" + i + "].email-to", "no SMTP server configured",
                        "add reports.smtp with host, port, security and from");
            }
        }
        Duration every = reports.has("check-every") ? reports.duration("check-every")
                : ReportsSettings.NONE.checkEvery();
        return new ReportsSettings(schedules, every, smtp);
    }

    private static Schedule schedule(YamlSection s, Path dataDir) {
        for (String required : List.of("name", "cron", "kind")) {
            if (!s.has(required)) {
                throw new ConfigException(s.key(required), "missing", "every schedule needs name, cron and kind");
            }
        }
        String name = s.parsed("name", "letters, digits, '-' and '_'", ReportsConfigFile::name);
        Cron cron = s.parsed("cron", "five fields: minute hour day-of-month month day-of-week, e.g. \"0 7 * * 1\"",
                text -> {
                    try {
                        return CRON.parse(text).validate();
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(e.getMessage().replace('\n', ' '));
                    }
                });
        ZoneId zone = s.has("time-zone") ? s.parsed("time-zone", "an IANA zone such as Europe/Berlin or UTC",
                ReportsConfigFile::zone) : ZoneId.of("UTC");
        ReportKind kind = s.parsed("kind", "daily-summary or weekly-farm", ReportKind::parse);
        List<ReportFormat> formats = s.has("formats") ? s.list("formats", "html, pdf, csv or json",
                ReportFormat::parse) : List.of(ReportFormat.HTML, ReportFormat.PDF);
        if (formats.isEmpty()) {
            throw new ConfigException(s.key("formats"), "empty", "list at least one of html, pdf, csv, json");
        }
        Path directory = s.has("directory") ? Path.of(s.string("directory"))
                : dataDir.resolve("reports").resolve(name);
        int keep = s.has("keep") ? s.wholeNumber("keep", 0, 100_000) : 30;
        Duration keepFor = s.has("keep-days") ? Duration.ofDays(s.wholeNumber("keep-days", 1, 36_500)) : null;
        URI webhook = s.has("webhook") ? s.parsed("webhook", "an http(s) URL", ReportsConfigFile::httpUrl) : null;
        String linkBase = s.has("link-base") ? s.string("link-base") : "";
        List<String> to = s.has("email-to") ? s.list("email-to", "an e-mail address", ReportsConfigFile::address)
                : List.of();
        String subject = s.has("subject") ? s.string("subject") : "";
        return new Schedule(name, cron, zone, kind, formats, directory, keep, keepFor, webhook, linkBase, to, subject);
    }

    private static Smtp smtp(YamlSection m) {
        if (!m.has("host") || !m.has("from")) {
            throw new ConfigException(m.key(m.has("host") ? "from" : "host"), "missing",
                    "reports.smtp needs host and from");
        }
        Security security = m.has("security") ? m.parsed("security", "starttls, tls or none",
                t -> Security.valueOf(t.toUpperCase(Locale.ROOT))) : Security.STARTTLS;
        int port = m.has("port") ? m.wholeNumber("port", 1, 65_535) : security == Security.TLS ? 465 : 587;
        String user = m.has("username") ? m.string("username") : "";
        Path password = m.has("password-file") ? Path.of(m.string("password-file")) : null;
        if (!user.isEmpty() && password == null) {
            throw new ConfigException(m.key("password-file"), "username given without a password file",
                    "put the password in a file readable only by the collector and name it here");
        }
        return new Smtp(m.string("host"), port, security, user, password, m.parsed("from", "an e-mail address",
                ReportsConfigFile::address), m.has("trust-file") ? Path.of(m.string("trust-file")) : null,
                m.has("timeout") ? m.duration("timeout") : Duration.ofSeconds(30));
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static String name(String text) {
        if (!text.matches("[A-Za-z0-9_-]{1,100}")) {
            throw new IllegalArgumentException("not a plain name");
        }
        return text;
    }

    private static URI httpUrl(String text) {
        URI uri = URI.create(text);
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL with a host");
        }
        return uri;
    }

    private static String address(String text) {
        if (!text.matches("[^@\\s<>,;]+@[^@\\s<>,;]+")) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        return text;
    }

    private static List<String> iterable(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
