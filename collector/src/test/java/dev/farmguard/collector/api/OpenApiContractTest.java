package dev.farmguard.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.api.routes.ApiRoutes;
import dev.farmguard.collector.api.routes.EnrollmentRoutes;
import dev.farmguard.collector.api.routes.OpenApiRoutes;
import dev.farmguard.collector.auth.TokenService;
import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.engine.DetectionEngine;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.FakeGeo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code api/openapi.json} and {@link ApiRoutes} describe the same API: every registered route is documented with the
 * role it needs, and every documented operation is registered. When this fails after adding a route, document it in
 * {@code collector/src/main/resources/api/openapi.json} (paths, method, {@code x-farmguard-role}).
 */
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Store store;
    private DetectionEngine detection;
    private JsonNode doc;

    @BeforeEach
    void build() throws Exception {
        store = StoreFactory.sqlite(dir.resolve("api.db"));
        detection = DetectionEngine.create(store, DetectionConfig.DEFAULTS, CatalogLoader.loadBundled(), new FakeGeo(),
                List.of(), false, new SimpleMeterRegistry());
        doc = JSON.readTree(OpenApiRoutes.load());
    }

    @AfterEach
    void close() {
        detection.close();
        store.close();
    }

    private Router router() {
        return ApiRoutes.build(store, new TokenService(store, Clock.systemUTC()), new CollectorMetrics(), "test",
                new EnrollmentRoutes(null, null, store), detection, Clock.systemUTC(), () -> { });
    }

    /** "GET /api/v1/devices/{id} admin" for every route, the role "-" when none is needed. */
    private TreeSet<String> registered() {
        TreeSet<String> out = new TreeSet<>();
        for (Router.RouteInfo r : router().routes()) {
            out.add(r.method() + " " + r.pattern() + " " + (r.required() == null ? "-" : r.required().apiName()));
        }
        return out;
    }

    private TreeSet<String> documented() {
        TreeSet<String> out = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String role = op.getValue().path("x-farmguard-role").asText("-");
            out.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + role);
        }));
        return out;
    }

    @Test
    void everyRouteIsDocumentedWithItsRoleAndEveryDocumentedRouteExists() {
        TreeSet<String> undocumented = new TreeSet<>(registered());
        undocumented.removeAll(documented());
        TreeSet<String> missing = new TreeSet<>(documented());
        missing.removeAll(registered());
        assertThat(undocumented).as("registered in ApiRoutes but not in api/openapi.json (method path role)").isEmpty();
        assertThat(missing).as("in api/openapi.json but not registered in ApiRoutes (method path role)").isEmpty();
    }

    @Test
    void theDocumentIsOpenApi31AndEveryReferenceResolves() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void publicRoutesAskForNoTokenAndProtectedOnesDocument401And403() {
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode o = op.getValue();
            String where = op.getKey() + " " + path.getKey();
            if (o.has("x-farmguard-role")) {
                assertThat(o.path("responses").has("401")).as(where).isTrue();
                assertThat(o.path("responses").has("403")).as(where).isTrue();
            } else {
                assertThat(o.path("security").isArray() && o.path("security").isEmpty()).as(where).isTrue();
            }
        }));
    }

    @Test
    void theServedDocumentIsTheResource() {
        ApiResponse r = router().dispatch(new ApiRequest("GET", "/api/v1/openapi.json", Map.of(), Map.of(),
                new byte[0]));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(OpenApiRoutes.load());
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}
