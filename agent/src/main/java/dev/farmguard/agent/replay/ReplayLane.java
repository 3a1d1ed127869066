package dev.farmguard.agent.replay;

import dev.farmguard.agent.AgentVersion;
import dev.farmguard.proto.v1.Hello;
import dev.farmguard.proto.v1.Snapshot;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Sends the records of one hash-partition of device ids, in file order: a device's records always land
 * in the same lane, so per-device order holds while lanes run in parallel.
 */
final class ReplayLane implements Runnable {

    /** Marks the end of the file. */
    private static final ReplayLine END = new ReplayLine(-1, "", "", null);
    /** Lines queued per lane before the reader waits (bounded memory). */
    private static final int QUEUE_CAPACITY = 256;

    private final BlockingQueue<ReplayLine> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final LaneConnections connections;
    private final ReplayStats stats;
    private final int window;

    ReplayLane(LaneConnections connections, ReplayStats stats, int window) {
        this.connections = connections;
        this.stats = stats;
        this.window = window;
    }

    /** Queues a line, waiting while the lane is busy. */
    void submit(ReplayLine line) throws InterruptedException {
        queue.put(line);
    }

    /** Tells the lane the file has ended; it finishes what is queued, waits for Acks and closes. */
    void finish() throws InterruptedException {
        queue.put(END);
    }

    @Override
    public void run() {
        try {
            for (ReplayLine line = queue.take(); line != END; line = queue.take()) {
                send(line);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connections.closeAll();
        }
    }

    private void send(ReplayLine line) {
        Snapshot snapshot;
        try {
            snapshot = line.snapshot();
        } catch (BadLineException e) {
            stats.badLine(line.lineNumber(), e.getMessage());
            return;
        }
        try {
            connections.get(new LaneConnections.Key(line.deviceId(), line.observedIp()), hello(snapshot))
                    .send(snapshot, line.lineNumber(), window);
        } catch (LaneConnections.ConnectFailedException e) {
            stats.error(line.lineNumber(), e.getMessage());
        } catch (RuntimeException e) {
            // a bug must cost one record, not stall the reader waiting on a dead lane
            stats.error(line.lineNumber(), e.toString());
        }
    }

    /** The Hello the recorded agent would have sent. */
    static Hello hello(Snapshot snapshot) {
        return Hello.newBuilder()
                .setDeviceId(snapshot.getDeviceId())
                .setAgentVersion(snapshot.getAgentVersion().isEmpty() ? AgentVersion.get() : snapshot.getAgentVersion())
                .setOsFamily(snapshot.getIdentity().getOsFamily())
                .setCatalogVersion(snapshot.getCatalogVersion())
                .build();
    }
}
