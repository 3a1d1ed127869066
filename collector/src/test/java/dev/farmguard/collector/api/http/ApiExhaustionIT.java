package dev.farmguard.collector.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.testing.RawHttps;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stalled uploads cannot exhaust the API's memory: a body is read only after the headers authenticated, the
 * bytes of bodies being received at once are bounded, and connections are capped per address and in total,
 * while a good client is still served. Limits: {@link TestApiServer#LIMITS}.
 */
class ApiExhaustionIT {

    private static final String GOOD = "fg_good-token";
    private static final ApiToken ADMIN = new ApiToken("tok_1", "", Role.ADMIN, "test", Instant.EPOCH, null, false);

    private TestApiServer api;
    private final List<RawHttps> open = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Router router = new Router(secret -> GOOD.equals(secret) ? Optional.of(ADMIN) : Optional.empty())
                .add("POST", "/upload", Role.ADMIN, (r, p, c) -> ApiResponse.json(200, r.body().length))
                .add("GET", "/fast", null, (r, p, c) -> ApiResponse.text(200, "text/plain", "ok"));
        api = TestApiServer.start(router, TestApiServer.LIMITS);
    }

    @AfterEach
    void stop() throws Exception {
        for (RawHttps c : open) {
            c.close();
        }
        api.close();
    }

    private RawHttps connect(String from) throws Exception {
        RawHttps c = api.connectFrom(from);
        open.add(c);
        return c;
    }

    private static String upload(String token, int length) {
        return "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + length
                + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
    }

    private void goodClientIsServed(String from) throws Exception {
        try (RawHttps good = api.connectFrom(from)) {
            good.send(upload(GOOD, 2) + "[]");
            RawHttps.Response r = good.read();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("2");
        }
    }

    @Test
    void stalledUnauthenticatedUploadsAreRefusedOnTheirHeaders() throws Exception {
        List<RawHttps> stalled = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            RawHttps c = connect("127.0.0." + (10 + i % 4)); // 5 per address: under the cap of 8
            stalled.add(c);
            // headers and the start of a body, then nothing more
            c.send(upload(i % 2 == 0 ? null : "fg_wrong", 4000) + "[1,2,3");
        }
        for (RawHttps c : stalled) {
            c.timeout(10_000);
            RawHttps.Response r = c.read();
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.headers().get("connection")).isEqualTo("close");
            assertThat(c.closedByServerWithin(10_000)).isTrue();
        }
        goodClientIsServed("127.0.0.2");
    }

    @Test
    void bodiesInFlightAreBoundedAndRefusedBeforeTheyAreRead() throws Exception {
        // 10 KiB in flight: two stalled 4000-byte uploads fit, the third does not
        for (int i = 0; i < 2; i++) {
            RawHttps c = connect("127.0.0.3");
            c.send(upload(GOOD, 4000).replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"));
            assertThat(c.read().status()).as("admitted: go on with the body").isEqualTo(100);
            c.send("[1");
        }
        RawHttps third = connect("127.0.0.3");
        third.send(upload(GOOD, 4000) + "[1");
        RawHttps.Response refused = third.read();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).contains("too many request bodies");
        assertThat(refused.headers()).containsKey("retry-after");
        // a small body still fits beside the two stalled ones
        goodClientIsServed("127.0.0.2");
        // oversized bodies are refused on their Content-Length, before any of it is read
        RawHttps big = connect("127.0.0.4");
        big.send(upload(GOOD, 5000));
        assertThat(big.read().status()).isEqualTo(413);
    }

    @Test
    void connectionsAreCappedPerAddressAndInTotal() throws Exception {
        for (int i = 0; i < 8; i++) {
            connect("127.0.0.5");
        }
        assertThat(refused("127.0.0.5")).as("9th connection from one address").isTrue();
        // 8 + 8 + 8 + 6 = 30, the total cap
        for (String from : List.of("127.0.0.6", "127.0.0.7")) {
            for (int i = 0; i < 8; i++) {
                connect(from);
            }
        }
        for (int i = 0; i < 6; i++) {
            connect("127.0.0.8");
        }
        assertThat(refused("127.0.0.9")).as("31st connection in all").isTrue();
        open.remove(0).close();
        // a freed slot serves a good client again (the server notices the close asynchronously)
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                goodClientIsServed("127.0.0.9");
                break;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** True when a new connection from {@code from} is closed without completing its TLS handshake. */
    private boolean refused(String from) {
        try (RawHttps c = api.connectFrom(from)) {
            c.send("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
            c.read();
            return false;
        } catch (Exception e) {
            return true;
        }
    }
}
