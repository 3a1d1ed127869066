package dev.farmguard.collector.alert;

import dev.farmguard.collector.config.AlertOutputConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * POSTs each event as JSON over HTTPS, signed ({@link WebhookSignature}) and stamped with the sending time in epoch
 * seconds ({@code X-Farmguard-Timestamp}) so a receiver can refuse old replays. 2xx is delivered; 4xx other than 408
 * and 429 is a refusal (the event is wrong for this receiver); anything else, or no answer, is retried.
 */
final class WebhookOutput implements AlertOutput {

    private final String name;
    private final URI url;
    private final Duration timeout;
    private final WebhookSignature signature;
    private final HttpClient client;
    private final Clock clock;

    WebhookOutput(AlertOutputConfig.Webhook config, byte[] secret, SSLContext tls, Clock clock) {
        this.name = config.name();
        this.url = config.url();
        this.timeout = config.timeout();
        this.signature = new WebhookSignature(secret);
        this.clock = clock;
        this.client = HttpClient.newBuilder().sslContext(tls).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Delivery send(String eventId, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "farmguard-collector")
                .header(WebhookSignature.HEADER, signature.sign(bytes))
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(clock.instant().getEpochSecond()))
                .header(WebhookSignature.EVENT_HEADER, eventId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return classify(status);
        } catch (IOException e) {
            return Delivery.retry("POST " + url.getHost() + " failed: " + e.getClass().getSimpleName() + " "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retry("interrupted while posting");
        }
    }

    static Delivery classify(int status) {
        if (status >= 200 && status < 300) {
            return Delivery.delivered();
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return Delivery.refused("HTTP " + status);
        }
        return Delivery.retry("HTTP " + status);
    }

    @Override
    public void close() {
        // the JDK client has no close before Java 21; its threads are daemons and idle connections time out
    }
}
