package dev.farmguard.collector.alert;

import static dev.farmguard.collector.alert.AlertTestKit.T0;
import static dev.farmguard.collector.alert.AlertTestKit.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.config.AlertOutputConfig;
import dev.farmguard.collector.config.AlertOutputConfig.SyslogProtocol;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The syslog output over TCP, TLS and UDP to a local receiver; every message is parsed as RFC 5424. */
class SyslogOutputIT {

    private static final int LOCAL0 = 16;

    @TempDir
    Path dir;

    @Test
    void tcpCarriesOctetCountedRfc5424Messages() throws Exception {
        try (SyslogReceiver receiver = SyslogReceiver.tcp()) {
            Map<String, Rfc5424Message> byDevice = deliverTwoEvents(receiver, SyslogProtocol.TCP, Optional.empty(),
                    8192);
            checkFarmAndReview(byDevice, true);
        }
    }

    @Test
    void aConnectionTheReceiverClosedIsNoticedAndOpenedAgainWithoutLosingTheNextMessage() throws Exception {
        try (SyslogReceiver receiver = SyslogReceiver.tcp().hangUpAfterEachMessage()) {
            AlertOutputConfig syslog = new AlertOutputConfig.Syslog("siem", SyslogProtocol.TCP, "127.0.0.1",
                    receiver.port(), Optional.empty(), LOCAL0, "farmguard", "farmguard@32473", 8192,
                    Duration.ofSeconds(10));
            try (Store store = AlertTestKit.withDevice(StoreFactory.sqlite(dir.resolve("farmguard.db")), "dev-1",
                    "dev-2", "dev-3");
                 Alerts alerts = Alerts.start(AlertTestKit.config(syslog), store, new SimpleMeterRegistry(),
                         Clock.systemUTC())) {
                for (String device : java.util.List.of("dev-1", "dev-2", "dev-3")) {
                    int before = receiver.messages().size();
                    store.saveAssessment(AlertTestKit.farm(device, T0));
                    await("the message of " + device, () -> receiver.messages().size() == before + 1);
                }
            }
            assertThat(receiver.messages()).extracting(m -> Rfc5424Message.parse(m).params().get("deviceId"))
                    .containsExactly("dev-1", "dev-2", "dev-3");
            assertThat(receiver.connections()).isEqualTo(3);
        }
    }

    @Test
    void tlsCarriesTheSameMessagesToAReceiverWithACertificateOfTheConfiguredCa() throws Exception {
        TestTls tls = new TestTls(dir);
        try (SyslogReceiver receiver = SyslogReceiver.tls(tls.serverContext())) {
            Map<String, Rfc5424Message> byDevice = deliverTwoEvents(receiver, SyslogProtocol.TLS,
                    Optional.of(tls.caPem()), 8192);
            checkFarmAndReview(byDevice, true);
        }
    }

    @Test
    void udpSendsOneDatagramPerEvent() throws Exception {
        try (SyslogReceiver receiver = SyslogReceiver.udp()) {
            Map<String, Rfc5424Message> byDevice = deliverTwoEvents(receiver, SyslogProtocol.UDP, Optional.empty(),
                    8192);
            checkFarmAndReview(byDevice, true);
        }
    }

    @Test
    void aDatagramTooLargeForTheLimitCarriesTheOneLineMessageInsteadOfTheDocument() throws Exception {
        try (SyslogReceiver receiver = SyslogReceiver.udp()) {
            Map<String, Rfc5424Message> byDevice = deliverTwoEvents(receiver, SyslogProtocol.UDP, Optional.empty(),
                    700);
            checkFarmAndReview(byDevice, false);
            assertThat(byDevice.get("dev-1").msg()).isEqualTo("Laptop dev-1-host (dev-1) rose from ok to laptop_farm "
                    + "(risk 91)");
        }
    }

    private Map<String, Rfc5424Message> deliverTwoEvents(SyslogReceiver receiver, SyslogProtocol protocol,
                                                        Optional<Path> ca, int maxUdpBytes) {
        AlertOutputConfig syslog = new AlertOutputConfig.Syslog("siem", protocol, "127.0.0.1", receiver.port(), ca,
                LOCAL0, "farmguard", "farmguard@32473", maxUdpBytes, Duration.ofSeconds(10));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (Store store = AlertTestKit.withDevice(StoreFactory.sqlite(dir.resolve("farmguard.db")), "dev-1", "dev-2");
             Alerts alerts = Alerts.start(AlertTestKit.config(syslog), store, registry, Clock.systemUTC())) {
            store.saveAssessment(AlertTestKit.farm("dev-1", T0));
            store.saveAssessment(AlertTestKit.assessment("dev-2", Verdict.REVIEW, 40, T0.plusSeconds(60),
                    AlertTestKit.remote()));
            await("two syslog messages", () -> receiver.messages().size() >= 2
                    && store.alertOutbox().depth("siem") == 0);
            assertThat(registry.get("farmguard.alerts.delivered").tag("output", "siem").counter().count())
                    .isEqualTo(2.0);
        }
        assertThat(receiver.messages()).hasSize(2);
        return receiver.messages().stream().map(Rfc5424Message::parse)
                .collect(Collectors.toMap(m -> m.params().get("deviceId"), Function.identity()));
    }

    private static void checkFarmAndReview(Map<String, Rfc5424Message> byDevice, boolean documentInMsg)
            throws Exception {
        Rfc5424Message farm = byDevice.get("dev-1");
        assertThat(farm.pri()).isEqualTo(LOCAL0 * 8 + 2);
        assertThat(farm.timestamp()).isEqualTo("2026-03-02T15:04:05Z");
        assertThat(farm.hostname()).isEqualTo("collector-test");
        assertThat(farm.appName()).isEqualTo("farmguard");
        assertThat(farm.procId()).isEqualTo("-");
        assertThat(farm.msgId()).isEqualTo("verdict-raised");
        assertThat(farm.sdId()).isEqualTo("farmguard@32473");
        assertThat(farm.params()).containsEntry("hostname", "dev-1-host").containsEntry("employeeId", "E-dev-1")
                .containsEntry("verdict", "laptop_farm").containsEntry("previousVerdict", "ok")
                .containsEntry("risk", "91").containsEntry("families", "attached,control")
                .containsEntry("collector", "collector-test");
        Rfc5424Message review = byDevice.get("dev-2");
        assertThat(review.pri()).isEqualTo(LOCAL0 * 8 + 4);
        assertThat(review.timestamp()).isEqualTo("2026-03-02T15:05:05Z");
        assertThat(review.params()).containsEntry("verdict", "review").containsEntry("risk", "40");
        if (documentInMsg) {
            JsonNode doc = new ObjectMapper().readTree(farm.msg());
            assertThat(doc.path("event").path("id").asText()).isEqualTo(farm.params().get("eventId"));
            assertThat(doc.path("farmguard").path("findings").get(0).path("rule").asText())
                    .isEqualTo("ip_kvm.usb_identity");
        }
    }
}
