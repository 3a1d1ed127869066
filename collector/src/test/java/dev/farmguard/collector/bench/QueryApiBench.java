package dev.farmguard.collector.bench;

import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.api.routes.ApiRoutes;
import dev.farmguard.collector.api.routes.EnrollmentRoutes;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.auth.TokenService;
import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.engine.DetectionEngine;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.FakeGeo;
import dev.farmguard.collector.testing.SnapshotBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The query-API latency harness (run by hand, not a test): fills a store with N devices (default 100,000; SQLite, or
 * PostgreSQL given a JDBC URL) with seeded verdicts, risks, findings, networks and a roster, then sends each query
 * below R times (default 200) through the API's router (parameter parsing, SQL, JSON; not TLS or sockets) and prints
 * p50, p95 and max per query.
 *
 * <p>Arguments: {@code [DEVICES] [REQUESTS] [postgres]}: with {@code postgres}, an embedded PostgreSQL (the ITs'
 * binaries) instead of SQLite.
 */
public final class QueryApiBench {

    private static final Instant T0 = Instant.parse("2025-03-03T00:00:00Z");
    private static final String[] RULES = {"ip_kvm.usb_identity", "remote_control.tool_running", "headless.lid_closed",
        "location.vpn_client", "colocation.shared_network"};
    private static final List<String> QUERIES = List.of(
            "limit=100",
            "verdict=laptop_farm&limit=100",
            "verdict=review&risk_min=50&country=US&limit=100",
            "rule=ip_kvm.usb_identity&sort=-last_seen&limit=100",
            "family=shared&verdict=laptop_farm&sort=hostname&limit=50",
            "ip=10.1.16.0/20&sort=hostname&limit=100",
            "gateway_mac=a0:40:a0:00:01:2c",
            "hostname=lap-0424&limit=100",
            "employee=smith-77&limit=100",
            "seen_after=2025-03-03T10:00:00Z&seen_before=2025-03-03T11:00:00Z&sort=-last_seen&limit=500",
            "case_state=none&revoked=false&sort=-risk&limit=500");

    private QueryApiBench() {}

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("farmguard-query-bench");
        boolean postgres = args.length > 2 && args[2].equals("postgres");
        EmbeddedPostgres pg = postgres ? EmbeddedPostgres.builder().start() : null;
        try (Store store = postgres ? StoreFactory.postgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", null)
                : StoreFactory.sqlite(dir.resolve("bench.db"))) {
            long t = System.nanoTime();
            fill(store, devices);
            if (postgres) {
                // what autovacuum does soon after a bulk load in production: statistics for the planner
                try (var c = java.sql.DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
                     var st = c.createStatement()) {
                    st.execute("ANALYZE");
                }
            }
            System.out.printf("filled %,d devices in %.1f s (%s)%n", devices, (System.nanoTime() - t) / 1e9,
                    postgres ? "embedded PostgreSQL" : "SQLite " + dir);
            // the engine is built for the routes but never started: nothing re-scores the synthetic fleet meanwhile
            try (DetectionEngine detection = DetectionEngine.create(store, DetectionConfig.DEFAULTS,
                    CatalogLoader.loadBundled(), new FakeGeo(), List.of(), false, new SimpleMeterRegistry())) {
                TokenService tokens = new TokenService(store, Clock.systemUTC());
                String token = tokens.create(Role.ANALYST, "bench", null).secret();
                Router router = ApiRoutes.build(store, tokens, new CollectorMetrics(), "bench",
                        new EnrollmentRoutes(null, null, store), detection, Clock.systemUTC(), () -> { });
                System.out.printf("%-78s %7s %7s %7s %7s %7s %5s%n", "query (GET /api/v1/devices?...)", "p50 ms",
                        "p95 ms", "max ms", "cpu p50", "cpu p95", "rows");
                for (String q : QUERIES) {
                    measure(router, token, q, requests);
                }
                measureDeepPages(router, token, requests);
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
            deleteTree(dir);
        }
    }

