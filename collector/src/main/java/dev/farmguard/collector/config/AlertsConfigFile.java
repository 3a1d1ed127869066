package dev.farmguard.collector.config;

import dev.farmguard.collector.config.AlertOutputConfig.SecretSource;
import dev.farmguard.collector.config.AlertOutputConfig.SyslogProtocol;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code alerts} section of the configuration file (documented in {@code collector.example.yaml}). */
final class AlertsConfigFile {

    private static final Set<String> KEYS = Set.of("collector-id", "outbox-limit", "poll-interval", "retry-initial",
            "retry-max", "lease", "top-findings", "outputs");
    private static final Map<String, Set<String>> OUTPUT_KEYS = Map.of(
            "webhook", Set.of("name", "type", "url", "ca-file", "secret-file", "secret-env", "timeout"),
            "syslog", Set.of("name", "type", "protocol", "host", "port", "ca-file", "facility", "app-name", "sd-id",
                    "max-udp-bytes", "timeout"),
            "jsonl", Set.of("name", "type", "path", "max-bytes", "keep"));
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern SD_ID = Pattern.compile("[!-~&&[^=\\] \"]]{1,32}@[0-9.]+");
    private static final List<String> FACILITIES = List.of("kern", "user", "mail", "daemon", "auth", "syslog", "lpr",
            "news", "uucp", "cron", "authpriv", "ftp", "ntp", "security", "console", "solaris-cron", "local0",
            "local1", "local2", "local3", "local4", "local5", "local6", "local7");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private AlertsConfigFile() {}

    static AlertsConfig read(YamlSection top, AlertsConfig base) {
        YamlSection a = top.section("alerts", KEYS);
        AlertsConfig c = new AlertsConfig(
                a.has("collector-id") ? a.string("collector-id") : base.collectorId(),
                a.has("outbox-limit") ? a.positiveInt("outbox-limit", 10_000_000) : base.outboxLimit(),
                a.has("poll-interval") ? a.duration("poll-interval") : base.pollInterval(),
                a.has("retry-initial") ? a.duration("retry-initial") : base.retryInitial(),
                a.has("retry-max") ? a.duration("retry-max") : base.retryMax(),
                a.has("lease") ? a.duration("lease") : base.lease(),
                a.has("top-findings") ? a.positiveInt("top-findings", 50) : base.topFindings(),
                a.has("outputs") ? outputs(a) : base.outputs());
        if (c.retryMax().compareTo(c.retryInitial()) < 0) {
            throw new ConfigException(a.key("retry-max"), "shorter than alerts.retry-initial",
                    "make the cap at least the first delay");
        }
        Duration longestSend = c.outputs().stream().map(AlertsConfigFile::timeout).max(Duration::compareTo)
                .orElse(Duration.ZERO);
        if (c.lease().compareTo(longestSend.multipliedBy(2)) < 0) {
            throw new ConfigException(a.key("lease"), "shorter than twice the longest output timeout ("
                    + longestSend + ")", "raise alerts.lease, or another collector may send a claimed event again");
        }
        return c;
    }

    private static List<AlertOutputConfig> outputs(YamlSection alerts) {
        Set<String> all = new HashSet<>();
        OUTPUT_KEYS.values().forEach(all::addAll);
        List<AlertOutputConfig> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlSection o : alerts.sections("outputs", all)) {
            String type = o.has("type") ? o.string("type") : "";
            Set<String> allowed = OUTPUT_KEYS.get(type);
            if (allowed == null) {
                throw new ConfigException(o.key("type"), "unknown or missing output type '" + type + "'",
                        "use webhook, syslog or jsonl");
            }
            for (String k : o.keys()) {
                if (!allowed.contains(k)) {
                    throw new ConfigException(o.key(k), "not a setting of a " + type + " output",
                            "remove it or use one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
                }
            }
            String name = o.has("name") ? o.string("name") : "";
            if (!NAME.matcher(name).matches()) {
                throw new ConfigException(o.key("name"), "bad output name '" + name + "'",
                        "use 1-64 lower-case letters, digits, '-' or '_'");
            }
            if (!names.add(name)) {
                throw new ConfigException(o.key("name"), "output name '" + name + "' used twice", "rename one");
            }
            out.add(switch (type) {
                case "webhook" -> webhook(o, name);
                case "syslog" -> syslog(o, name);
                default -> jsonLines(o, name);
            });
        }
        return out;
    }

