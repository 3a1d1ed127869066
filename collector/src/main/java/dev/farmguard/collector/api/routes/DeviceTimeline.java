package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.detect.IpFacts;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.UserSession;
import dev.farmguard.collector.store.VerdictChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A device's history over a window as the security team reads it: each verdict change with its findings, and the
 * network it was on as spans of consecutive check-ins with the same public address, GeoIP place, gateway and Wi-Fi,
 * plus the sessions seen logged in.
 */
final class DeviceTimeline {

    private final IpIntel ips;

    DeviceTimeline(IpIntel ips) {
        this.ips = ips;
    }

    /** @param snapshots oldest first */
    Map<String, Object> build(List<VerdictChange> verdicts, List<DeviceSnapshot> snapshots) {
        Map<String, IpFacts> facts = new HashMap<>();
        Function<DeviceSnapshot, IpFacts> ipFacts = s -> s.observedIp() == null ? null
                : facts.computeIfAbsent(s.observedIp(), ips::lookup);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdicts", verdicts.stream().map(DeviceTimeline::verdict).toList());
        m.put("checkIns", snapshots.size());
        m.put("publicIps", spans(snapshots, s -> s.observedIp() == null ? null : ipView(ipFacts.apply(s))));
        m.put("places", spans(snapshots, s -> {
            IpFacts f = ipFacts.apply(s);
            if (f == null || f.location() == null) {
                return null;
            }
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("place", f.place());
            place.put("country", f.location().countryIsoCode());
            return place;
        }));
        m.put("gateways", spans(snapshots, s -> gateways(s.network())));
        m.put("wifi", spans(snapshots, s -> wifi(s.network())));
        m.put("sessions", sessions(snapshots));
        return m;
    }

    private static Map<String, Object> verdict(VerdictChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", c.asOf());
        m.put("risk", c.risk());
        m.put("verdict", c.verdict().apiName());
        m.put("explanation", c.explanation());
        m.put("findings", DeviceViews.findings(c.findings()));
        return m;
    }

    private static Map<String, Object> ipView(IpFacts f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ip", f.ip());
        m.put("asn", f.asn() == null ? null : f.asn().number());
        m.put("organisation", f.asn() == null ? null : f.asn().organization());
        m.put("networkKind", f.networkKind() == null ? null : f.networkKind().id());
        m.put("office", f.officeName());
        return m;
    }

    private static Object gateways(Network n) {
        if (n == null || n.gateways().isEmpty()) {
            return null;
        }
        return n.gateways().stream().map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ip", g.ip());
            m.put("mac", g.mac());
            return m;
        }).toList();
    }

    private static Object wifi(Network n) {
        if (n == null || n.wifi() == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ssid", n.wifi().ssid());
        m.put("bssid", n.wifi().bssid());
        return m;
    }

    /** Runs of consecutive snapshots whose {@code value} is equal: {value, from, to, checkIns}; null values skipped. */
    static List<Map<String, Object>> spans(List<DeviceSnapshot> snapshots, Function<DeviceSnapshot, Object> value) {
        List<Map<String, Object>> out = new ArrayList<>();
        Object current = null;
        Map<String, Object> span = null;
        for (DeviceSnapshot s : snapshots) {
            Object v = value.apply(s);
            if (v == null) {
                current = null;
                continue;
            }
            if (span != null && Objects.equals(v, current)) {
                span.put("to", s.collectedAt());
                span.merge("checkIns", 1, (a, b) -> (Integer) a + (Integer) b);
                continue;
            }
            current = v;
            span = new LinkedHashMap<>();
            span.put("value", v);
            span.put("from", s.collectedAt());
            span.put("to", s.collectedAt());
            span.put("checkIns", 1);
            out.add(span);
        }
        return out;
    }

    /** Each distinct session (id, user, kind, remote host, start) with the first and last check-in that showed it. */
    private static List<Map<String, Object>> sessions(List<DeviceSnapshot> snapshots) {
        Map<List<Object>, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (DeviceSnapshot s : snapshots) {
            for (UserSession u : s.sessions()) {
                List<Object> key = java.util.Arrays.asList(u.sessionId(), u.user(), u.kind(), u.protocol(),
                        u.remoteHost(), u.startedAt());
                Map<String, Object> m = byKey.computeIfAbsent(key, k -> {
                    Map<String, Object> n = new LinkedHashMap<>();
                    n.put("user", u.user());
                    n.put("kind", u.kind().name().toLowerCase(java.util.Locale.ROOT));
                    n.put("protocol", u.protocol());
                    n.put("remoteHost", u.remoteHost());
                    n.put("startedAt", u.startedAt());
                    n.put("firstSeen", s.collectedAt());
                    return n;
                });
                m.put("lastSeen", s.collectedAt());
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
