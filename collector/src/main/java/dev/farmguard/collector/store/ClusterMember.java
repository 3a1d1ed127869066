package dev.farmguard.collector.store;

import java.time.Instant;

/**
 * A device in a co-location cluster, with its holder.
 *
 * @param from start of its stay on the shared network, null when the rule records no time
 * @param to   end of that stay, null likewise
 */
public record ClusterMember(String clusterKey, String kind, String shared, String rule, String deviceId,
                            String hostname, String employeeId, String employeeName, Instant from, Instant to) {}
