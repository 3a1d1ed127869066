package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.auth.TokenService;
import dev.farmguard.collector.detect.engine.DetectionEngine;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.store.Store;

/** Every endpoint and the role it needs, in one table. */
public final class ApiRoutes {

    private ApiRoutes() {}

    public static Router build(Store store, TokenService tokens, CollectorMetrics metrics, String version,
                               EnrollmentRoutes enrollment, DetectionEngine detection) {
        DetectionRoutes detectionRoutes = new DetectionRoutes(detection);
        DeviceRoutes devices = new DeviceRoutes(store, detection.ipIntel());
        RosterRoutes roster = new RosterRoutes(store);
        TokenRoutes tokenRoutes = new TokenRoutes(store, tokens);
        HealthRoutes health = new HealthRoutes(metrics, version);
        DashboardRoutes dashboard = new DashboardRoutes();
        return new Router(tokens::authenticate)
                .add("GET", "/", null, dashboard::root)
                .add("GET", "/dashboard/", null, dashboard::index)
                .add("GET", "/dashboard/{file}", null, dashboard::asset)
                .add("GET", "/api/v1/health", null, health::health)
                .add("GET", "/metrics", Role.ANALYST, health::metrics)
                // query API (issue 10): export is registered before {id} so that "export" is never taken for an id
                .add("GET", "/api/v1/openapi.json", null, new OpenApiRoutes()::document)
                .add("GET", "/api/v1/devices", Role.ANALYST, devices::list)
                .add("GET", "/api/v1/devices/export", Role.ANALYST, new ExportRoutes(store)::devices)
                .add("GET", "/api/v1/devices/{id}", Role.ANALYST, devices::detail)
                .add("GET", "/api/v1/devices/{id}/history", Role.ANALYST, devices::history)
                .add("GET", "/api/v1/devices/{id}/timeline", Role.ANALYST, devices::timeline)
                .add("GET", "/api/v1/devices/{id}/clusters", Role.ANALYST, new ClusterRoutes(store)::ofDevice)
                .add("GET", "/api/v1/clusters", Role.ANALYST, new ClusterRoutes(store)::list)
                // end of query API
                .add("GET", "/api/v1/roster", Role.ANALYST, roster::list)
                .add("POST", "/api/v1/roster", Role.ADMIN, roster::replace)
                .add("GET", "/api/v1/tokens", Role.ADMIN, tokenRoutes::list)
                .add("POST", "/api/v1/tokens", Role.ADMIN, tokenRoutes::create)
                .add("DELETE", "/api/v1/tokens/{id}", Role.ADMIN, tokenRoutes::revoke)
                .add("GET", "/api/v1/enrollment-tokens", Role.ADMIN, enrollment::list)
                .add("POST", "/api/v1/enrollment-tokens", Role.ADMIN, enrollment::create)
                .add("DELETE", "/api/v1/enrollment-tokens/{id}", Role.ADMIN, enrollment::revoke)
                .add("POST", "/api/v1/devices/{id}/revoke", Role.ADMIN, enrollment::revokeDevice)
                .add("POST", "/api/v1/detection/run", Role.ADMIN, detectionRoutes::run);
    }
}
