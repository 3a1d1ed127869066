package dev.farmguard.collector.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import dev.farmguard.collector.config.ReportsSettings;
import dev.farmguard.collector.config.ReportsSettings.Security;
import dev.farmguard.collector.config.ReportsSettings.Smtp;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.tls.CertificateAuthority;
import dev.farmguard.collector.tls.IssuedCredential;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.farmguard.collector.testing.SteppingClock;

/**
 * A due schedule delivered for real over loopback: e-mail over SMTP with TLS and authentication to GreenMail (its
 * certificate issued for localhost by a test CA the mailer is told to trust; host name checked) with the four
 * attachments checked, a STARTTLS-required mailer refusing a server without STARTTLS, and the webhook's body.
 */
class ReportDeliveryIT {

    @TempDir
    static Path tls;

    @TempDir
    Path dir;

    private static GreenMail mail;
    private static Path caPem;
    private Store store;
    private SteppingClock clock;

    @BeforeAll
    static void startMailServer() throws Exception {
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(tls.resolve("ca.pem"), tls.resolve("ca.key"),
                Clock.systemUTC());
        caPem = tls.resolve("ca.pem");
        IssuedCredential server = ca.issueServerCertificate(List.of("localhost"), Duration.ofDays(1));
        KeyStore p12 = KeyStore.getInstance("PKCS12");
        p12.load(null, null);
        p12.setKeyEntry("greenmail", server.key(), "changeit".toCharArray(),
                server.chain().toArray(new Certificate[0]));
        Path keystore = tls.resolve("smtp.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            p12.store(out, "changeit".toCharArray());
        }
        System.setProperty("greenmail.tls.keystore.file", keystore.toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
        mail.setUser("reports@example.com", "farmguard", "s3cret pass");
        mail.start();
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    @BeforeEach
    void seed() {
        store = StoreFactory.sqlite(dir.resolve("farmguard.db"));
        SeededFleet.seed(store);
        clock = new SteppingClock(Instant.parse("2026-03-09T07:00:00Z"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Smtp smtp(Security security, int port) throws Exception {
        Path password = Files.writeString(dir.resolve("smtp.password"), "s3cret pass\n");
        return new Smtp("localhost", port, security, "farmguard", password, "farmguard@example.com", caPem,
                Duration.ofSeconds(20));
    }

    /** Runs the schedule's first two ticks: first sight, then the next day's slot. */
    private List<String> runNextSlot(ReportsSettings settings) {
        ReportScheduler s = ReportScheduler.create(settings, store, new dev.farmguard.collector.testing.FakeGeo(),
                clock, "test");
        s.tick();
        clock.advance(Duration.ofDays(1));
        return s.tick();
    }

    @Test
    void theReportIsMailedOverTlsWithAuthenticationAndEveryAttachment() throws Exception {
        var schedule = Schedules.daily("daily-mail", dir.resolve("out"), List.of(ReportFormat.values()), 0, null,
                List.of("ciso@example.com", "audit@example.com"));
        ReportsSettings settings = new ReportsSettings(List.of(schedule), Duration.ofSeconds(30),
                smtp(Security.TLS, mail.getSmtps().getPort()));
        assertThat(runNextSlot(settings)).containsExactly("daily-mail");
        assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage m = received[0];
        assertThat(m.getFrom()[0].toString()).isEqualTo("farmguard@example.com");
        assertThat(m.getSubject()).isEqualTo("Farmguard daily fleet summary: 3 laptop farm, 2 review, of 20 devices");
        Map<String, byte[]> attachments = new HashMap<>();
        Multipart parts = (Multipart) m.getContent();
        String text = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                try (InputStream in = p.getInputStream()) {
                    attachments.put(p.getFileName() + " " + p.getContentType().split(";")[0], in.readAllBytes());
                }
            } else {
                text = (String) p.getContent();
            }
        }
        String base = "farmguard-daily-summary-20260310T070000Z";
        assertThat(attachments).containsOnlyKeys(base + ".html text/html", base + ".pdf application/pdf",
                base + ".csv text/csv", base + ".json application/json");
        assertThat(new String(attachments.get(base + ".pdf application/pdf"), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(new String(attachments.get(base + ".csv text/csv"), StandardCharsets.UTF_8).lines())
                .hasSize(1 + SeededFleet.REPORTING + SeededFleet.NEVER_ENROLLED);
        assertThat(attachments.get(base + ".json application/json"))
                .isEqualTo(Files.readAllBytes(dir.resolve("out").resolve(base + ".json")));
        assertThat(text).contains("Devices: 20 (ok 15, review 2, laptop farm 3)");
        assertThat(store.reports().lastRun("daily-mail")).isPresent();
    }

    @Test
    void aMailerThatRequiresStartTlsSendsNothingToAServerWithoutIt() throws Exception {
        var schedule = Schedules.daily("daily-starttls", dir.resolve("out"), List.of(ReportFormat.JSON), 0, null,
                List.of("ciso@example.com"));
        int before = mail.getReceivedMessages().length;
        ReportsSettings settings = new ReportsSettings(List.of(schedule), Duration.ofSeconds(30),
                smtp(Security.STARTTLS, mail.getSmtp().getPort()));
        assertThat(runNextSlot(settings)).as("the report is produced, only its e-mail fails")
                .containsExactly("daily-starttls");
        assertThat(mail.getReceivedMessages()).hasSize(before);
        assertThat(Files.list(dir.resolve("out")).count()).isEqualTo(1);
    }

    @Test
    void theWebhookReceivesTheJsonReportWithLinks() throws Exception {
        AtomicReference<byte[]> body = new AtomicReference<>();
        AtomicReference<String> type = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                ByteArrayOutputStream copy = new ByteArrayOutputStream();
                in.transferTo(copy);
                body.set(copy.toByteArray());
            }
            type.set(exchange.getRequestHeaders().getFirst("Content-Type") + " " + exchange.getRequestMethod());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            URI hook = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
            var schedule = new ReportsSettings.Schedule("daily-hook", Schedules.daily("x", dir, List.of(), 0, null,
                    List.of()).cron(), java.time.ZoneId.of("Europe/Berlin"), ReportKind.DAILY_SUMMARY,
                    List.of(ReportFormat.PDF, ReportFormat.JSON), dir.resolve("out"), 0, null, hook,
                    "https://reports.example/farmguard", List.of(), "");
            assertThat(runNextSlot(new ReportsSettings(List.of(schedule), Duration.ofSeconds(30), null)))
                    .containsExactly("daily-hook");
        } finally {
            server.stop(0);
        }
        assertThat(type.get()).isEqualTo("application/json POST");
        JsonNode json = new ObjectMapper().readTree(body.get());
        assertThat(json.get("schedule").asText()).isEqualTo("daily-hook");
        assertThat(json.get("report").get("counts").get("laptop_farm").asInt()).isEqualTo(SeededFleet.FARM);
        assertThat(json.get("files")).hasSize(2);
        assertThat(json.get("files").findValuesAsText("link")).contains(
                "https://reports.example/farmguard/farmguard-daily-summary-20260310T070000Z.pdf");
    }
}
