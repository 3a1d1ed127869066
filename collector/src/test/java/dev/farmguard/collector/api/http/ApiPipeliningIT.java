package dev.farmguard.collector.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.testing.RawHttps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP/1.1 pipelining: answers on one connection come back in request order, whatever each route's speed. */
class ApiPipeliningIT {

    private static TestApiServer api;

    @BeforeAll
    static void start() throws Exception {
        Router router = new Router(secret -> java.util.Optional.empty())
                .add("GET", "/slow", null, (r, p, c) -> {
                    sleep(400);
                    return ApiResponse.text(200, "text/plain", r.queryParam("n"));
                })
                .add("GET", "/fast", null, (r, p, c) -> ApiResponse.text(200, "text/plain", r.queryParam("n")));
        api = TestApiServer.start(router, TestApiServer.LIMITS);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }

    @Test
    void pipelinedAnswersComeBackInRequestOrder() throws Exception {
        try (RawHttps client = api.connect()) {
            client.send(get("/slow?n=1") + get("/fast?n=2") + get("/fast?n=3") + get("/slow?n=4") + get("/fast?n=5"));
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                RawHttps.Response r = client.read();
                assertThat(r.status()).isEqualTo(200);
                bodies.add(r.body());
            }
            assertThat(bodies).containsExactly("1", "2", "3", "4", "5");
        }
    }

    @Test
    void aConnectionCloseRequestEndsThePipelineAfterItsAnswer() throws Exception {
        try (RawHttps client = api.connect()) {
            client.send(get("/slow?n=1") + "GET /fast?n=2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    + get("/fast?n=3"));
            assertThat(client.read().body()).isEqualTo("1");
            RawHttps.Response last = client.read();
            assertThat(last.body()).isEqualTo("2");
            assertThat(last.headers().get("connection")).isEqualTo("close");
            assertThat(client.closedByServerWithin(5_000)).isTrue();
        }
    }
}
