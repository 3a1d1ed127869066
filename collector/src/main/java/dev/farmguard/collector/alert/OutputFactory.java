package dev.farmguard.collector.alert;

import dev.farmguard.collector.config.AlertOutputConfig;
import dev.farmguard.collector.config.AlertOutputConfig.SyslogProtocol;
import java.time.Clock;
import java.time.Duration;

/** Builds the configured outputs at startup, reading secrets and CA files now so mistakes stop the start. */
final class OutputFactory {

    private OutputFactory() {}

    static AlertOutput create(AlertOutputConfig config, String collectorId, Clock clock) {
        String key = "alerts.outputs[" + config.name() + "]";
        if (config instanceof AlertOutputConfig.Webhook w) {
            String secretKey = key + (w.secret().file().isPresent() ? ".secret-file" : ".secret-env");
            return new WebhookOutput(w, Secrets.read(w.secret(), secretKey),
                    TrustedCertificates.context(w.caFile(), key + ".ca-file"), clock);
        }
        if (config instanceof AlertOutputConfig.Syslog s) {
            Rfc5424Formatter formatter = new Rfc5424Formatter(s.facility(), collectorId, s.appName(), s.sdId());
            SyslogTransport transport = switch (s.protocol()) {
                case UDP -> new UdpSyslogTransport(s.host(), s.port());
                case TCP -> new StreamSyslogTransport(s.host(), s.port(), s.timeout(), null);
                case TLS -> new StreamSyslogTransport(s.host(), s.port(), s.timeout(),
                        TrustedCertificates.context(s.caFile(), key + ".ca-file").getSocketFactory());
            };
            return new SyslogOutput(s.name(), formatter, transport,
                    s.protocol() == SyslogProtocol.UDP ? s.maxUdpBytes() : 0);
        }
        return new JsonLinesOutput((AlertOutputConfig.JsonLines) config);
    }

    /** The longest a single send may block. */
    static Duration sendTimeout(AlertOutputConfig config) {
        if (config instanceof AlertOutputConfig.Webhook w) {
            return w.timeout();
        }
        return config instanceof AlertOutputConfig.Syslog s ? s.timeout() : Duration.ofSeconds(1);
    }
}
