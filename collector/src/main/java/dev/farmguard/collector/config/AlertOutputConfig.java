package dev.farmguard.collector.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** One entry of {@code alerts.outputs}: a named destination for alert events. */
public sealed interface AlertOutputConfig {

    /** Unique among the outputs; delivery state in the outbox is kept per name. */
    String name();

    /**
     * JSON POST to an HTTPS endpoint, signed with HMAC-SHA256.
     *
     * @param caFile PEM certificates to trust instead of the JVM's default trust store
     */
    record Webhook(String name, URI url, Optional<Path> caFile, SecretSource secret, Duration timeout)
            implements AlertOutputConfig {}

    /** RFC 5424 messages over TCP (RFC 6587 octet counting), TLS (RFC 5425) or UDP (RFC 5426). */
    record Syslog(String name, SyslogProtocol protocol, String host, int port, Optional<Path> caFile, int facility,
                  String appName, String sdId, int maxUdpBytes, Duration timeout) implements AlertOutputConfig {}

    /** One event per line, appended and fsync'd; rotated to {@code path.1 .. path.keep} past {@code maxBytes}. */
    record JsonLines(String name, Path path, long maxBytes, int keep) implements AlertOutputConfig {}

    enum SyslogProtocol { TCP, TLS, UDP }

    /** Where a secret is read at startup: a file (trimmed) or an environment variable. Never holds the value. */
    record SecretSource(Optional<Path> file, Optional<String> env) {

        @Override
        public String toString() {
            return file.map(f -> "file " + f).orElseGet(() -> "environment variable " + env.orElse("?"));
        }
    }
}
