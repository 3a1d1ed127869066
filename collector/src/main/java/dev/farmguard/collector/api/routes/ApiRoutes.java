package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.auth.TokenService;
import dev.farmguard.collector.detect.engine.DetectionEngine;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.store.Store;
import java.time.Clock;

/** Every endpoint and the role it needs, in one table. */
public final class ApiRoutes {

    private ApiRoutes() {}

    /**
     * @param rescoreSuppressed applies suppression changes now (refresh, re-score the devices they cover)
     */
    public static Router build(Store store, TokenService tokens, CollectorMetrics metrics, String version,
                               EnrollmentRoutes enrollment, DetectionEngine detection, Clock clock,
                               Runnable rescoreSuppressed) {
        CaseRoutes cases = new CaseRoutes(store, clock);
        SuppressionRoutes suppressions = new SuppressionRoutes(store, clock, rescoreSuppressed);
        AuditRoutes audit = new AuditRoutes(store);
        DetectionRoutes detectionRoutes = new DetectionRoutes(detection);
        DeviceRoutes devices = new DeviceRoutes(store, detection.ipIntel());
        RosterRoutes roster = new RosterRoutes(store);
        TokenRoutes tokenRoutes = new TokenRoutes(store, tokens);
        HealthRoutes health = new HealthRoutes(metrics, version);
        DashboardRoutes dashboard = new DashboardRoutes();
        return new Router(tokens::check, store.audit(), clock)
                .add("GET", "/", null, dashboard::root)
                .add("GET", "/dashboard/", null, dashboard::index)
                .add("GET", "/dashboard/{file}", null, dashboard::asset)
                .add("GET", "/api/v1/health", null, health::health)
                .add("GET", "/metrics", Role.VIEWER, health::metrics)
                // query API (issue 10): export is registered before {id} so that "export" is never taken for an id
                .add("GET", "/api/v1/openapi.json", null, new OpenApiRoutes()::document)
                .add("GET", "/api/v1/devices", Role.VIEWER, devices::list)
                .add("GET", "/api/v1/devices/export", Role.VIEWER, new ExportRoutes(store)::devices)
                .add("GET", "/api/v1/devices/{id}", Role.VIEWER, devices::detail)
                .add("GET", "/api/v1/devices/{id}/history", Role.VIEWER, devices::history)
                .add("GET", "/api/v1/devices/{id}/timeline", Role.VIEWER, devices::timeline)
                .add("GET", "/api/v1/devices/{id}/clusters", Role.VIEWER, new ClusterRoutes(store)::ofDevice)
                .add("GET", "/api/v1/clusters", Role.VIEWER, new ClusterRoutes(store)::list)
                // end of query API
                // fleet reports on demand (issue 11)
                .add("GET", "/api/v1/reports/{kind}", Role.VIEWER,
                        new ReportRoutes(store, detection.ipIntel().geo(), clock)::report)
                .add("GET", "/api/v1/roster", Role.VIEWER, roster::list)
                .add("POST", "/api/v1/roster", Role.ADMIN, "roster.import", roster::replace)
                .add("GET", "/api/v1/tokens", Role.ADMIN, tokenRoutes::list)
                .add("POST", "/api/v1/tokens", Role.ADMIN, "token.create", tokenRoutes::create)
                .add("DELETE", "/api/v1/tokens/{id}", Role.ADMIN, "token.revoke", tokenRoutes::revoke)
                .add("GET", "/api/v1/enrollment-tokens", Role.ADMIN, enrollment::list)
                .add("POST", "/api/v1/enrollment-tokens", Role.ADMIN, "enrollment_token.create", enrollment::create)
                .add("DELETE", "/api/v1/enrollment-tokens/{id}", Role.ADMIN, "enrollment_token.revoke",
                        enrollment::revoke)
                .add("POST", "/api/v1/devices/{id}/revoke", Role.ADMIN, "device.revoke", enrollment::revokeDevice)
                .add("POST", "/api/v1/detection/run", Role.ADMIN, "detection.run", detectionRoutes::run)
                // triage and audit (issue 10)
                .add("GET", "/api/v1/devices/{id}/case", Role.VIEWER, cases::get)
                .add("PUT", "/api/v1/devices/{id}/case", Role.ANALYST, "case.set", cases::put)
                .add("GET", "/api/v1/cases", Role.VIEWER, cases::list)
                .add("GET", "/api/v1/suppressions", Role.VIEWER, suppressions::list)
                .add("POST", "/api/v1/suppressions", Role.ANALYST, "suppression.create", suppressions::create)
                .add("DELETE", "/api/v1/suppressions/{id}", Role.ANALYST, "suppression.remove", suppressions::remove)
                .add("GET", "/api/v1/audit", Role.ADMIN, audit::list);
    }
}
