package dev.farmguard.collector.detect.fleet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which devices of a group shared a network at overlapping times: the same home public address (not through a
 * tunnel), default-gateway MAC or Wi-Fi access point (offices and VPN/hosting exits are already left out of the
 * facts). Devices are joined when one stay overlaps another's on the same network, and joined devices form groups.
 */
final class SharedNetworks {

    /** Check-ins are points: a stay counts as lasting this much longer, so hourly check-ins of two devices meet. */
    static final long SLACK_MILLIS = 3_600_000L;

    private SharedNetworks() {
    }

    /**
     * Groups (track indexes, ascending) of {@code tracks} that shared a network with another member of the group at
     * an overlapping time and hold at least two employees between them.
     */
    static List<List<Integer>> colocatedGroups(FleetContext ctx, List<Integer> tracks) {
        Map<Integer, List<long[]>> staysByNetwork = new HashMap<>();
        for (int member = 0; member < tracks.size(); member++) {
            for (Run r : ctx.tracks.get(tracks.get(member)).runs) {
                int[] networks = {r.tunnel ? -1 : r.household, r.gateway, r.bssid};
                for (int network : networks) {
                    if (network >= 0) {
                        staysByNetwork.computeIfAbsent(network, k -> new ArrayList<>())
                                .add(new long[] {r.start, r.end + SLACK_MILLIS, member});
                    }
                }
            }
        }
        int[] parent = new int[tracks.size()];
        Arrays.setAll(parent, i -> i);
        for (List<long[]> stays : staysByNetwork.values()) {
            stays.sort((a, b) -> Long.compare(a[0], b[0]));
            // overlapping intervals form runs when swept by start: each stay joins the run it starts in
            long runEnd = Long.MIN_VALUE;
            int runMember = -1;
            for (long[] s : stays) {
                if (runMember >= 0 && s[0] <= runEnd) {
                    union(parent, runMember, (int) s[2]);
                    runEnd = Math.max(runEnd, s[1]);
                } else {
                    runMember = (int) s[2];
                    runEnd = s[1];
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int member = 0; member < tracks.size(); member++) {
            byRoot.computeIfAbsent(find(parent, member), k -> new ArrayList<>()).add(tracks.get(member));
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> group : byRoot.values()) {
            Set<Integer> employees = new HashSet<>();
            group.forEach(t -> employees.add(ctx.employee[t]));
            if (employees.size() >= 2) {
                out.add(group.stream().sorted().toList());
            }
        }
        out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