    private static AlertOutputConfig webhook(YamlSection o, String name) {
        URI url = o.has("url") ? o.parsed("url", "an https:// URL", URI::create) : null;
        if (url == null || !"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new ConfigException(o.key("url"), "a webhook needs an https:// URL with a host",
                    "write e.g. https://siem.example.com/farmguard");
        }
        if (o.has("secret-file") == o.has("secret-env")) {
            throw new ConfigException(o.key("secret-file"), "a webhook needs exactly one of secret-file, secret-env",
                    "name a file holding the HMAC key, or an environment variable");
        }
        SecretSource secret = new SecretSource(
                o.has("secret-file") ? Optional.of(Path.of(o.string("secret-file"))) : Optional.empty(),
                o.has("secret-env") ? Optional.of(o.string("secret-env")) : Optional.empty());
        return new AlertOutputConfig.Webhook(name, url, caFile(o), secret,
                o.has("timeout") ? o.duration("timeout") : DEFAULT_TIMEOUT);
    }

    private static AlertOutputConfig syslog(YamlSection o, String name) {
        SyslogProtocol protocol = o.has("protocol") ? o.parsed("protocol", "tcp, tls or udp",
                t -> SyslogProtocol.valueOf(t.toUpperCase(Locale.ROOT))) : SyslogProtocol.TLS;
        if (!o.has("host") || o.string("host").isEmpty()) {
            throw new ConfigException(o.key("host"), "a syslog output needs a host", "name the syslog receiver");
        }
        int defaultPort = protocol == SyslogProtocol.TLS ? 6514 : 514;
        String facility = o.has("facility") ? o.string("facility").toLowerCase(Locale.ROOT) : "local0";
        if (!FACILITIES.contains(facility)) {
            throw new ConfigException(o.key("facility"), "unknown facility '" + facility + "'",
                    "use one of " + String.join(", ", FACILITIES));
        }
        String appName = o.has("app-name") ? o.string("app-name") : "farmguard";
        if (!appName.matches("[!-~]{1,48}")) {
            throw new ConfigException(o.key("app-name"), "bad APP-NAME '" + appName + "'",
                    "use 1-48 printable ASCII characters without spaces (RFC 5424)");
        }
        String sdId = o.has("sd-id") ? o.string("sd-id") : "farmguard@32473";
        if (!SD_ID.matcher(sdId).matches()) {
            throw new ConfigException(o.key("sd-id"), "bad SD-ID '" + sdId + "'",
                    "use name@<your private enterprise number> (RFC 5424 section 7.2.2)");
        }
        if (protocol != SyslogProtocol.TLS && o.has("ca-file")) {
            throw new ConfigException(o.key("ca-file"), "only a tls syslog output uses a CA", "remove it");
        }
        return new AlertOutputConfig.Syslog(name, protocol, o.string("host"),
                o.has("port") ? o.positiveInt("port", 65535) : defaultPort, caFile(o), FACILITIES.indexOf(facility),
                appName, sdId, o.has("max-udp-bytes") ? o.positiveInt("max-udp-bytes", 65_507) : 8192,
                o.has("timeout") ? o.duration("timeout") : DEFAULT_TIMEOUT);
    }

    private static AlertOutputConfig jsonLines(YamlSection o, String name) {
        if (!o.has("path") || o.string("path").isEmpty()) {
            throw new ConfigException(o.key("path"), "a jsonl output needs a path", "name the file to append to");
        }
        long maxBytes = o.has("max-bytes") ? o.positiveInt("max-bytes", Integer.MAX_VALUE) : 100L * 1024 * 1024;
        int keep = o.has("keep") ? o.positiveInt("keep", 1000) : 5;
        return new AlertOutputConfig.JsonLines(name, Path.of(o.string("path")), maxBytes, keep);
    }

    private static Optional<Path> caFile(YamlSection o) {
        return o.has("ca-file") ? Optional.of(Path.of(o.string("ca-file"))) : Optional.empty();
    }

    private static Duration timeout(AlertOutputConfig o) {
        if (o instanceof AlertOutputConfig.Webhook w) {
            return w.timeout();
        }
        return o instanceof AlertOutputConfig.Syslog s ? s.timeout() : Duration.ZERO;
    }
}