    private static void fill(Store store, int devices) {
        Random random = new Random(42);
        List<RosterEntry> roster = new ArrayList<>();
        for (int from = 0; from < devices; from += 1000) {
            List<DeviceSnapshot> batch = new ArrayList<>();
            List<Assessment> assessments = new ArrayList<>();
            for (int i = from; i < Math.min(devices, from + 1000); i++) {
                String id = String.format("lap-%06d", i);
                Instant seen = T0.plusSeconds(random.nextInt(86_400));
                batch.add(SnapshotBuilder.laptop(id).at(seen).ip("10." + (i / 65_536 % 256) + "." + (i / 256 % 256)
                        + "." + (i % 256)).gateway(String.format("a0:40:a0:00:%02x:%02x", i / 600 % 256, i / 3 % 256))
                        .build());
                int risk = (int) Math.round(Math.pow(random.nextDouble(), 4) * 100);
                Verdict verdict = risk >= 70 ? Verdict.LAPTOP_FARM : risk >= 40 ? Verdict.REVIEW : Verdict.OK;
                List<Finding> findings = new ArrayList<>();
                for (int f = 0; f < risk / 25; f++) {
                    findings.add(new Finding(RULES[random.nextInt(RULES.length)], Finding.Severity.HIGH, "synthetic",
                            Map.of("n", f)));
                }
                assessments.add(new Assessment(id, risk, verdict, findings.stream().distinct().toList(), seen, ""));
                roster.add(new RosterEntry(id, "E" + i, "Employee Smith-" + (i % 1000), "e" + i + "@example.com",
                        random.nextInt(10) == 0 ? "DE" : "US", "", "", null, null, ""));
            }
            store.saveSnapshots(batch, T0);
            store.saveFleetDetections(List.of(), assessments);
        }
        store.replaceRoster(roster);
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static void measure(Router router, String token, String query, int requests) {
        long[] nanos = new long[requests];
        long[] cpu = new long[requests];
        int rows = 0;
        for (int i = -requests / 10; i < requests; i++) { // the first tenth warms up and is not counted
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ApiResponse r = router.dispatch(request(token, query));
            long took = System.nanoTime() - t;
            long cpuTook = THREADS.getCurrentThreadCpuTime() - c;
            if (r.status() != 200) {
                throw new IllegalStateException(query + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
            if (i >= 0) {
                nanos[i] = took;
                cpu[i] = cpuTook;
                rows = count(r);
            }
        }
        report(query, nanos, cpu, rows);
    }

    /** Page 2 to 11 of the default list: each page's cost when a client walks the whole fleet. */
    private static void measureDeepPages(Router router, String token, int requests) {
        long[] nanos = new long[requests];
        long[] cpu = new long[requests];
        String cursor = null;
        for (int i = 0; i < requests; i++) {
            if (i % 10 == 0) {
                cursor = nextCursor(router.dispatch(request(token, "limit=100")));
            }
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ApiResponse r = router.dispatch(request(token, "limit=100&cursor=" + cursor));
            nanos[i] = System.nanoTime() - t;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            cursor = nextCursor(r);
        }
        report("limit=100&cursor=... (pages 2-11)", nanos, cpu, 100);
    }

    private static String nextCursor(ApiResponse r) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        int at = body.lastIndexOf("\"nextCursor\":\"");
        return body.substring(at + 14, body.indexOf('"', at + 14));
    }

    private static int count(ApiResponse r) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        int n = 0;
        for (int at = body.indexOf("\"deviceId\""); at >= 0; at = body.indexOf("\"deviceId\"", at + 1)) {
            n++;
        }
        return n;
    }

    /** Wall-clock p50, p95, max, then this thread's CPU time p50 and p95 (SQLite runs in the calling thread). */
    private static void report(String query, long[] nanos, long[] cpu, int rows) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        int p95 = (int) Math.ceil(sorted.length * 0.95) - 1;
        System.out.printf("%-78s %7.1f %7.1f %7.1f %7.1f %7.1f %5d%n", query, sorted[sorted.length / 2] / 1e6,
                sorted[p95] / 1e6, sorted[sorted.length - 1] / 1e6, cpuSorted[cpuSorted.length / 2] / 1e6,
                cpuSorted[p95] / 1e6, rows);
    }

    private static ApiRequest request(String token, String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return new ApiRequest("GET", "/api/v1/devices", params, Map.of("authorization", "Bearer " + token),
                new byte[0]);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
