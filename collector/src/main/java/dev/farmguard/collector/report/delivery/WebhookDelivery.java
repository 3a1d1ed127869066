package dev.farmguard.collector.report.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.farmguard.collector.config.ReportsSettings.Schedule;
import dev.farmguard.collector.report.JsonReportRenderer;
import dev.farmguard.collector.report.ReportFormat;
import dev.farmguard.collector.report.ReportGenerator.Generated;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POSTs {@code {"schedule", "kind", "generatedAt", "files": [{"format", "name", "link"}], "report": {...}}} to the
 * schedule's webhook: the JSON report and links to the files (under {@code link-base}, or file: URIs). A status
 * outside 2xx is a failed delivery.
 */
public final class WebhookDelivery implements Delivery {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http;
    private final Duration timeout;

    public WebhookDelivery(Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean wanted(Schedule schedule) {
        return schedule.webhook() != null;
    }

    @Override
    public void deliver(Schedule schedule, Generated report) throws IOException {
        byte[] body = JSON.writeValueAsBytes(body(schedule, report));
        HttpRequest request = HttpRequest.newBuilder(schedule.webhook()).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", "farmguard-collector")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("webhook " + schedule.webhook().getHost() + " answered " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to the webhook", e);
        }
    }

    static Map<String, Object> body(Schedule schedule, Generated g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schedule", schedule.name());
        m.put("kind", g.report().kind().cliName());
        m.put("generatedAt", g.report().generatedAt());
        List<Map<String, String>> files = new ArrayList<>();
        for (Map.Entry<ReportFormat, Path> e : g.files().entrySet()) {
            String name = e.getValue().getFileName().toString();
            files.add(Map.of("format", e.getKey().extension(), "name", name,
                    "link", schedule.linkBase().isEmpty() ? e.getValue().toAbsolutePath().toUri().toString()
                            : URI.create(schedule.linkBase().endsWith("/") ? schedule.linkBase()
                                    : schedule.linkBase() + "/").resolve(name).toString()));
        }
        m.put("files", files);
        m.put("report", JsonReportRenderer.tree(g.report()));
        return m;
    }
}
