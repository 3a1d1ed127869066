package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.metrics.CollectorMetrics;
import java.util.LinkedHashMap;
import java.util.Map;

/** GET /api/v1/health (public, no secrets) and GET /metrics (Prometheus text, needs a token). */
public final class HealthRoutes {

    private final CollectorMetrics metrics;
    private final String version;

    public HealthRoutes(CollectorMetrics metrics, String version) {
        this.metrics = metrics;
        this.version = version;
    }

    public ApiResponse health(ApiRequest request, Map<String, String> params, Principal caller) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("version", version);
        return ApiResponse.json(200, m);
    }

    public ApiResponse metrics(ApiRequest request, Map<String, String> params, Principal caller) {
        return ApiResponse.text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
    }
}
