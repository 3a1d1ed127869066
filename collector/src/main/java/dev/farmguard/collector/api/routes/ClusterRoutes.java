package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Parameters;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.store.ClusterMember;
import dev.farmguard.collector.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * GET /api/v1/clusters and /api/v1/devices/{id}/clusters: the groups of laptops the fleet rules found sharing a
 * network (public IP, gateway MAC, BSSID), a remote operator or an IP-KVM identity, with members, employees and the
 * time span the rules recorded.
 */
public final class ClusterRoutes {

    static final Set<String> KINDS = Set.of("public_ip", "gateway_mac", "bssid", "remote_peer", "kvm_identity");

    private final Store store;

    public ClusterRoutes(Store store) {
        this.store = store;
    }

    /** Every cluster, largest first; ?kind= one of {@link #KINDS}, ?min_size= members at least (default 2). */
    public ApiResponse list(ApiRequest request, Map<String, String> params, Principal caller) {
        Parameters.requireKnown(request, Set.of("kind", "min_size"), Set.of());
        String kind = Parameters.text(request, "kind", 32);
        if (kind != null && !KINDS.contains(kind)) {
            throw ApiException.badParameter("kind", "'" + kind + "' is not one of " + String.join(", ",
                    new TreeSet<>(KINDS)));
        }
        int minSize = Parameters.integer(request, "min_size", 1, 100_000, 2);
        List<Map<String, Object>> clusters = group(store.queries().clusterMembers(kind)).stream()
                .filter(c -> (Integer) c.get("size") >= minSize).toList();
        return ApiResponse.json(200, Map.of("items", clusters));
    }

    /** The clusters one device belongs to, with all their members. */
    public ApiResponse ofDevice(ApiRequest request, Map<String, String> params, Principal caller) {
        Parameters.requireKnown(request, Set.of(), Set.of());
        String id = params.get("id");
        if (store.device(id).isEmpty()) {
            throw ApiException.notFound("device '" + id + "'");
        }
        return ApiResponse.json(200, Map.of("deviceId", id, "items", group(store.queries().clusterMembersOf(id))));
    }

    /** Members ordered by cluster key to clusters, largest first (then by key). */
    static List<Map<String, Object>> group(List<ClusterMember> members) {
        List<Map<String, Object>> out = new ArrayList<>();
        int i = 0;
        while (i < members.size()) {
            ClusterMember first = members.get(i);
            List<Map<String, Object>> devices = new ArrayList<>();
            TreeSet<String> employees = new TreeSet<>();
            Instant from = null;
            Instant to = null;
            for (; i < members.size() && members.get(i).clusterKey().equals(first.clusterKey()); i++) {
                ClusterMember m = members.get(i);
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("deviceId", m.deviceId());
                d.put("hostname", m.hostname());
                d.put("employeeId", m.employeeId());
                d.put("employeeName", m.employeeName());
                d.put("from", m.from());
                d.put("to", m.to());
                devices.add(d);
                employees.add(m.employeeId() == null ? "device " + m.deviceId() : m.employeeId());
                from = m.from() == null ? from : from == null || m.from().isBefore(from) ? m.from() : from;
                to = m.to() == null ? to : to == null || m.to().isAfter(to) ? m.to() : to;
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("kind", first.kind());
            c.put("shared", first.shared());
            c.put("rule", first.rule());
            c.put("size", devices.size());
            c.put("employees", employees.size());
            c.put("from", from);
            c.put("to", to);
            c.put("members", devices);
            out.add(c);
        }
        out.sort((a, b) -> Integer.compare((Integer) b.get("size"), (Integer) a.get("size")));
        return out;
    }
}
