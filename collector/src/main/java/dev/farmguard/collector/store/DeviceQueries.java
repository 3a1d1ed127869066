package dev.farmguard.collector.store;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** The security team's reads: filtered device pages, exports, verdict history and co-location clusters. */
public interface DeviceQueries {

    /** At most {@code query.limit()} rows after {@code query.after()}, in the query's order. */
    List<DeviceRow> page(DeviceQuery query);

    /**
     * Every row the query matches (its limit and page key ignored), in its order, handed to {@code sink} as the
     * database returns them (a cursor, never the whole result in memory). A sink failure stops the read.
     */
    void stream(DeviceQuery query, RowSink sink) throws IOException;

    /** One device's row, null when the device is unknown. */
    DeviceRow row(String deviceId);

    /** Verdict changes of a device with {@code as_of} in {@code [from, to)}, oldest first. */
    List<VerdictChange> verdictHistory(String deviceId, Instant from, Instant to, int limit);

    /** Every member of every cluster, ordered by cluster key then device id; {@code kind} null = any kind. */
    List<ClusterMember> clusterMembers(String kind);

    /** Every member of the clusters the device belongs to, ordered by cluster key then device id. */
    List<ClusterMember> clusterMembersOf(String deviceId);

    /** Receives streamed rows. */
    @FunctionalInterface
    interface RowSink {
        void accept(DeviceRow row) throws IOException;
    }
}
